/** The TUI's state and its pure reducer: every key press and every answer is an action. */
import type { Lang } from '../../server/search/search-entries.js';
import { tuiMessage } from '../messages/tui-messages.js';
import type { NotesContext } from '../../server/knowledge/notes-at-line.js';
import type { EntryView } from '../render/render-entry.js';
import { firstKey, isTyping, keyToAction, type KeyPress } from './tui-keys.js';

export { keyToAction, type KeyPress } from './tui-keys.js';

export interface ResultItem {
  readonly id: string;
  /** An entry's kind, or `passage` for a passage of the notes. */
  readonly kind: string;
  readonly name: string;
  readonly title: string;
  readonly summary: string;
  /** Where a passage of the notes stands: only for `passage` rows. */
  readonly passage?: PassageResult;
}

/** A passage of the notes found by search, as `dref search` prints it: `file:line`, its section and the snippet. */
export interface PassageResult {
  readonly file: string;
  /** The line of the snippet; the passage spans startLine–endLine. */
  readonly line: number;
  readonly startLine: number;
  readonly endLine: number;
  readonly section: string;
  readonly sectionTitle: string;
  /** Matched words marked «like this». */
  readonly snippet: string;
}

export type Focus = 'search' | 'results' | 'detail';
export type View = 'main' | 'help' | 'gen' | 'explain';

export interface GenState {
  /** What the user types: `run --restart always -d nginx`. */
  readonly text: string;
  readonly preview: string;
  readonly error: string | null;
}

/** A token of the explained line, as the explain operation gives it. */
export interface ExplainedTokenView {
  readonly text: string;
  readonly role: string;
  readonly meaning: string | null;
  readonly entry: { readonly name: string; readonly summary: string } | null;
}

export interface ExplainState {
  /** What the user types after `docker `: `run -p 8080:80 nginx`. */
  readonly text: string;
  readonly tokens: readonly ExplainedTokenView[];
  readonly problems: readonly { readonly message: string; readonly suggestion: string | null }[];
  readonly error: string | null;
  /** The first token row shown, when they do not all fit. */
  readonly scroll: number;
  /** The text the tokens and problems are the answer for; until the answer for the text as typed comes, they are an older line's. */
  readonly answered: string;
}

export interface TuiState {
  readonly query: string;
  readonly results: readonly ResultItem[];
  readonly didYouMean: string | null;
  readonly selected: number;
  readonly focus: Focus;
  readonly view: View;
  readonly detail: EntryView | null;
  /** The notes around the selected passage, for the row of that id. */
  readonly notes: { readonly id: string; readonly context: NotesContext } | null;
  readonly detailScroll: number;
  readonly gen: GenState;
  readonly explain: ExplainState;
  readonly status: string;
  readonly loading: boolean;
  readonly quit: boolean;
  /** What `c` asked to copy; the app writes it to the clipboard when `copies` changes. */
  readonly copy: string | null;
  readonly copies: number;
  /** The language of the TUI's words (--lang, else LANG); the answers come in it too. */
  readonly lang: Lang;
}

export type TuiAction =
  /** Text typed into the field that has the cursor: the query, or the generator's or the explainer's line. */
  | { type: 'type'; text: string }
  | { type: 'backspace' }
  /** Ctrl-U: empties the field that has the cursor. */
  | { type: 'clearField' }
  | { type: 'results'; query: string; results: readonly ResultItem[]; didYouMean: string | null }
  | { type: 'move'; by: number }
  | { type: 'open' }
  | { type: 'detail'; entry: EntryView | null }
  /** The notes around a passage's line, for the row `id`. */
  | { type: 'notes'; id: string; context: NotesContext }
  | { type: 'scroll'; by: number }
  | { type: 'back' }
  | { type: 'tab' }
  | { type: 'focus'; focus: Focus }
  | { type: 'view'; view: View }
  | { type: 'genResult'; preview: string; error: string | null }
  | { type: 'explainScroll'; by: number }
  | { type: 'explainResult'; text: string; tokens: ExplainState['tokens']; problems: ExplainState['problems']; error: string | null }
  | { type: 'status'; text: string }
  /** `query`: the query the search is for; a late one for an older query is dropped. */
  | { type: 'loading'; loading: boolean; query?: string }
  | { type: 'quit' }
  | { type: 'key'; input: string; key: KeyPress };

export const initialState: TuiState = {
  query: '', results: [], didYouMean: null, selected: 0, focus: 'search', view: 'main', detail: null, notes: null, detailScroll: 0,
  gen: { text: '', preview: '', error: null }, explain: { text: '', tokens: [], problems: [], error: null, scroll: 0, answered: '' }, status: '', loading: false, quit: false, copy: null, copies: 0, lang: 'en',
};

const ORDER: readonly Focus[] = ['search', 'results', 'detail'];

const NO_GEN: GenState = { text: '', preview: '', error: null };
const NO_EXPLAIN: ExplainState = { text: '', tokens: [], problems: [], error: null, scroll: 0, answered: '' };

/** The field's text with the last character (a whole Hangul syllable, a whole emoji) taken off. */
const withoutLast = (text: string) => [...text].slice(0, -1).join('');

export function tuiReducer(state: TuiState, action: TuiAction): TuiState {
  switch (action.type) {
    case 'type':
    case 'backspace':
    case 'clearField': {
      const edit = (text: string) => (action.type === 'type' ? text + typedText(action.text) : action.type === 'backspace' ? withoutLast(text) : '');
      if (state.view === 'gen') return { ...state, gen: { ...state.gen, text: edit(state.gen.text) } };
      if (state.view === 'explain') return { ...state, explain: { ...state.explain, text: edit(state.explain.text), scroll: 0 } };
      const query = edit(state.query);
      // A changed query is being searched for: no "0 found" flashes before the answer.
      return query ? { ...state, query, loading: query !== state.query || state.loading, focus: 'search', view: 'main' } : { ...state, query, results: [], selected: 0, detail: null, notes: null, didYouMean: null, loading: false, focus: 'search', view: 'main' };
    }
    case 'results':
      // An answer for an older query is dropped.
      if (action.query !== state.query) return state;
      return { ...state, results: action.results, didYouMean: action.didYouMean, selected: 0, loading: false };
    case 'move': {
      if (state.focus === 'detail') return tuiReducer(state, { type: 'scroll', by: action.by });
      if (!state.results.length) return state;
      return { ...state, selected: Math.min(state.results.length - 1, Math.max(0, state.selected + action.by)) };
    }
    case 'open':
      return state.results[state.selected] ? { ...state, focus: 'detail', detailScroll: 0 } : state;
    case 'detail':
      return { ...state, detail: action.entry, detailScroll: 0 };
    case 'notes':
      return { ...state, notes: { id: action.id, context: action.context }, detailScroll: 0 };
    case 'scroll':
      return { ...state, detailScroll: Math.max(0, state.detailScroll + action.by) };
    case 'back':
      // Esc: a view closes, the detail gives way to the list, the query to the keys mode; it never clears what was typed.
      if (state.view !== 'main') return { ...state, view: 'main', focus: 'results' };
      if (state.focus === 'detail' || state.focus === 'search') return { ...state, focus: 'results' };
      return state;
    case 'tab':
      return { ...state, focus: ORDER[(ORDER.indexOf(state.focus) + 1) % ORDER.length]! };
    case 'focus':
      return { ...state, focus: action.focus, view: 'main' };
    case 'view':
      // A view opens empty (never with an older line glued on) and closes back to the keys mode.
      if (state.view === action.view) return { ...state, view: 'main', focus: 'results' };
      return { ...state, view: action.view, gen: action.view === 'gen' ? NO_GEN : state.gen, explain: action.view === 'explain' ? NO_EXPLAIN : state.explain };
    case 'genResult':
      return { ...state, gen: { ...state.gen, preview: action.preview, error: action.error } };
    case 'explainScroll': {
      // The first row shown: it can go down to the last token, and no further.
      const rows = state.explain.tokens.filter((t) => t.role !== 'operator').length;
      return { ...state, explain: { ...state.explain, scroll: Math.min(Math.max(0, rows - 1), Math.max(0, state.explain.scroll + action.by)) } };
    }
    case 'explainResult':
      // An answer for an older line is dropped.
      if (action.text !== state.explain.text) return state;
      return { ...state, explain: { ...state.explain, tokens: action.tokens, problems: action.problems, error: action.error, answered: action.text } };
    case 'status':
      return { ...state, status: action.text };
    case 'loading':
      // The search effect runs after the frame: by then more keys may have changed the query (even emptied it).
      if (action.query !== undefined && action.query !== state.query) return state;
      return { ...state, loading: action.loading };
    case 'quit':
      return { ...state, quit: true };
    case 'key':
      return reduceKey({ ...state, status: '' }, action.input, action.key);
  }
}

const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * A key press, read against the state it arrives in (never a stale one). A chunk of several keys
 * (typed faster than a frame, or pasted) is taken key by key, each against the state the one
 * before left, so no Backspace is lost and a letter after `/` is typed, not read as a command.
 */
function reduceKey(state: TuiState, input: string, key: KeyPress): TuiState {
  if (!key.ctrl && (input.length > 1 || CONTROL.test(input)) && !(input.length === 1 && (key.backspace || key.delete || key.return || key.tab))) {
    let s = state;
    for (let rest = input; rest;) {
      const next = firstKey(rest, isTyping(s));
      s = reduceOneKey(s, next.input, next.key);
      rest = rest.slice(next.length);
    }
    return s;
  }
  return reduceOneKey(state, input, key);
}

function reduceOneKey(state: TuiState, input: string, key: KeyPress): TuiState {
  // Esc and a key typed quickly after it arrive as one, Alt+key: Esc, then the key.
  if (key.meta && !key.escape && !key.ctrl && input.length === 1) return reduceOneKey(reduceOneKey(state, '', { escape: true }), input, {});
  const action = keyToAction(state, input, key);
  if (action === 'copy') {
    const text = copyText(state);
    if (!text) return { ...state, status: tuiMessage(state.lang, state.view === 'main' ? 'status.noExample' : 'status.nothingToCopy') };
    return { ...state, copy: text, copies: state.copies + 1, status: tuiMessage(state.lang, 'status.copied', { text }) };
  }
  return action ? tuiReducer(state, action) : state;
}

/**
 * Text typed or pasted into a field, as one line: a pasted line continuation (`\` then Enter, which a
 * terminal sends as \r) and any other line break or tab become a space, other control characters go.
 */
export function typedText(text: string): string {
  return text.replace(/\\(\r\n?|\n)/g, ' ').replace(/[\r\n\t]/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
}

/** The command line the explain view asks about: what was typed, with `docker ` in front unless it starts with it. */
export function explainLine(text: string): string {
  return /^\s*(sudo\s+)?docker(\s|$)/.test(text) ? text : `docker ${text}`;
}

/** What Ctrl-Y (`c`) copies: the generator's line, the explained line's correction, else the selected entry's first valid example — never its bare name. */
export function copyText(state: TuiState): string | null {
  if (state.view === 'gen') return state.gen.preview || null;
  if (state.view === 'explain') {
    // Never the fix of an older line: only once the answer for the text as typed has come.
    return state.explain.answered === state.explain.text ? state.explain.problems.find((p) => p.suggestion)?.suggestion ?? null : null;
  }
  const selected = state.results[state.selected];
  if (!selected || state.detail?.id !== selected.id) return null;
  return state.detail.examples.find((x) => x.valid && !x.text.includes('\n'))?.text ?? null;
}
