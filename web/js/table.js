// A table of what the map shows: the accessible twin of the map, and the console's result table.
import { escapeHtml } from './search.js';

export function mapTable(cy) {
  const nodes = cy.nodes().not('.gone').not('.more').sort((a, b) => a.data('label').localeCompare(b.data('label')));
  const edges = cy.edges().not('.gone');
  const name = (id) => cy.getElementById(id).data('label') ?? id;
  return `
    <table aria-label="Entities on the map">
      <caption class="visually-hidden">${nodes.length} entities on the map</caption>
      <thead><tr><th scope="col">Entity</th><th scope="col">Kind</th><th scope="col">Connections shown</th></tr></thead>
      <tbody>${nodes.map((n) => `<tr><td><button type="button" class="small" data-focus="${escapeHtml(n.id())}">${escapeHtml(n.data('label'))}</button></td><td>${escapeHtml(n.data('kind'))}</td><td>${n.connectedEdges().not('.gone').length}</td></tr>`).join('')}</tbody>
    </table>
    <table aria-label="Relationships on the map">
      <caption class="visually-hidden">${edges.length} relationships on the map</caption>
      <thead><tr><th scope="col">From</th><th scope="col">Relationship</th><th scope="col">To</th><th scope="col">Evidence</th></tr></thead>
      <tbody>${edges.map((e) => `<tr><td>${escapeHtml(name(e.data('source')))}</td><td>${escapeHtml(e.data('type'))}</td><td>${escapeHtml(name(e.data('target')))}</td><td>${escapeHtml(e.data('evidence') ?? '')}</td></tr>`).join('')}</tbody>
    </table>`;
}

function cell(value) {
  if (value === null || value === undefined) return '<span class="cite">null</span>';
  if (typeof value === 'object' && value.elementId && value.labels) return escapeHtml(`(${value.labels.join(':')} ${value.properties?.name ?? value.properties?.id ?? value.elementId})`);
  if (typeof value === 'object' && value.elementId && value.type) return escapeHtml(`[:${value.type}]`);
  if (typeof value === 'object') return escapeHtml(JSON.stringify(value));
  return escapeHtml(String(value));
}

export function resultTable(fields, values) {
  return `
    <table aria-label="Query result">
      <caption class="visually-hidden">${values.length} rows</caption>
      <thead><tr>${fields.map((f) => `<th scope="col">${escapeHtml(f)}</th>`).join('')}</tr></thead>
      <tbody>${values.map((row) => `<tr>${row.map((v) => `<td class="value">${cell(v)}</td>`).join('')}</tr>`).join('')}</tbody>
    </table>`;
}
