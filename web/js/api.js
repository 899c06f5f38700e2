// Calls to the service's product API and Query API. Every call resolves to { ok, status, data, error }.

async function request(path, options = {}) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, ...options });
  } catch (error) {
    return { ok: false, status: 0, error: { title: 'The service cannot be reached', detail: String(error) } };
  }
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (response.ok) {
    return { ok: true, status: response.status, data };
  }
  return { ok: false, status: response.status, error: describeError(data, response.status) };
}

function describeError(body, status) {
  if (body?.errors?.length) {
    const error = body.errors[0];
    return { title: error.code, detail: error.message, position: error.position ?? null };
  }
  if (body?.errors && typeof body.errors === 'object') {
    return { title: body.title ?? 'Invalid request', detail: Object.values(body.errors).flat().join(' ') };
  }
  return { title: body?.title ?? `HTTP ${status}`, detail: body?.detail ?? '' };
}

const query = (params) => new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '')).toString();

export const api = {
  graph: (limit = 5000) => request(`/api/graph?limit=${limit}`),
  schema: () => request('/api/schema'),
  search: (q, limit = 8) => request(`/api/search?${query({ q, limit })}`),
  node: (id) => request(`/api/nodes/${encodeURIComponent(id)}`),
  neighbors: (id, limit = 25) => request(`/api/nodes/${encodeURIComponent(id)}/neighbors?${query({ limit })}`),
  paths: ({ from, to, k, maxHops, direction, types }) =>
    request(`/api/paths?${query({ from, to, k, maxHops, direction, types: types?.length ? types.join(',') : null })}`),
  influence: ({ source, target, maxHops, reverse, limit = 25 }) =>
    request(`/api/influence?${query({ source, target, maxHops, reverse: reverse ? 'true' : null, limit })}`),
  cypher: (statement, parameters) => request('/db/neo4j/query/v2', {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ statement, parameters, includeCounters: true }),
  }),
};
