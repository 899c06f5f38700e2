// The right panel: a node's properties and its cited relationships, or a relationship's evidence and source.
import { api } from './api.js';
import { kindIcon, kindStyle } from './kinds.js';
import { escapeHtml } from './search.js';

const HIDDEN_PROPERTIES = new Set(['id', 'name', 'kind', 'summary', 'aliases']);

function formatValue(value) {
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (value && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function citation(relationship) {
  const source = relationship.citation ?? relationship.properties?.source;
  const parts = [];
  if (relationship.section) parts.push(`Section: ${escapeHtml(relationship.section)}`);
  if (source) parts.push(source === 'article' ? 'Source: the article' : `Source: ${escapeHtml(source)}`);
  const since = relationship.properties?.since;
  if (since) parts.push(`Since ${escapeHtml(formatValue(since))}`);
  return parts.join(' · ');
}

export class DetailsPanel {
  constructor(panel, content, actions) {
    this.panel = panel;
    this.content = content;
    this.actions = actions;
    this.current = null;
    content.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-action]');
      if (button) this.actions[button.dataset.action]?.(button.dataset.id);
    });
  }

  close() {
    this.panel.hidden = true;
    this.current = null;
  }

  async showNode(id, { pinned = false } = {}) {
    this.current = { kind: 'node', id };
    const result = await api.node(id);
    if (this.current?.id !== id) return;
    if (!result.ok) {
      this.content.innerHTML = `<p class="status error">${escapeHtml(result.error.detail)}</p>`;
      this.panel.hidden = false;
      return;
    }
    const node = result.data;
    const { color } = kindStyle(node.kind);
    const properties = Object.entries(node.properties).filter(([key]) => !HIDDEN_PROPERTIES.has(key));
    const aliases = node.properties.aliases?.length ? `<p class="cite">Also: ${escapeHtml(node.properties.aliases.join('; '))}</p>` : '';
    const relationships = node.relationships.map((r) => {
      const outgoing = r.start.id === node.id;
      const other = outgoing ? r.end : r.start;
      const sentence = outgoing ? `${escapeHtml(node.name)} <b>${escapeHtml(r.type)}</b> → ` : `← <b>${escapeHtml(r.type)}</b> `;
      return `<li>
        <div>${sentence}<button type="button" class="small" data-action="focus" data-id="${escapeHtml(other.id)}">${escapeHtml(other.name)}</button></div>
        ${r.evidence ? `<blockquote>${escapeHtml(r.evidence)}</blockquote>` : ''}
        <div class="cite">${citation(r)}</div>
      </li>`;
    }).join('');
    this.content.innerHTML = `
      <h2>${escapeHtml(node.name)}</h2>
      <p><span class="badge" style="background:${color}">${kindIcon(node.kind, 12)} ${escapeHtml(node.kind)}</span>
         <span class="cite">${node.labels.map(escapeHtml).join(' · ')}</span></p>
      ${node.properties.summary ? `<p>${escapeHtml(node.properties.summary)}</p>` : ''}
      ${aliases}
      <div class="actions" role="group" aria-label="Explore from this node">
        <button type="button" data-action="expand" data-id="${escapeHtml(node.id)}" title="Show its neighbours (E)">Expand</button>
        <button type="button" data-action="isolate" data-id="${escapeHtml(node.id)}">Only its neighbourhood</button>
        <button type="button" data-action="collapse" data-id="${escapeHtml(node.id)}" title="Hide neighbours that hang only on it">Collapse</button>
        <button type="button" data-action="hide" data-id="${escapeHtml(node.id)}" title="Hide (H)">Hide</button>
        <button type="button" data-action="pin" data-id="${escapeHtml(node.id)}" title="Pin or unpin (P)">${pinned ? 'Unpin' : 'Pin'}</button>
        <button type="button" data-action="pathsFrom" data-id="${escapeHtml(node.id)}">Paths from here</button>
        <button type="button" data-action="influenceFrom" data-id="${escapeHtml(node.id)}">Who it affects</button>
      </div>
      ${properties.length ? `<dl>${properties.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(formatValue(v))}</dd>`).join('')}</dl>` : ''}
      <h3 class="label">${node.relationships.length} relationships, each with its evidence</h3>
      <ul class="relations">${relationships}</ul>`;
    this.panel.hidden = false;
  }

  showEdge(data, nodeName) {
    this.current = { kind: 'edge', id: data.id };
    this.content.innerHTML = `
      <h2>${escapeHtml(data.type)}</h2>
      <p><button type="button" class="small" data-action="focus" data-id="${escapeHtml(data.source)}">${escapeHtml(nodeName(data.source))}</button>
         → <button type="button" class="small" data-action="focus" data-id="${escapeHtml(data.target)}">${escapeHtml(nodeName(data.target))}</button></p>
      <h3 class="label">Evidence</h3>
      <blockquote class="evidence">${escapeHtml(data.evidence ?? 'No evidence recorded.')}</blockquote>
      <p class="cite">${citation(data)}</p>
      ${data.properties?.role ? `<p>Role: ${escapeHtml(data.properties.role)}</p>` : ''}
      <p class="cite">Weight ${Number(data.weight).toFixed(2)}</p>`;
    this.panel.hidden = false;
  }
}
