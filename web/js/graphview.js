// The map: Cytoscape.js with a style per kind, layouts, visibility from the explorer's state, and the
// highlighting of an answer (a path, an influence ranking, a query result) over a faded context.
import cytoscape from 'cytoscape';
import cytoscapeDagre from 'cytoscape-dagre';
import { kindStyle } from './kinds.js';

let registered = false;
function registerExtensions() {
  if (registered) return;
  cytoscape.use(window.cytoscapeFcose);
  cytoscape.use(cytoscapeDagre);
  registered = true;
}

const cssVar = (name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

function styles() {
  const text = cssVar('--text');
  const bg = cssVar('--map-bg');
  const edge = cssVar('--edge');
  const accent = cssVar('--accent');
  const focus = cssVar('--focus');
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)', shape: 'data(shape)', label: 'data(label)',
        width: 'mapData(degree, 0, 40, 20, 48)', height: 'mapData(degree, 0, 40, 20, 48)',
        'font-size': 12, 'min-zoomed-font-size': 0, color: text, 'text-valign': 'bottom', 'text-margin-y': 4,
        'text-wrap': 'ellipsis', 'text-max-width': 160, 'text-outline-color': bg, 'text-outline-width': 2,
        'border-width': 1, 'border-color': '#333', 'transition-property': 'opacity', 'transition-duration': 200,
      },
    },
    { selector: 'node.small-labels', style: { label: '' } },
    {
      selector: 'edge',
      style: {
        width: 1.3, 'line-color': edge, 'target-arrow-color': edge, 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8,
        'curve-style': 'bezier', opacity: 0.65, 'font-size': 11, color: text,
        'text-background-color': bg, 'text-background-opacity': 0.9, 'text-rotation': 'autorotate',
      },
    },
    { selector: 'edge.hovered, edge:selected', style: { label: 'data(type)', opacity: 1, width: 2.5 } },
    { selector: '.faded', style: { opacity: 0.2 } },
    { selector: 'node.answer', style: { 'border-width': 3, 'border-color': accent, opacity: 1 } },
    {
      selector: 'edge.answer',
      style: { 'line-color': accent, 'target-arrow-color': accent, width: 'mapData(strength, 0, 1, 2.5, 9)', opacity: 1, 'z-index': 10, label: 'data(type)' },
    },
    { selector: 'node.ranked', style: { width: 'mapData(score, 0, 1, 26, 64)', height: 'mapData(score, 0, 1, 26, 64)', 'border-width': 4, 'border-color': accent, opacity: 1 } },
    { selector: 'node.current, edge.current', style: { 'overlay-color': accent, 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': focus, 'overlay-color': focus, 'overlay-opacity': 0.12 } },
    { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5 } },
    {
      selector: 'node.more',
      style: { shape: 'round-rectangle', 'background-color': bg, 'border-color': edge, 'border-style': 'dashed', width: 56, height: 22, label: 'data(label)', 'text-valign': 'center', 'text-margin-y': 0, 'font-size': 12 },
    },
    { selector: '.gone', style: { display: 'none' } },
  ];
}

/** A node with its kind's colour and shape, placed at random until a layout places it (nodes must not start stacked). */
export function nodeElement(data, near = { x: 0, y: 0 }) {
  const { color, shape } = kindStyle(data.kind);
  return { group: 'nodes', data: { ...data, color, shape }, position: { x: near.x + (Math.random() - 0.5) * 600, y: near.y + (Math.random() - 0.5) * 600 } };
}

export function edgeElement(data) {
  return { group: 'edges', data: { ...data } };
}

export class GraphView {
  constructor(container) {
    registerExtensions();
    this.cy = cytoscape({ container, minZoom: 0.05, maxZoom: 4, boxSelectionEnabled: false, style: styles() });
    this.labelFloor = 0.3;
    this.cy.on('mouseover', 'edge', (e) => e.target.addClass('hovered'));
    this.cy.on('mouseout', 'edge', (e) => e.target.removeClass('hovered'));
    this.cy.on('zoom', () => this.scheduleLabelSize());
  }

  restyle() {
    this.cy.style(styles());
    this.updateLabelSize();
  }

  /** Adds nodes and edges not yet on the map (edges only between nodes on it); returns how many were new. */
  add(elements) {
    const nodes = (elements.nodes ?? []).filter((n) => this.cy.getElementById(n.data.id).empty()).map((n) => nodeElement(n.data));
    this.cy.add(nodes);
    const edges = (elements.edges ?? [])
      .filter((e) => this.cy.getElementById(e.data.id).empty()
        && this.cy.getElementById(e.data.source).nonempty() && this.cy.getElementById(e.data.target).nonempty())
      .map((e) => edgeElement(e.data));
    this.cy.add(edges);
    return nodes.length + edges.length;
  }

  /** Shows exactly the nodes the state allows, and the edges between them whose type is not hidden. */
  applyVisibility(state) {
    const visible = state.visible ? new Set(state.visible) : null;
    const hidden = new Set(state.hidden);
    const hiddenKinds = new Set(state.hiddenKinds);
    const hiddenTypes = new Set(state.hiddenTypes);
    let changed = false;
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const id = node.id();
        const show = node.hasClass('more')
          ? (!visible || visible.has(node.data('owner'))) && !hidden.has(node.data('owner'))
          : (!visible || visible.has(id)) && !hidden.has(id) && !hiddenKinds.has(node.data('kind'));
        if (show === node.hasClass('gone')) {
          node.toggleClass('gone', !show);
          changed = true;
        }
      });
      this.cy.edges().forEach((edge) => {
        const show = !edge.source().hasClass('gone') && !edge.target().hasClass('gone') && !hiddenTypes.has(edge.data('type'));
        if (show === edge.hasClass('gone')) {
          edge.toggleClass('gone', !show);
          changed = true;
        }
      });
      this.cy.nodes().forEach((node) => {
        const pin = state.pinned[node.id()];
        node.toggleClass('pinned', Boolean(pin));
        if (pin) {
          node.position({ x: pin[0], y: pin[1] });
          node.lock();
        } else if (node.locked()) {
          node.unlock();
        }
      });
    });
    return changed;
  }

  visibleElements() {
    return this.cy.elements().not('.gone');
  }

  /** Lays out what is visible, briefly animated, leaving pinned nodes where they are. */
  layout(name, { animate = true, randomize = false } = {}) {
    const eles = this.visibleElements();
    if (eles.empty()) return Promise.resolve();
    const common = { animate: animate && eles.length < 1500, animationDuration: 400, fit: true, padding: 40 };
    const options = {
      // fcose's draft quality (for big graphs) only works from a random start
      fcose: { name: 'fcose', quality: eles.length > 1500 ? 'draft' : 'default', randomize: randomize || eles.length > 1500, nodeRepulsion: 22000, idealEdgeLength: 150, nodeSeparation: 120, gravity: 0.2, packComponents: true,
        fixedNodeConstraint: eles.nodes('.pinned').map((n) => ({ nodeId: n.id(), position: n.position() })) },
      dagre: { name: 'dagre', rankDir: 'LR', nodeSep: 24, rankSep: 110 },
      concentric: { name: 'concentric', concentric: (n) => n.degree(), levelWidth: () => 3, minNodeSpacing: 16 },
      breadthfirst: { name: 'breadthfirst', directed: true, spacingFactor: 1.1, roots: this.cy.$(':selected').nodes().not('.gone') },
    }[name] ?? { name: 'fcose' };
    const layout = eles.layout({ ...common, ...options });
    const done = new Promise((resolve) => layout.one('layoutstop', resolve));
    layout.run();
    return done.then(() => this.updateLabelSize());
  }

  scheduleLabelSize() {
    if (this.labelFrame) return;
    this.labelFrame = requestAnimationFrame(() => {
      this.labelFrame = null;
      this.updateLabelSize();
    });
  }

  /** Captions stay 12 px on screen (18 px when presenting) at any zoom; below a zoom level they hide rather than overlap. */
  updateLabelSize() {
    const zoom = this.cy.zoom();
    const base = document.body.classList.contains('presenting') ? 18 : 12;
    const tooSmall = zoom < this.labelFloor;
    this.cy.batch(() => {
      this.cy.style().selector('node').style('font-size', base / zoom).selector('edge').style('font-size', (base - 1) / zoom).update();
      this.cy.nodes().toggleClass('small-labels', tooSmall);
    });
  }

  /** Moves the camera to elements, no closer than a comfortable zoom. */
  frame(eles, padding = 100) {
    const box = eles.boundingBox();
    const zoom = Math.min(1.3, (this.cy.width() - 2 * padding) / Math.max(box.w, 1), (this.cy.height() - 2 * padding) / Math.max(box.h, 1));
    this.cy.animate({ zoom: Math.max(zoom, this.cy.minZoom()), center: { eles } }, { duration: 400 });
  }

  clearAnswer() {
    this.cy.elements().removeClass('answer faded ranked current');
  }

  /** Highlights the answer's elements; everything else fades so the context stays. */
  showAnswer(nodeIds, edgeIds, strengths = {}, scores = {}) {
    const nodes = new Set(nodeIds);
    const edges = new Set(edgeIds);
    this.cy.batch(() => {
      this.cy.elements().removeClass('answer faded ranked current');
      this.cy.nodes().forEach((n) => {
        if (nodes.has(n.id())) {
          n.addClass('answer');
          if (scores[n.id()] !== undefined) {
            n.data('score', scores[n.id()]);
            n.addClass('ranked');
          }
        } else {
          n.addClass('faded');
        }
      });
      this.cy.edges().forEach((e) => {
        if (edges.has(e.id())) {
          e.data('strength', strengths[e.id()] ?? 0.5);
          e.addClass('answer');
        } else {
          e.addClass('faded');
        }
      });
    });
  }

  focus(id, { select = true } = {}) {
    const node = this.cy.getElementById(id);
    if (node.empty() || node.hasClass('gone')) return false;
    if (select) {
      this.cy.$(':selected').unselect();
      node.select();
    }
    this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1) }, { duration: 300 });
    return true;
  }
}
