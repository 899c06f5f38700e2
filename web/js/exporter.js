// Export of what the map shows: PNG at 2× (exactly the viewport) and SVG (every visible element), both with the
// legend on the theme's background, and JSON.
import { kindStyle } from './kinds.js';
import { mapToSvg } from './svgexport.js';

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function visibleKinds(cy) {
  const counts = new Map();
  cy.nodes().not('.gone').not('.more').forEach((n) => counts.set(n.data('kind'), (counts.get(n.data('kind')) ?? 0) + 1));
  return [...counts.entries()].sort((a, b) => a[0].localeCompare(b[0]));
}

const themeColours = () => {
  const style = getComputedStyle(document.documentElement);
  return { bg: style.getPropertyValue('--map-bg').trim(), text: style.getPropertyValue('--text').trim() };
};

export async function exportPng(cy, title) {
  const { bg, text } = themeColours();
  const image = cy.png({ output: 'blob-promise', scale: 2, full: false, bg });
  const bitmap = await createImageBitmap(await image);
  const kinds = visibleKinds(cy);
  const legendWidth = 260 * 2;
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width + legendWidth;
  canvas.height = Math.max(bitmap.height, (kinds.length * 26 + 80) * 2);
  const context = canvas.getContext('2d');
  context.fillStyle = bg;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, 0, 0);
  context.fillStyle = text;
  context.font = 'bold 28px system-ui, sans-serif';
  context.fillText('TechSelfReliance', bitmap.width + 24, 44);
  context.font = '22px system-ui, sans-serif';
  context.fillText(title.slice(0, 40), bitmap.width + 24, 78);
  kinds.forEach(([kind, count], i) => {
    const y = 120 + i * 52;
    context.fillStyle = kindStyle(kind).color;
    context.beginPath();
    context.arc(bitmap.width + 40, y - 8, 14, 0, Math.PI * 2);
    context.fill();
    context.fillStyle = text;
    context.fillText(`${kind} (${count})`, bitmap.width + 66, y);
  });
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  download(blob, 'techselfreliance-view.png');
  return blob;
}

export function exportSvg(cy, title) {
  const { bg, text } = themeColours();
  const accent = getComputedStyle(document.documentElement).getPropertyValue('--accent').trim();
  const svg = mapToSvg(cy, { title, background: bg, text, accent, legendKinds: visibleKinds(cy) });
  download(new Blob([svg], { type: 'image/svg+xml' }), 'techselfreliance-view.svg');
  return svg;
}

export function exportJson(cy, state) {
  const elements = cy.elements().not('.gone').not('.more').map((e) => ({ group: e.group(), data: e.data(), position: e.isNode() ? e.position() : undefined }));
  const blob = new Blob([JSON.stringify({ view: state, url: location.href, elements }, null, 2)], { type: 'application/json' });
  download(blob, 'techselfreliance-view.json');
  return blob;
}
