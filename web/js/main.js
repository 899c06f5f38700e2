// The explorer: wires the map, the views and the URL together. Every exploration step is a new browser
// history entry, so undo/redo, Back and a copied link all reproduce the view.
import { api } from './api.js';
import { kindIcon } from './kinds.js';
import { initialState, clone, toUrl, fromUrl } from './state.js';
import { GraphView, nodeElement, edgeElement } from './graphview.js';
import { attachSearch, attachPicker, escapeHtml } from './search.js';
import { DetailsPanel } from './details.js';
import { pathsAnswer, pathSelection, influenceAnswer } from './answers.js';
import { mapTable, resultTable } from './table.js';
import { CypherConsole } from './console.js';
import { exportPng, exportSvg, exportJson } from './exporter.js';

const $ = (id) => document.getElementById(id);
const startedAt = performance.now();

let state = initialState();
let historyIndex = 0;
let historyMax = 0;
let schema = null;
let view = null;
let details = null;
let cypherConsole = null;
const pickers = {};
const answers = { key: null, answer: null, data: null };
let consoleResult = null;
let presenter = { on: false, steps: [], index: -1 };
let lastVisibility = '';
let lastLayout = '';

function toast(message) {
  const element = $('toast');
  element.textContent = message;
  element.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { element.hidden = true; }, 3000);
}

function nodeName(id) {
  const node = view.cy.getElementById(id);
  return node.nonempty() ? node.data('label') : id;
}

// ---- steps and history -------------------------------------------------------------------------

async function step(mutate) {
  const next = clone(state);
  mutate(next);
  historyIndex += 1;
  historyMax = historyIndex;
  history.pushState({ i: historyIndex }, '', toUrl(next));
  state = next;
  await apply();
}

function replace(mutate) {
  mutate(state);
  history.replaceState({ i: historyIndex }, '', toUrl(state));
}

function undo() {
  if (historyIndex > 0) history.back();
}

function redo() {
  if (historyIndex < historyMax) history.forward();
}

window.addEventListener('popstate', async (event) => {
  historyIndex = event.state?.i ?? 0;
  state = fromUrl(location.search);
  await apply();
});

// ---- applying the state ------------------------------------------------------------------------

function questionText() {
  if (state.view === 'paths' && state.paths) {
    return `Paths from ${nodeName(state.paths.from)} to ${nodeName(state.paths.to)}, k = ${state.paths.k}, up to ${state.paths.maxHops} hops`;
  }
  if (state.view === 'influence' && state.influence) {
    const kind = state.influence.target || 'entities';
    return state.influence.reverse
      ? `What influences ${nodeName(state.influence.source)} (${kind}, up to ${state.influence.maxHops} hops)`
      : `Who is affected by ${nodeName(state.influence.source)} (${kind}, up to ${state.influence.maxHops} hops)`;
  }
  if (state.view === 'console' && state.query) return `Query: ${state.query.text.replace(/\s+/g, ' ')}`;
  const shown = view.cy.nodes().not('.gone').not('.more').length;
  const total = view.cy.nodes().not('.more').length;
  return shown === total ? `The whole graph: ${total} entities` : `${shown} of ${total} entities`;
}

async function currentAnswer() {
  if (state.view === 'paths' && state.paths) {
    const key = `paths:${JSON.stringify(state.paths)}`;
    if (answers.key !== key) {
      const result = await api.paths(state.paths);
      answers.key = key;
      answers.data = result.ok ? result.data : null;
      answers.answer = result.ok ? pathsAnswer(result.data) : { html: `<p class="status error">${escapeHtml(result.error.detail)}</p>`, nodeIds: [], edgeIds: [], steps: [] };
    }
    return answers.answer;
  }
  if (state.view === 'influence' && state.influence) {
    const key = `influence:${JSON.stringify(state.influence)}`;
    if (answers.key !== key) {
      const result = await api.influence(state.influence);
      answers.key = key;
      answers.data = result.ok ? result.data : null;
      answers.answer = result.ok ? influenceAnswer(result.data) : { html: `<p class="status error">${escapeHtml(result.error.detail)}</p>`, nodeIds: [], edgeIds: [], steps: [] };
    }
    return answers.answer;
  }
  if (state.view === 'console' && state.query) {
    const key = `query:${state.query.text}\n${state.query.params}`;
    if (answers.key !== key) {
      answers.key = key;
      answers.answer = await runQuery(state.query.text, state.query.params);
    }
    return answers.answer;
  }
  return null;
}

async function apply({ initial = false } = {}) {
  selectTab(state.view);
  syncForms();
  $('layout').value = state.layout;
  syncLegend();
  const answer = await currentAnswer();
  if (answer?.elements) view.add(answer.elements);
  const effective = answer?.visibleOverride ? { ...state, visible: answer.visibleOverride } : state;
  view.applyVisibility(effective);
  const signature = view.visibleElements().map((e) => e.id()).sort().join('|');
  if (initial || signature !== lastVisibility || state.layout !== lastLayout) {
    lastVisibility = signature;
    lastLayout = state.layout;
    await view.layout(state.layout, { randomize: initial, animate: !initial });
  }
  if (answer && answer.nodeIds.length) {
    view.showAnswer(answer.nodeIds, answer.edgeIds, answer.strengths, answer.scores);
  } else {
    view.clearAnswer();
  }
  renderAnswer(answer);
  presenter.steps = answer?.steps ?? [];
  presenter.index = -1;
  if (state.focus) {
    view.focus(state.focus);
    if (!details.current || details.current.id !== state.focus) await details.showNode(state.focus, { pinned: Boolean(state.pinned[state.focus]) });
  }
  $('question').textContent = questionText();
  renderBottom();
  $('undo').disabled = historyIndex === 0;
  $('redo').disabled = historyIndex >= historyMax;
}

function renderAnswer(answer) {
  $('paths-results').innerHTML = state.view === 'paths' && answer ? answer.html : '';
  $('influence-results').innerHTML = state.view === 'influence' && answer ? answer.html : '';
}

function renderBottom() {
  const bottom = $('bottom');
  if (state.view === 'console' && consoleResult) {
    $('bottom-title').textContent = `Result: ${consoleResult.values.length} row${consoleResult.values.length === 1 ? '' : 's'}`;
    $('bottom-content').innerHTML = resultTable(consoleResult.fields, consoleResult.values);
    bottom.hidden = false;
  } else if (state.table) {
    $('bottom-title').textContent = 'What the map shows';
    $('bottom-content').innerHTML = mapTable(view.cy);
    bottom.hidden = false;
  } else {
    bottom.hidden = true;
  }
  $('toggle-table').setAttribute('aria-pressed', String(state.table));
  const wasHidden = renderBottom.hidden;
  renderBottom.hidden = bottom.hidden;
  requestAnimationFrame(() => {
    view.cy.resize();
    if (wasHidden !== bottom.hidden) view.cy.fit(view.visibleElements(), 40);
  });
}

// ---- the console -------------------------------------------------------------------------------

/** Runs a Cypher query; its nodes and relationships become the map, its rows the table. */
async function runQuery(text, paramsText) {
  let parameters;
  try {
    parameters = cypherConsole.parseParams(paramsText);
  } catch (error) {
    cypherConsole.showError({ title: 'Parameters are not valid JSON', detail: error.message });
    consoleResult = null;
    return null;
  }
  cypherConsole.remember(text, paramsText);
  const started = performance.now();
  const result = await api.cypher(text, parameters);
  if (!result.ok) {
    cypherConsole.showError(result.error);
    consoleResult = null;
    return null;
  }
  const { fields, values } = result.data.data;
  consoleResult = { fields, values };
  const elements = elementsOfResult(values);
  cypherConsole.showOk(`${values.length} row${values.length === 1 ? '' : 's'} in ${Math.round(performance.now() - started)} ms`
    + (elements.nodes.length ? `, ${elements.nodes.length} nodes and ${elements.edges.length} relationships on the map` : ''));
  const nodeIds = elements.nodes.map((n) => n.data.id);
  return {
    elements, nodeIds, edgeIds: elements.edges.map((e) => e.data.id), strengths: {}, scores: {}, html: '',
    visibleOverride: nodeIds.length ? nodeIds : null,
    steps: elements.nodes.map((n) => ({ title: n.data.label, nodes: [n.data.id], edges: [] })),
  };
}

function elementsOfResult(values) {
  const nodes = new Map();
  const relationships = new Map();
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    if (value.elementId && value.labels) nodes.set(value.elementId, value);
    else if (value.elementId && value.type && value.startNodeElementId) relationships.set(value.elementId, value);
    else Object.values(value).forEach(visit);
  };
  values.forEach((row) => row.forEach(visit));
  const idOf = new Map();
  view.cy.nodes().forEach((n) => { if (n.data('elementId')) idOf.set(n.data('elementId'), n.id()); });
  const nodeElements = [...nodes.values()].map((n) => {
    const id = n.properties.id ?? n.elementId;
    idOf.set(n.elementId, id);
    const kind = n.properties.kind ?? n.labels.find((l) => l !== 'Entity') ?? n.labels[0] ?? 'Node';
    return { data: { id, elementId: n.elementId, label: n.properties.name ?? id, kind, labels: n.labels, degree: 4, properties: n.properties } };
  });
  const edgeElements = [...relationships.values()]
    .filter((r) => idOf.has(r.startNodeElementId) && idOf.has(r.endNodeElementId))
    .map((r) => ({ data: { id: r.elementId, source: idOf.get(r.startNodeElementId), target: idOf.get(r.endNodeElementId), type: r.type, evidence: r.properties.evidence, section: r.properties.section, citation: r.properties.source, weight: r.properties.weight ?? 0.5, properties: r.properties } }));
  for (const edge of edgeElements) {
    for (const end of [edge.data.source, edge.data.target]) {
      if (!nodeElements.some((n) => n.data.id === end)) nodeElements.push({ data: { ...view.cy.getElementById(end).data() } });
    }
  }
  return { nodes: nodeElements.filter((n) => n.data.id), edges: edgeElements };
}

// ---- exploration steps -------------------------------------------------------------------------

async function expand(id, limit = 25) {
  if (id.startsWith('more:')) {
    const owner = view.cy.getElementById(id).data('owner');
    view.cy.remove(view.cy.getElementById(id));
    return expand(owner, limit * 4);
  }
  const result = await api.neighbors(id, limit);
  if (!result.ok) return toast(result.error.detail);
  view.add(result.data);
  const ids = result.data.nodes.map((n) => n.data.id);
  const more = result.data.more?.[id] ?? 0;
  view.cy.remove(view.cy.getElementById(`more:${id}`));
  if (more > 0) {
    view.cy.add([
      { group: 'nodes', classes: 'more', data: { id: `more:${id}`, owner: id, label: `+${more} more`, kind: 'more', degree: 0 } },
      { group: 'edges', classes: 'more', data: { id: `more-edge:${id}`, source: id, target: `more:${id}`, type: 'more' } },
    ]);
  }
  await step((s) => {
    if (s.visible) s.visible = [...new Set([...s.visible, ...ids])];
    s.hidden = s.hidden.filter((h) => !ids.includes(h));
    s.focus = id;
  });
}

async function isolate(id) {
  const result = await api.neighbors(id, 200);
  if (!result.ok) return toast(result.error.detail);
  view.add(result.data);
  await step((s) => {
    s.visible = result.data.nodes.map((n) => n.data.id);
    s.hidden = [];
    s.focus = id;
  });
}

async function collapse(id) {
  const node = view.cy.getElementById(id);
  const leaves = node.neighborhood('node').not('.gone').filter((n) => n.neighborhood('node').not('.gone').length === 1).map((n) => n.id());
  if (!leaves.length) return toast('Nothing hangs only on this node.');
  await step((s) => {
    if (s.visible) s.visible = s.visible.filter((v) => !leaves.includes(v));
    else s.hidden = [...new Set([...s.hidden, ...leaves])];
  });
}

async function hide(id) {
  await step((s) => {
    s.hidden = [...new Set([...s.hidden, id])];
    if (s.focus === id) s.focus = null;
  });
  details.close();
}

async function togglePin(id) {
  const node = view.cy.getElementById(id);
  await step((s) => {
    if (s.pinned[id]) delete s.pinned[id];
    else s.pinned[id] = [node.position('x'), node.position('y')];
  });
  if (details.current?.id === id) await details.showNode(id, { pinned: Boolean(state.pinned[id]) });
}

function focusNode(id) {
  if (view.cy.getElementById(id).empty() || view.cy.getElementById(id).hasClass('gone')) {
    return step((s) => {
      if (s.visible) s.visible = [...s.visible, id];
      s.hidden = s.hidden.filter((h) => h !== id);
      s.hiddenKinds = [];
      s.focus = id;
    });
  }
  view.focus(id);
  replace((s) => { s.focus = id; });
  return details.showNode(id, { pinned: Boolean(state.pinned[id]) });
}

// ---- forms, legend, tabs -----------------------------------------------------------------------

function selectTab(name) {
  for (const tab of ['map', 'paths', 'influence', 'console']) {
    const selected = tab === name;
    $(`tab-${tab}`).setAttribute('aria-selected', String(selected));
    $(`tab-${tab}`).tabIndex = selected ? 0 : -1;
    $(`panel-${tab}`).hidden = !selected;
  }
}

function syncForms() {
  if (state.paths) {
    if (pickers.from.id !== state.paths.from) pickers.from.set(state.paths.from);
    if (pickers.to.id !== state.paths.to) pickers.to.set(state.paths.to);
    $('paths-k').value = state.paths.k;
    $('paths-hops').value = state.paths.maxHops;
    $('paths-direction').value = state.paths.direction;
    for (const option of $('paths-types').options) option.selected = state.paths.types.includes(option.value);
  }
  if (state.influence) {
    if (pickers.source.id !== state.influence.source) pickers.source.set(state.influence.source);
    $('influence-target').value = state.influence.target ?? '';
    $('influence-hops').value = state.influence.maxHops;
    $('influence-reverse').checked = state.influence.reverse;
  }
  if (state.query && cypherConsole.text !== state.query.text) {
    cypherConsole.text = state.query.text;
    $('console-params').value = state.query.params;
  }
}

function buildLegend() {
  const kinds = new Map();
  view.cy.nodes().not('.more').forEach((n) => kinds.set(n.data('kind'), (kinds.get(n.data('kind')) ?? 0) + 1));
  const entries = [...kinds.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  $('legend').innerHTML = entries.map(([kind, count]) =>
    `<li><button type="button" data-kind="${escapeHtml(kind)}" aria-pressed="true">${kindIcon(kind)}<span>${escapeHtml(kind)}</span><span class="count">${count}</span></button></li>`).join('');
  $('map-legend').innerHTML = `<ul>${entries.map(([kind]) => `<li>${kindIcon(kind, 14)} ${escapeHtml(kind)}</li>`).join('')}</ul>`;
  const types = schema.relationshipTypes;
  $('type-filter').innerHTML = types.map((t) =>
    `<li><label><input type="checkbox" data-type="${escapeHtml(t.type)}" checked> ${escapeHtml(t.type)} <span class="count">${t.count}</span></label></li>`).join('');
  $('paths-types').innerHTML = types.map((t) => `<option value="${escapeHtml(t.type)}">${escapeHtml(t.type)}</option>`).join('');
  $('influence-target').innerHTML = '<option value="">Any kind</option>'
    + schema.labels.filter((l) => l.label !== 'Entity').map((l) => `<option value="${escapeHtml(l.label)}">${escapeHtml(l.label)}</option>`).join('');
  $('influence-target').value = 'Company';
}

function syncLegend() {
  for (const button of $('legend').querySelectorAll('button[data-kind]')) {
    button.setAttribute('aria-pressed', String(!state.hiddenKinds.includes(button.dataset.kind)));
  }
  for (const box of $('type-filter').querySelectorAll('input[data-type]')) {
    box.checked = !state.hiddenTypes.includes(box.dataset.type);
  }
}

// ---- presenter mode ----------------------------------------------------------------------------

function setPresenter(on) {
  presenter.on = on;
  document.body.classList.toggle('presenting', on);
  document.documentElement.dataset.theme = on ? 'dark' : 'light';
  $('present').setAttribute('aria-pressed', String(on));
  if (on) document.documentElement.requestFullscreen?.().catch(() => {});
  else if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  view.restyle();
  setTimeout(() => { view.cy.resize(); view.cy.fit(view.visibleElements(), 40); view.updateLabelSize(); }, 50);
}

function presentStep(delta) {
  if (!presenter.steps.length) return;
  presenter.index = Math.min(presenter.steps.length - 1, Math.max(0, presenter.index + delta));
  const current = presenter.steps[presenter.index];
  view.cy.elements().removeClass('current');
  const eles = view.cy.collection();
  for (const id of [...current.nodes, ...current.edges]) eles.merge(view.cy.getElementById(id));
  eles.addClass('current');
  view.frame(eles);
  $('question').textContent = `${questionText()} — ${current.title}`;
}

// ---- wiring ------------------------------------------------------------------------------------

function wire() {
  attachSearch($('search-input'), $('search-results'), (hit) => {
    $('search-input').value = hit.name;
    focusNode(hit.id);
  });
  pickers.from = attachPicker($('paths-from'));
  pickers.to = attachPicker($('paths-to'));
  pickers.source = attachPicker($('influence-source'));

  for (const name of ['map', 'paths', 'influence', 'console']) {
    $(`tab-${name}`).addEventListener('click', () => step((s) => { s.view = name; }));
  }
  $('tab-map').parentElement.addEventListener('keydown', (event) => {
    const tabs = ['map', 'paths', 'influence', 'console'];
    const index = tabs.indexOf(state.view);
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
      step((s) => { s.view = next; }).then(() => $(`tab-${next}`).focus());
    }
  });

  $('legend').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-kind]');
    if (!button) return;
    const kind = button.dataset.kind;
    step((s) => { s.hiddenKinds = s.hiddenKinds.includes(kind) ? s.hiddenKinds.filter((k) => k !== kind) : [...s.hiddenKinds, kind]; });
  });
  $('type-filter').addEventListener('change', (event) => {
    const type = event.target.dataset.type;
    step((s) => { s.hiddenTypes = event.target.checked ? s.hiddenTypes.filter((t) => t !== type) : [...s.hiddenTypes, type]; });
  });
  $('types-all').addEventListener('click', () => step((s) => { s.hiddenTypes = []; }));
  $('types-none').addEventListener('click', () => step((s) => { s.hiddenTypes = schema.relationshipTypes.map((t) => t.type); }));
  $('show-all').addEventListener('click', () => step((s) => Object.assign(s, initialState(), { layout: s.layout })));
  $('layout').addEventListener('change', () => step((s) => { s.layout = $('layout').value; }));
  $('toggle-table').addEventListener('click', () => step((s) => { s.table = !s.table; }));
  $('bottom-close').addEventListener('click', () => {
    if (state.view === 'console') consoleResult = null;
    step((s) => { s.table = false; });
  });
  $('bottom-content').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-focus]');
    if (button) focusNode(button.dataset.focus);
  });
  $('undo').addEventListener('click', undo);
  $('redo').addEventListener('click', redo);
  $('share').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      toast('Link copied: it reproduces this view.');
    } catch {
      toast(location.href);
    }
  });
  $('export-png').addEventListener('click', () => exportPng(view.cy, questionText()));
  $('export-svg').addEventListener('click', () => exportSvg(view.cy, questionText()));
  $('export-json').addEventListener('click', () => exportJson(view.cy, state));
  $('present').addEventListener('click', () => setPresenter(!presenter.on));
  $('help').addEventListener('click', () => toggleShortcuts());
  $('shortcuts-close').addEventListener('click', () => toggleShortcuts(false));

  $('paths-form').addEventListener('submit', (event) => {
    event.preventDefault();
    if (!pickers.from.id || !pickers.to.id) return toast('Pick both entities from the search lists.');
    const types = [...$('paths-types').selectedOptions].map((o) => o.value);
    step((s) => {
      s.view = 'paths';
      s.paths = { from: pickers.from.id, to: pickers.to.id, k: +$('paths-k').value || 3, maxHops: +$('paths-hops').value || 5, direction: $('paths-direction').value, types };
    });
  });
  $('paths-results').addEventListener('click', (event) => {
    const article = event.target.closest('article[data-path]');
    if (!article || !answers.data) return;
    for (const other of $('paths-results').querySelectorAll('article')) other.classList.toggle('active', other === article);
    const selection = pathSelection(answers.data, +article.dataset.path);
    view.showAnswer(selection.nodeIds, selection.edgeIds, answers.answer.strengths);
  });
  $('influence-form').addEventListener('submit', (event) => {
    event.preventDefault();
    if (!pickers.source.id) return toast('Pick an entity from the search list.');
    step((s) => {
      s.view = 'influence';
      s.influence = { source: pickers.source.id, target: $('influence-target').value, maxHops: +$('influence-hops').value || 3, reverse: $('influence-reverse').checked };
    });
  });
  $('influence-results').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-explain]');
    if (!button) return;
    const panel = $('influence-results').querySelector(`.explain[data-for="${button.dataset.explain}"]`);
    panel.hidden = !panel.hidden;
    button.setAttribute('aria-expanded', String(!panel.hidden));
    const result = answers.data.results[+button.dataset.explain];
    view.showAnswer([answers.data.source.id, ...result.paths.flatMap((p) => p.nodes.map((n) => n.id))], result.paths.flatMap((p) => p.hops.map((h) => h.relationship.id)), answers.answer.strengths, { [result.entity.id]: result.score });
  });

  cypherConsole = new CypherConsole({
    editor: $('editor'), params: $('console-params'), status: $('console-status'), history: $('console-history'), saveName: $('console-save-name'),
    run: (text, params) => {
      answers.key = null;
      return step((s) => { s.view = 'console'; s.query = { text, params }; });
    },
  });
  $('console-run').addEventListener('click', () => cypherConsole.run());
  $('console-save').addEventListener('click', () => toast(`Saved as “${cypherConsole.save()}”.`));
  $('console-history').addEventListener('change', (event) => {
    if (event.target.value) cypherConsole.load(event.target.value);
    event.target.value = '';
  });

  details = new DetailsPanel($('details'), $('details-content'), {
    focus: (id) => focusNode(id),
    expand: (id) => expand(id),
    isolate: (id) => isolate(id),
    collapse: (id) => collapse(id),
    hide: (id) => hide(id),
    pin: (id) => togglePin(id),
    pathsFrom: async (id) => { await pickers.from.set(id); await step((s) => { s.view = 'paths'; }); $('paths-to').focus(); },
    influenceFrom: (id) => step((s) => { s.view = 'influence'; s.influence = { source: id, target: 'Company', maxHops: 3, reverse: false }; }),
  });
  $('details-close').addEventListener('click', () => clearSelection());

  const cy = view.cy;
  cy.on('tap', 'node', (event) => {
    const node = event.target;
    if (node.hasClass('more')) return expand(node.id());
    replace((s) => { s.focus = node.id(); });
    details.showNode(node.id(), { pinned: Boolean(state.pinned[node.id()]) });
  });
  cy.on('dbltap', 'node', (event) => expand(event.target.id()));
  cy.on('tap', 'edge', (event) => {
    if (event.target.hasClass('more')) return;
    details.showEdge(event.target.data(), nodeName);
  });
  cy.on('tap', (event) => { if (event.target === cy) clearSelection(); });
  cy.on('dragfree', 'node', (event) => {
    const id = event.target.id();
    if (state.pinned[id]) replace((s) => { s.pinned[id] = [event.target.position('x'), event.target.position('y')]; });
  });

  document.addEventListener('keydown', onKey);
}

function clearSelection() {
  view.cy.$(':selected').unselect();
  details.close();
  replace((s) => { s.focus = null; });
}

function toggleShortcuts(force) {
  const panel = $('shortcuts');
  panel.hidden = force === undefined ? !panel.hidden : !force;
  $('help').setAttribute('aria-expanded', String(!panel.hidden));
  if (!panel.hidden) $('shortcuts-close').focus();
}

function onKey(event) {
  const typing = event.target.closest?.('input, textarea, select, .cm-editor');
  if (event.key === 'Escape') {
    toggleShortcuts(false);
    const searchOpen = event.target.id === 'search-input' && !$('search-results').hidden;
    if (!typing || (event.target.id === 'search-input' && !searchOpen)) {
      event.target.blur?.();
      clearSelection();
    }
    return;
  }
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !typing) {
    event.preventDefault();
    if (event.shiftKey) redo(); else undo();
    return;
  }
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'y' && !typing) {
    event.preventDefault();
    redo();
    return;
  }
  if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
  const selected = view.cy.$('node:selected').first();
  switch (event.key) {
    case '/':
      event.preventDefault();
      $('search-input').focus();
      break;
    case '?':
      toggleShortcuts();
      break;
    case 'f':
    case 'F':
      setPresenter(!presenter.on);
      break;
    case 'e':
      if (selected.nonempty()) expand(selected.id());
      break;
    case 'h':
      if (selected.nonempty()) hide(selected.id());
      break;
    case 'p':
      if (selected.nonempty()) togglePin(selected.id());
      break;
    case 'ArrowRight':
    case 'ArrowLeft':
    case 'ArrowDown':
    case 'ArrowUp':
      if (presenter.on || (document.activeElement === $('map') && presenter.steps.length && selected.empty())) {
        event.preventDefault();
        presentStep(event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1);
      } else if (document.activeElement === $('map') && selected.nonempty()) {
        event.preventDefault();
        const neighbours = selected.neighborhood('node').not('.gone').sort((a, b) => a.data('label').localeCompare(b.data('label')));
        if (neighbours.length) {
          const next = neighbours[(event.key === 'ArrowRight' || event.key === 'ArrowDown') ? 0 : neighbours.length - 1];
          focusNode(next.id());
        }
      }
      break;
    case 'Enter':
      if (document.activeElement === $('map') && selected.nonempty()) details.showNode(selected.id());
      break;
    default:
      break;
  }
}

// ---- start -------------------------------------------------------------------------------------

async function boot() {
  view = new GraphView($('map'));
  const [schemaResult, graphResult] = await Promise.all([api.schema(), api.graph()]);
  if (!schemaResult.ok || !graphResult.ok) {
    $('question').textContent = `The graph could not be loaded: ${(schemaResult.error ?? graphResult.error).detail}`;
    return;
  }
  schema = schemaResult.data;
  view.cy.add([...graphResult.data.nodes.map((n) => nodeElement(n.data)), ...graphResult.data.edges.map((e) => edgeElement(e.data))]);
  buildLegend();
  wire();
  state = fromUrl(location.search);
  history.replaceState({ i: 0 }, '', toUrl(state));
  await apply({ initial: true });
  const elapsed = performance.now() - startedAt;
  performance.mark('tsr-map-rendered');
  window.explorer.firstRenderMs = elapsed;
  document.body.dataset.ready = 'true';
}

window.explorer = {
  get cy() { return view?.cy; },
  get state() { return clone(state); },
  get answer() { return answers.answer; },
  get presenterStep() { return presenter.index; },
  layout: (name) => view.layout(name, { animate: false }),
  ready: null,
};
window.explorer.ready = boot();
