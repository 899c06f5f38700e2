// The search box (with keyboard navigation through ranked results) and entity pickers for the forms.
import { api } from './api.js';
import { kindIcon } from './kinds.js';

function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}
export { escapeHtml };

/**
 * Attaches a ranked, typo-tolerant search list to an input. onChoose(hit) is called on Enter or click.
 * Returns { clear() }.
 */
export function attachSearch(input, list, onChoose) {
  let hits = [];
  let active = -1;
  let timer = null;
  let sequence = 0;

  const render = () => {
    list.innerHTML = hits.map((hit, i) => `
      <li role="option" id="${list.id}-${i}" aria-selected="${i === active}" data-index="${i}">
        <span>${kindIcon(hit.kind, 12)} ${escapeHtml(hit.name)}</span><span class="kind">${escapeHtml(hit.kind)}</span>
      </li>`).join('');
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const choose = (index) => {
    const hit = hits[index];
    if (!hit) return;
    hits = [];
    active = -1;
    render();
    onChoose(hit);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) {
      hits = [];
      render();
      return;
    }
    timer = setTimeout(async () => {
      const mine = ++sequence;
      const result = await api.search(text);
      if (mine !== sequence) return;
      hits = result.ok ? result.data.results : [];
      active = hits.length ? 0 : -1;
      render();
    }, 120);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length) {
      active = (active + 1) % hits.length;
      render();
      event.preventDefault();
    } else if (event.key === 'ArrowUp' && hits.length) {
      active = (active - 1 + hits.length) % hits.length;
      render();
      event.preventDefault();
    } else if (event.key === 'Enter') {
      if (hits.length) {
        choose(Math.max(active, 0));
        event.preventDefault();
      }
    } else if (event.key === 'Escape') {
      hits = [];
      render();
    }
  });
  list.addEventListener('mousedown', (event) => {
    const item = event.target.closest('li[data-index]');
    if (item) {
      event.preventDefault();
      choose(+item.dataset.index);
    }
  });
  input.addEventListener('blur', () => setTimeout(() => { hits = []; render(); }, 150));
  return { clear: () => { hits = []; render(); } };
}

/** An input that picks one entity: shows its name, keeps its id in dataset.id. */
export function attachPicker(input) {
  const list = document.createElement('ul');
  list.className = 'results';
  list.id = `${input.id}-results`;
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-autocomplete', 'list');
  input.after(list);
  attachSearch(input, list, (hit) => {
    input.value = hit.name;
    input.dataset.id = hit.id;
    input.dispatchEvent(new Event('picked'));
  });
  input.addEventListener('input', () => { delete input.dataset.id; });
  return {
    get id() { return input.dataset.id ?? null; },
    async set(id) {
      if (!id) {
        input.value = '';
        delete input.dataset.id;
        return;
      }
      input.dataset.id = id;
      const node = await api.node(id);
      input.value = node.ok ? node.data.name : id;
    },
  };
}
