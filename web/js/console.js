// The Cypher console: CodeMirror 6 with Cypher highlighting, parameters, Ctrl+Enter, errors marked at their
// line and column, and history and saved queries kept in this browser.
import { EditorState, StateEffect, StateField } from '@codemirror/state';
import { EditorView, Decoration, keymap, lineNumbers, highlightActiveLine } from '@codemirror/view';
import { StreamLanguage, syntaxHighlighting, defaultHighlightStyle, bracketMatching } from '@codemirror/language';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';

const HISTORY_KEY = 'tsr.console.history';
const SAVED_KEY = 'tsr.console.saved';

const setError = StateEffect.define();
const errorField = StateField.define({
  create: () => Decoration.none,
  update(marks, transaction) {
    let next = marks.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (effect.is(setError)) {
        next = effect.value === null
          ? Decoration.none
          : Decoration.set([Decoration.mark({ class: 'cm-error-mark', attributes: { title: effect.value.message } }).range(effect.value.from, effect.value.to)]);
      }
    }
    if (transaction.docChanged) next = Decoration.none;
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

const read = (key) => {
  try {
    return JSON.parse(localStorage.getItem(key) ?? '[]');
  } catch {
    return [];
  }
};

export class CypherConsole {
  constructor({ editor, params, status, history: historySelect, saveName, run }) {
    this.params = params;
    this.status = status;
    this.historySelect = historySelect;
    this.saveName = saveName;
    this.onRun = run;
    this.view = new EditorView({
      parent: editor,
      state: EditorState.create({
        doc: 'MATCH (s:Sanction)-[r:TARGETS]->(c:Company)\nRETURN s, r, c',
        extensions: [
          lineNumbers(), highlightActiveLine(), history(), bracketMatching(), EditorView.lineWrapping,
          StreamLanguage.define(cypher), syntaxHighlighting(defaultHighlightStyle), errorField,
          keymap.of([{ key: 'Mod-Enter', run: () => { this.run(); return true; } }, ...defaultKeymap, ...historyKeymap]),
          EditorView.contentAttributes.of({ 'aria-label': 'Cypher query', 'aria-multiline': 'true' }),
        ],
      }),
    });
    this.refreshHistory();
  }

  get text() {
    return this.view.state.doc.toString();
  }

  set text(value) {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: value } });
  }

  focus() {
    this.view.focus();
  }

  run() {
    this.onRun(this.text, this.params.value.trim() || '{}');
  }

  /** Returns the parameters as an object, or throws with a readable message. */
  parseParams(text) {
    const value = JSON.parse(text || '{}');
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('Parameters must be a JSON object, e.g. {"id": "smic"}.');
    return value;
  }

  showOk(message) {
    this.status.className = 'status';
    this.status.textContent = message;
    this.view.dispatch({ effects: setError.of(null) });
  }

  /** Shows an error with its line and column, and marks the place in the editor. */
  showError(error) {
    this.status.className = 'status error';
    const where = error.position ? `Line ${error.position.line}, column ${error.position.column}: ` : '';
    this.status.textContent = `${error.title}\n${where}${error.detail}`;
    this.status.dataset.line = error.position?.line ?? '';
    this.status.dataset.column = error.position?.column ?? '';
    if (error.position) {
      const doc = this.view.state.doc;
      const line = doc.line(Math.min(Math.max(error.position.line, 1), doc.lines));
      let from = Math.min(line.from + Math.max(error.position.column - 1, 0), line.to);
      let to = from + Math.max(1, doc.sliceString(from, line.to).search(/\s|$/));
      if (from >= line.to) {
        // the error is at the end of the line: mark the word before it
        const before = doc.sliceString(line.from, line.to).trimEnd();
        to = line.from + before.length;
        from = line.from + before.search(/\S+$/);
      }
      to = Math.min(Math.max(to, from + 1), line.to);
      const effects = from < to ? setError.of({ from, to, message: error.detail }) : setError.of(null);
      this.view.dispatch({ selection: { anchor: Math.min(from, doc.length) }, effects, scrollIntoView: true });
    }
  }

  remember(text, params) {
    const entries = read(HISTORY_KEY).filter((e) => e.text !== text);
    entries.unshift({ text, params, at: new Date().toISOString() });
    localStorage.setItem(HISTORY_KEY, JSON.stringify(entries.slice(0, 50)));
    this.refreshHistory();
  }

  save() {
    const name = this.saveName.value.trim() || this.text.split('\n')[0].slice(0, 40);
    const saved = read(SAVED_KEY).filter((e) => e.name !== name);
    saved.unshift({ name, text: this.text, params: this.params.value });
    localStorage.setItem(SAVED_KEY, JSON.stringify(saved));
    this.saveName.value = '';
    this.refreshHistory();
    return name;
  }

  refreshHistory() {
    const saved = read(SAVED_KEY);
    const past = read(HISTORY_KEY);
    const option = (group, i, label) => `<option value="${group}:${i}">${label.replace(/[<&>]/g, '')}</option>`;
    this.historySelect.innerHTML = '<option value="">Choose a past or saved query…</option>'
      + (saved.length ? `<optgroup label="Saved">${saved.map((e, i) => option('saved', i, e.name)).join('')}</optgroup>` : '')
      + (past.length ? `<optgroup label="History">${past.map((e, i) => option('history', i, e.text.replace(/\s+/g, ' ').slice(0, 60))).join('')}</optgroup>` : '');
  }

  load(value) {
    const [group, index] = value.split(':');
    const entry = read(group === 'saved' ? SAVED_KEY : HISTORY_KEY)[+index];
    if (entry) {
      this.text = entry.text;
      this.params.value = entry.params ?? '{}';
    }
  }
}
