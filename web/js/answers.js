// Paths and influence answers: their lists, which read as cited arguments, and what the map highlights.
import { escapeHtml } from './search.js';

function hopHtml(hop) {
  return `<li class="hop">
    <div class="statement">${escapeHtml(hop.statement)}</div>
    ${hop.relationship.evidence ? `<blockquote>${escapeHtml(hop.relationship.evidence)}</blockquote>` : ''}
    <div class="cite">${hop.relationship.section ? `Section: ${escapeHtml(hop.relationship.section)}` : ''}${hop.relationship.citation && hop.relationship.citation !== 'article' ? ` · ${escapeHtml(hop.relationship.citation)}` : ''}</div>
  </li>`;
}

export function pathsAnswer(data) {
  const html = data.paths.length === 0
    ? `<p>No path from <b>${escapeHtml(data.from.name)}</b> to <b>${escapeHtml(data.to.name)}</b> within ${data.maxHops} hops.</p>`
    : data.paths.map((path, i) => `
        <article class="path" data-path="${i}" tabindex="0" aria-label="Path ${i + 1}">
          <header><span>Path ${i + 1}: ${path.length} hop${path.length === 1 ? '' : 's'}</span><span class="cite">strength ${path.strength.toFixed(3)}</span></header>
          <ol>${path.hops.map(hopHtml).join('')}</ol>
        </article>`).join('');
  const edgeIds = data.paths.flatMap((p) => p.hops.map((h) => h.relationship.id));
  const nodeIds = [data.from.id, data.to.id, ...data.paths.flatMap((p) => p.nodes.map((n) => n.id))];
  const strengths = {};
  for (const path of data.paths) {
    for (const hop of path.hops) strengths[hop.relationship.id] = Math.max(strengths[hop.relationship.id] ?? 0, hop.relationship.weight);
  }
  const steps = data.paths.flatMap((path, i) => path.hops.map((hop) => ({
    title: `Path ${i + 1}: ${hop.statement}`, nodes: [hop.from.id, hop.to.id], edges: [hop.relationship.id],
  })));
  return { html, nodeIds, edgeIds, strengths, scores: {}, steps, elements: data.elements };
}

export function pathSelection(data, index) {
  const path = data.paths[index];
  return { nodeIds: path.nodes.map((n) => n.id), edgeIds: path.hops.map((h) => h.relationship.id) };
}

export function influenceAnswer(data) {
  const verb = data.reverse ? 'influence' : 'are affected by';
  const html = data.results.length === 0
    ? `<p>Nothing of that kind is within ${data.maxHops} hops.</p>`
    : `<p class="cite">${data.results.length} ${escapeHtml(data.target ?? 'entities')} ${verb} <b>${escapeHtml(data.source.name)}</b>${data.truncated ? ' (path budget reached: scores are lower bounds)' : ''}.</p>
       <details><summary class="cite">How the score is computed</summary><p class="cite">${escapeHtml(data.scoring)}</p></details>
       <ol class="ranked">${data.results.map((r, i) => `
        <li>
          <div class="score"><b>${escapeHtml(r.entity.name)}</b> <span class="cite">${escapeHtml(r.entity.kind)}</span></div>
          <div class="score"><span class="bar" style="width:${Math.max(4, r.score * 160)}px"></span><span>${r.score.toFixed(3)}</span>
            <span class="cite">${r.distance} hop${r.distance === 1 ? '' : 's'}, ${r.pathCount} path${r.pathCount === 1 ? '' : 's'}</span></div>
          <button type="button" class="link" data-explain="${i}" aria-expanded="false">Why</button>
          <div class="explain" data-for="${i}" hidden>${r.paths.map((p) => `<ol>${p.hops.map(hopHtml).join('')}</ol>`).join('<hr>')}</div>
        </li>`).join('')}</ol>`;
  const nodeIds = [data.source.id, ...data.results.flatMap((r) => r.paths.flatMap((p) => p.nodes.map((n) => n.id)))];
  const edgeIds = data.results.flatMap((r) => r.paths.flatMap((p) => p.hops.map((h) => h.relationship.id)));
  const scores = Object.fromEntries(data.results.map((r) => [r.entity.id, r.score]));
  const strengths = {};
  for (const result of data.results) {
    for (const path of result.paths) {
      for (const hop of path.hops) strengths[hop.relationship.id] = Math.max(strengths[hop.relationship.id] ?? 0, result.score);
    }
  }
  const steps = data.results.slice(0, 10).map((r, i) => ({
    title: `${i + 1}. ${r.entity.name} — score ${r.score.toFixed(2)}`,
    nodes: r.paths[0]?.nodes.map((n) => n.id) ?? [r.entity.id],
    edges: r.paths[0]?.hops.map((h) => h.relationship.id) ?? [],
  }));
  return { html, nodeIds, edgeIds, strengths, scores, steps, elements: data.elements };
}
