// Draws the map as SVG from the positions and styles Cytoscape computed: crisp at any size, fonts as text.
import { kindIcon, shapePoints } from './kinds.js';

const escapeXml = (text) => String(text ?? '').replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' }[c]));

function nodeShape(node) {
  const { x, y } = node.position();
  const w = node.width();
  const h = node.height();
  const shape = node.data('shape') ?? 'ellipse';
  const fill = node.data('color') ?? '#999';
  const border = node.style('border-color');
  const borderWidth = parseFloat(node.style('border-width')) || 1;
  const common = `fill="${fill}" stroke="${border}" stroke-width="${borderWidth}"`;
  if (shape === 'ellipse') return `<ellipse cx="${x}" cy="${y}" rx="${w / 2}" ry="${h / 2}" ${common}/>`;
  const points = shapePoints(shape);
  if (!points) {
    const radius = shape.startsWith('round') || shape === 'barrel' || shape.startsWith('bottom') ? Math.min(w, h) / 5 : 0;
    return `<rect x="${x - w / 2}" y="${y - h / 2}" width="${w}" height="${h}" rx="${radius}" ${common}/>`;
  }
  const text = points.map(([px, py]) => `${(x - w / 2 + px * w).toFixed(1)},${(y - h / 2 + py * h).toFixed(1)}`).join(' ');
  return `<polygon points="${text}" ${common}/>`;
}

/** The visible map (or exactly the viewport when clip is true) as an SVG document, legend included. */
export function mapToSvg(cy, { title, background, text, accent, legendKinds }) {
  const eles = cy.elements().not('.gone').not('.more');
  const box = eles.boundingBox({ includeLabels: true });
  const pad = 20;
  const legendWidth = 240;
  const width = Math.ceil(box.w + pad * 2);
  const height = Math.ceil(Math.max(box.h + pad * 2, 60 + legendKinds.length * 22));
  const parts = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width + legendWidth}" height="${height}" viewBox="0 0 ${width + legendWidth} ${height}" font-family="system-ui, sans-serif">`);
  parts.push(`<title>${escapeXml(title)}</title>`);
  parts.push(`<rect width="100%" height="100%" fill="${background}"/>`);
  parts.push(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>`);
  parts.push(`<g id="map" transform="translate(${pad - box.x1}, ${pad - box.y1})">`);
  eles.edges().forEach((edge) => {
    const s = edge.source().position();
    const t = edge.target().position();
    const length = Math.hypot(t.x - s.x, t.y - s.y) || 1;
    const trim = edge.target().width() / 2 + 2;
    const ex = t.x - ((t.x - s.x) / length) * trim;
    const ey = t.y - ((t.y - s.y) / length) * trim;
    const colour = edge.hasClass('answer') ? accent : edge.style('line-color');
    const widthPx = parseFloat(edge.style('width')) || 1;
    const opacity = edge.hasClass('faded') ? 0.2 : edge.hasClass('answer') ? 1 : 0.65;
    parts.push(`<line x1="${s.x.toFixed(1)}" y1="${s.y.toFixed(1)}" x2="${ex.toFixed(1)}" y2="${ey.toFixed(1)}" stroke="${colour}" stroke-width="${widthPx}" opacity="${opacity}" marker-end="url(#arrow)"><title>${escapeXml(edge.data('type'))}: ${escapeXml(edge.data('evidence'))}</title></line>`);
    if (edge.hasClass('answer')) {
      parts.push(`<text x="${((s.x + t.x) / 2).toFixed(1)}" y="${((s.y + t.y) / 2).toFixed(1)}" font-size="11" fill="${text}" text-anchor="middle">${escapeXml(edge.data('type'))}</text>`);
    }
  });
  eles.nodes().forEach((node) => {
    const opacity = node.hasClass('faded') ? 0.2 : 1;
    const { x, y } = node.position();
    parts.push(`<g opacity="${opacity}">${nodeShape(node)}<text x="${x}" y="${y + node.height() / 2 + 14}" font-size="12" text-anchor="middle" fill="${text}" stroke="${background}" stroke-width="3" paint-order="stroke">${escapeXml(node.data('label'))}</text></g>`);
  });
  parts.push('</g>');
  parts.push(`<g id="legend" transform="translate(${width + 12}, 16)" fill="${text}">`);
  parts.push(`<text x="0" y="14" font-size="14" font-weight="bold">TechSelfReliance</text>`);
  parts.push(`<text x="0" y="32" font-size="11">${escapeXml(title.slice(0, 60))}</text>`);
  legendKinds.forEach(([kind, count], i) => {
    parts.push(`<g transform="translate(0, ${46 + i * 22})">${kindIcon(kind, 16)}<text x="22" y="13" font-size="12">${escapeXml(kind)} (${count})</text></g>`);
  });
  parts.push('</g></svg>');
  return parts.join('\n');
}
