/** The TUI's state and its pure reducer: every key press and every answer is an action. */
import type { EntryView } from '../render/render-entry.js';

export interface ResultItem {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly title: string;
  readonly summary: string;
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
  readonly detailScroll: number;
  readonly gen: GenState;
  readonly explain: ExplainState;
  readonly status: string;
  readonly loading: boolean;
  readonly quit: boolean;
  /** What `c` asked to copy; the app writes it to the clipboard when `copies` changes. */
  readonly copy: string | null;
  readonly copies: number;
}

export type TuiAction =
  | { type: 'type'; text: string }
  | { type: 'backspace' }
  | { type: 'clear' }
  | { type: 'results'; query: string; results: readonly ResultItem[]; didYouMean: string | null }
  | { type: 'move'; by: number }
  | { type: 'open' }
  | { type: 'detail'; entry: EntryView | null }
  | { type: 'scroll'; by: number }
  | { type: 'back' }
  | { type: 'tab' }
  | { type: 'focus'; focus: Focus }
  | { type: 'view'; view: View }
  | { type: 'genType'; text: string }
  | { type: 'genBackspace' }
  | { type: 'genResult'; preview: string; error: string | null }
  | { type: 'explainType'; text: string }
  | { type: 'explainBackspace' }
  | { type: 'explainScroll'; by: number }
  | { type: 'explainResult'; text: string; tokens: ExplainState['tokens']; problems: ExplainState['problems']; error: string | null }
  | { type: 'status'; text: string }
  | { type: 'loading'; loading: boolean }
  | { type: 'quit' }
  | { type: 'key'; input: string; key: KeyPress };

export const initialState: TuiState = {
  query: '', results: [], didYouMean: null, selected: 0, focus: 'search', view: 'main', detail: null, detailScroll: 0,
  gen: { text: '', preview: '', error: null }, explain: { text: '', tokens: [], problems: [], error: null, scroll: 0, answered: '' }, status: '', loading: false, quit: false, copy: null, copies: 0,
};

const ORDER: readonly Focus[] = ['search', 'results', 'detail'];

export function tuiReducer(state: TuiState, action: TuiAction): TuiState {
  switch (action.type) {
    case 'type':
      return { ...state, query: state.query + typedText(action.text), focus: 'search', view: 'main' };
    case 'backspace':
      return { ...state, query: [...state.query].slice(0, -1).join('') };
    case 'clear':
      return { ...state, query: '', results: [], selected: 0, detail: null, didYouMean: null };
    case 'results':
      // An answer for an older query is dropped.
      if (action.query !== state.query) return state;
      return { ...state, results: action.results, didYouMean: action.didYouMean, selected: 0, loading: false };
    case 'move': {
      if (state.focus === 'detail') return tuiReducer(state, { type: 'scroll', by: action.by });
      if (!state.results.length) return state;
      const selected = Math.min(state.results.length - 1, Math.max(0, state.selected + action.by));
      return { ...state, selected, focus: 'results' };
    }
    case 'open':
      return state.results[state.selected] ? { ...state, focus: 'detail', detailScroll: 0 } : state;
    case 'detail':
      return { ...state, detail: action.entry, detailScroll: 0 };
    case 'scroll':
      return { ...state, detailScroll: Math.max(0, state.detailScroll + action.by) };
    case 'back':
      if (state.view !== 'main') return { ...state, view: 'main' };
      if (state.focus === 'detail') return { ...state, focus: 'results' };
      if (state.focus === 'results') return { ...state, focus: 'search' };
      return state.query ? tuiReducer(state, { type: 'clear' }) : state;
    case 'tab':
      return { ...state, focus: ORDER[(ORDER.indexOf(state.focus) + 1) % ORDER.length]! };
    case 'focus':
      return { ...state, focus: action.focus, view: 'main' };
    case 'view':
      return { ...state, view: state.view === action.view ? 'main' : action.view };
    case 'genType':
      return { ...state, gen: { ...state.gen, text: state.gen.text + typedText(action.text) } };
    case 'genBackspace':
      return { ...state, gen: { ...state.gen, text: [...state.gen.text].slice(0, -1).join('') } };
    case 'genResult':
      return { ...state, gen: { ...state.gen, preview: action.preview, error: action.error } };
    case 'explainType':
      return { ...state, explain: { ...state.explain, text: state.explain.text + typedText(action.text), scroll: 0 } };
    case 'explainBackspace':
      return { ...state, explain: { ...state.explain, text: [...state.explain.text].slice(0, -1).join(''), scroll: 0 } };
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
      return { ...state, loading: action.loading };
    case 'quit':
      return { ...state, quit: true };
    case 'key':
      return reduceKey(state, action.input, action.key);
  }
}

/**
 * A key press, read against the state it arrives in (never a stale one). Keys typed faster than a
 * frame arrive together ("\rq"); outside text fields they are taken one by one.
 */
function reduceKey(state: TuiState, input: string, key: KeyPress): TuiState {
  const typing = (state.focus === 'search' && state.view === 'main') || state.view === 'gen' || state.view === 'explain';
  if (input.length > 1 && !typing) {
    return [...input].reduce((s, char) => reduceKey(s, char === '\r' ? '' : char, char === '\r' ? { return: true } : {}), state);
  }
  const action = keyToAction(state, input, key);
  if (action === 'copy') {
    const text = copyText(state);
    return text ? { ...state, copy: text, copies: state.copies + 1, status: `copied: ${text}` } : state;
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

/** A key as Ink reports it. */
export interface KeyPress {
  readonly upArrow?: boolean; readonly downArrow?: boolean; readonly return?: boolean; readonly escape?: boolean;
  readonly tab?: boolean; readonly backspace?: boolean; readonly delete?: boolean; readonly ctrl?: boolean;
  readonly pageUp?: boolean; readonly pageDown?: boolean;
}

/** What a key press means in the current state; 'copy' is a side effect the app performs. */
export function keyToAction(state: TuiState, input: string, key: KeyPress): TuiAction | 'copy' | null {
  if (key.ctrl && input === 'c') return { type: 'quit' };
  if (state.view === 'help') return key.escape || input === '?' || input === 'q' || key.return ? { type: 'view', view: 'help' } : null;
  if (state.view === 'gen') {
    if (key.escape) return { type: 'view', view: 'gen' };
    if (key.backspace || key.delete) return { type: 'genBackspace' };
    if (key.return) return 'copy';
    if (input && !key.ctrl && !key.tab && !key.upArrow && !key.downArrow) return { type: 'genType', text: input };
    return null;
  }
  if (state.view === 'explain') {
    if (key.escape) return { type: 'view', view: 'explain' };
    if (key.backspace || key.delete) return { type: 'explainBackspace' };
    if (key.upArrow || key.pageUp) return { type: 'explainScroll', by: key.pageUp ? -10 : -1 };
    if (key.downArrow || key.pageDown) return { type: 'explainScroll', by: key.pageDown ? 10 : 1 };
    if (key.return) return 'copy';
    if (input && !key.ctrl && !key.tab && !key.upArrow && !key.downArrow) return { type: 'explainType', text: input };
    return null;
  }
  if (key.tab) return { type: 'tab' };
  if (key.escape) return { type: 'back' };
  if (key.upArrow) return { type: 'move', by: -1 };
  if (key.downArrow) return { type: 'move', by: 1 };
  if (key.pageUp) return { type: 'move', by: -10 };
  if (key.pageDown) return { type: 'move', by: 10 };
  if (state.focus === 'search') {
    if (key.return) return state.results.length ? { type: 'focus', focus: 'results' } : null;
    if (key.backspace || key.delete) return { type: 'backspace' };
    if (input && !key.ctrl) return { type: 'type', text: input };
    return null;
  }
  if (key.return) return { type: 'open' };
  switch (input) {
    case 'q': return { type: 'quit' };
    case '/': return { type: 'focus', focus: 'search' };
    case '?': return { type: 'view', view: 'help' };
    case 'g': return { type: 'view', view: 'gen' };
    case 'e': return { type: 'view', view: 'explain' };
    case 'c': return 'copy';
    default: return null;
  }
}

/** What `c` copies: the generator's line, the explained line's correction, else the open entry's first valid example, else the selected name. */
export function copyText(state: TuiState): string | null {
  if (state.view === 'gen') return state.gen.preview || null;
  if (state.view === 'explain') {
    // Never the fix of an older line: only once the answer for the text as typed has come.
    return state.explain.answered === state.explain.text ? state.explain.problems.find((p) => p.suggestion)?.suggestion ?? null : null;
  }
  const example = state.detail?.examples.find((x) => x.valid && !x.text.includes('\n'));
  if (state.focus === 'detail' && example) return example.text;
  return state.results[state.selected]?.name ?? null;
}
