// One colour per family of kinds (Okabe–Ito, colour-blind safe) and one shape per kind, so the map survives
// grayscale projectors. Kinds the palette does not know get grey and an ellipse.

const OKABE_ITO = {
  orange: '#E69F00', sky: '#56B4E9', green: '#009E73', yellow: '#F0E442',
  blue: '#0072B2', vermillion: '#D55E00', purple: '#CC79A7', grey: '#999999',
};

const KINDS = {
  Sanction: ['vermillion', 'octagon'],
  Challenge: ['orange', 'triangle'],
  Implication: ['orange', 'vee'],
  Driver: ['yellow', 'star'],
  Event: ['yellow', 'rhomboid'],
  PoliticalContext: ['yellow', 'tag'],
  Strategy: ['green', 'hexagon'],
  Pillar: ['green', 'barrel'],
  Program: ['green', 'round-rectangle'],
  Policy: ['green', 'cut-rectangle'],
  Goal: ['green', 'round-diamond'],
  Sector: ['sky', 'pentagon'],
  Technology: ['sky', 'diamond'],
  Application: ['sky', 'round-triangle'],
  Company: ['blue', 'ellipse'],
  CompanyGroup: ['blue', 'round-octagon'],
  Institution: ['blue', 'bottom-round-rectangle'],
  GovernmentBody: ['purple', 'rectangle'],
  Place: ['purple', 'round-pentagon'],
  Person: ['grey', 'round-tag'],
  TalentPool: ['grey', 'heptagon'],
  Strength: ['grey', 'concave-hexagon'],
};

export function kindStyle(kind) {
  const [colour, shape] = KINDS[kind] ?? ['grey', 'ellipse'];
  return { color: OKABE_ITO[colour], shape };
}

const POLYGONS = {
  triangle: [[0.5, 0], [1, 1], [0, 1]],
  'round-triangle': [[0.5, 0], [1, 1], [0, 1]],
  diamond: [[0.5, 0], [1, 0.5], [0.5, 1], [0, 0.5]],
  'round-diamond': [[0.5, 0], [1, 0.5], [0.5, 1], [0, 0.5]],
  rhomboid: [[0.25, 0], [1, 0], [0.75, 1], [0, 1]],
  vee: [[0, 0], [0.5, 0.4], [1, 0], [0.5, 1]],
  tag: [[0, 0], [0.75, 0], [1, 0.5], [0.75, 1], [0, 1]],
  'round-tag': [[0, 0], [0.75, 0], [1, 0.5], [0.75, 1], [0, 1]],
  'cut-rectangle': [[0.2, 0], [0.8, 0], [1, 0.2], [1, 0.8], [0.8, 1], [0.2, 1], [0, 0.8], [0, 0.2]],
  'concave-hexagon': [[0, 0], [1, 0], [0.85, 0.5], [1, 1], [0, 1], [0.15, 0.5]],
};

function regular(sides, rotation = -Math.PI / 2) {
  return Array.from({ length: sides }, (_, i) => {
    const angle = rotation + (i * 2 * Math.PI) / sides;
    return [0.5 + 0.5 * Math.cos(angle), 0.5 + 0.5 * Math.sin(angle)];
  });
}

function star() {
  return Array.from({ length: 10 }, (_, i) => {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? 0.5 : 0.22;
    return [0.5 + r * Math.cos(angle), 0.5 + r * Math.sin(angle)];
  });
}

/** The outline of a shape in the unit square, as points; null for ellipses and rectangles. */
export function shapePoints(shape) {
  const sides = { pentagon: 5, 'round-pentagon': 5, hexagon: 6, 'round-hexagon': 6, heptagon: 7, 'round-heptagon': 7, octagon: 8, 'round-octagon': 8 }[shape];
  if (sides) return regular(sides);
  if (shape === 'star') return star();
  return POLYGONS[shape] ?? null;
}

/** A small SVG of a kind's shape and colour, for the legend and for exported images. */
export function kindIcon(kind, size = 16) {
  const { color, shape } = kindStyle(kind);
  const s = size;
  const stroke = 'stroke="#333" stroke-width="1"';
  let body;
  if (shape === 'ellipse') {
    body = `<ellipse cx="${s / 2}" cy="${s / 2}" rx="${s / 2 - 1}" ry="${s / 2 - 1}" fill="${color}" ${stroke}/>`;
  } else if (shape === 'rectangle' || shape === 'round-rectangle' || shape === 'bottom-round-rectangle' || shape === 'barrel') {
    const radius = shape === 'rectangle' ? 0 : 4;
    body = `<rect x="1" y="${s * 0.2}" width="${s - 2}" height="${s * 0.6}" rx="${radius}" fill="${color}" ${stroke}/>`;
  } else {
    const sides = { pentagon: 5, 'round-pentagon': 5, hexagon: 6, heptagon: 7, octagon: 8, 'round-octagon': 8 }[shape];
    const points = sides ? regular(sides) : shape === 'star' ? star() : POLYGONS[shape] ?? regular(4);
    const text = points.map(([x, y]) => `${(1 + x * (s - 2)).toFixed(1)},${(1 + y * (s - 2)).toFixed(1)}`).join(' ');
    body = `<polygon points="${text}" fill="${color}" ${stroke}/>`;
  }
  return `<svg width="${s}" height="${s}" viewBox="0 0 ${s} ${s}" aria-hidden="true" focusable="false">${body}</svg>`;
}
