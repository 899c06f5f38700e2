// What the explorer shows, as plain data, and its encoding in the URL so a copied link reproduces the view.

export function initialState() {
  return {
    view: 'map',
    layout: 'fcose',
    hiddenKinds: [],
    hiddenTypes: [],
    visible: null,
    hidden: [],
    pinned: {},
    focus: null,
    paths: null,
    influence: null,
    query: null,
    table: false,
  };
}

export const clone = (state) => JSON.parse(JSON.stringify(state));

const list = (value) => (value ? value.split(',').filter(Boolean) : []);

export function toUrl(state) {
  const p = new URLSearchParams();
  if (state.view !== 'map') p.set('view', state.view);
  if (state.layout !== 'fcose') p.set('layout', state.layout);
  if (state.hiddenKinds.length) p.set('hk', state.hiddenKinds.join(','));
  if (state.hiddenTypes.length) p.set('ht', state.hiddenTypes.join(','));
  if (state.visible) p.set('v', state.visible.join(','));
  if (state.hidden.length) p.set('h', state.hidden.join(','));
  const pins = Object.entries(state.pinned);
  if (pins.length) p.set('pin', pins.map(([id, [x, y]]) => `${id}~${Math.round(x)}~${Math.round(y)}`).join(','));
  if (state.focus) p.set('focus', state.focus);
  if (state.paths) {
    const q = state.paths;
    p.set('from', q.from); p.set('to', q.to); p.set('k', q.k); p.set('hops', q.maxHops); p.set('dir', q.direction);
    if (q.types?.length) p.set('types', q.types.join(','));
  }
  if (state.influence) {
    const q = state.influence;
    p.set('source', q.source); p.set('hops', q.maxHops);
    if (q.target) p.set('kind', q.target);
    if (q.reverse) p.set('reverse', '1');
  }
  if (state.query) {
    p.set('q', state.query.text);
    if (state.query.params && state.query.params !== '{}') p.set('params', state.query.params);
  }
  if (state.table) p.set('table', '1');
  const text = p.toString();
  return text ? `?${text}` : location.pathname;
}

export function fromUrl(search) {
  const p = new URLSearchParams(search);
  const state = initialState();
  state.view = ['map', 'paths', 'influence', 'console'].includes(p.get('view')) ? p.get('view') : 'map';
  state.layout = ['fcose', 'dagre', 'concentric', 'breadthfirst'].includes(p.get('layout')) ? p.get('layout') : 'fcose';
  state.hiddenKinds = list(p.get('hk'));
  state.hiddenTypes = list(p.get('ht'));
  state.visible = p.has('v') ? list(p.get('v')) : null;
  state.hidden = list(p.get('h'));
  for (const pin of list(p.get('pin'))) {
    const [id, x, y] = pin.split('~');
    if (id && Number.isFinite(+x) && Number.isFinite(+y)) state.pinned[id] = [+x, +y];
  }
  state.focus = p.get('focus');
  const number = (key, fallback) => (Number.isFinite(+p.get(key)) && p.get(key) !== null ? +p.get(key) : fallback);
  if (p.get('from') && p.get('to')) {
    state.paths = { from: p.get('from'), to: p.get('to'), k: number('k', 3), maxHops: number('hops', 5), direction: p.get('dir') ?? 'both', types: list(p.get('types')) };
  }
  if (p.get('source')) {
    state.influence = { source: p.get('source'), target: p.get('kind') ?? '', maxHops: number('hops', 3), reverse: p.get('reverse') === '1' };
  }
  if (p.get('q')) {
    state.query = { text: p.get('q'), params: p.get('params') ?? '{}' };
  }
  state.table = p.get('table') === '1';
  return state;
}
