/**
 * The TUI's key map, fzf-style: typing always goes to the field that has the cursor (the query, or
 * the generator's and the explainer's line); actions are Ctrl keys that work everywhere, and Esc
 * leaves the query for the keys mode, where single letters act (q quit, ? help, / back to the
 * query), as in lazygit and k9s. The help pane (`?`) lists them from cli/messages/tui-messages.ts.
 */
import type { TuiAction, TuiState } from './tui-state.js';

/** A key as Ink reports it. */
export interface KeyPress {
  readonly upArrow?: boolean; readonly downArrow?: boolean; readonly return?: boolean; readonly escape?: boolean;
  readonly tab?: boolean; readonly backspace?: boolean; readonly delete?: boolean; readonly ctrl?: boolean; readonly meta?: boolean;
  readonly pageUp?: boolean; readonly pageDown?: boolean;
}

/** Whether what is typed goes to a text field: the query, or the generator's or the explainer's line. */
export function isTyping(state: TuiState): boolean {
  return (state.focus === 'search' && state.view === 'main') || state.view === 'gen' || state.view === 'explain';
}

/** What a key press means in the current state; 'copy' is a side effect the app performs. */
export function keyToAction(state: TuiState, input: string, key: KeyPress): TuiAction | 'copy' | null {
  if (key.ctrl && input === 'c') return { type: 'quit' };
  if (state.view === 'help') return key.escape || input === '?' || input === 'q' || key.return ? { type: 'view', view: 'help' } : null;
  if (key.ctrl) {
    switch (input) {
      case 'g': return { type: 'view', view: 'gen' };
      case 'e': return { type: 'view', view: 'explain' };
      case 'y': return 'copy';
      case 'u': return { type: 'clearField' };
      case 'n': return state.view === 'explain' ? { type: 'explainScroll', by: 1 } : { type: 'move', by: 1 };
      case 'p': return state.view === 'explain' ? { type: 'explainScroll', by: -1 } : { type: 'move', by: -1 };
      default: return null;
    }
  }
  if (state.view === 'gen' || state.view === 'explain') {
    if (key.escape) return { type: 'view', view: state.view };
    if (key.backspace || key.delete) return { type: 'backspace' };
    if (key.return) return 'copy';
    if (state.view === 'explain') {
      if (key.upArrow || key.pageUp) return { type: 'explainScroll', by: key.pageUp ? -10 : -1 };
      if (key.downArrow || key.pageDown) return { type: 'explainScroll', by: key.pageDown ? 10 : 1 };
    }
    if (input && !key.tab && !key.upArrow && !key.downArrow) return { type: 'type', text: input };
    return null;
  }
  if (key.tab) return { type: 'tab' };
  if (key.escape) return { type: 'back' };
  if (key.upArrow) return { type: 'move', by: -1 };
  if (key.downArrow) return { type: 'move', by: 1 };
  if (key.pageUp) return { type: 'move', by: -10 };
  if (key.pageDown) return { type: 'move', by: 10 };
  if (key.return) return { type: 'open' };
  if (state.focus === 'search') {
    if (key.backspace || key.delete) return { type: 'backspace' };
    return input ? { type: 'type', text: input } : null;
  }
  switch (input) {
    case 'q': return { type: 'quit' };
    case '/': case 'i': return { type: 'focus', focus: 'search' };
    case '?': return { type: 'view', view: 'help' };
    case 'g': return { type: 'view', view: 'gen' };
    case 'e': return { type: 'view', view: 'explain' };
    case 'c': return 'copy';
    case '': return key.backspace || key.delete ? { type: 'backspace' } : null;
    default: return input.trim() ? { type: 'type', text: input } : null;
  }
}

/**
 * The first key of a chunk of input, and how many of its characters it takes. Keys typed faster than a frame, or pasted, arrive
 * together (`abc`, `\x7f\x7f\x7f`, `\rq`): into a text field a run of text is typed as one
 * (a pasted line stays whole), while Backspace and other control characters are keys of their own.
 */
export function firstKey(chunk: string, typing: boolean): { input: string; key: KeyPress; length: number } {
  const char = String.fromCodePoint(chunk.codePointAt(0)!);
  if (char === '\x7f' || char === '\b') return { input: '', key: { backspace: true }, length: 1 };
  // In a field, line breaks and tabs are text (typedText makes them spaces); elsewhere they are keys.
  if (!typing && (char === '\r' || char === '\n')) return { input: '', key: { return: true }, length: 1 };
  if (!typing && char === '\t') return { input: '', key: { tab: true }, length: 1 };
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(char)) return { input: String.fromCharCode(char.charCodeAt(0) + 96), key: { ctrl: true }, length: 1 };
  if (!typing) return { input: char, key: {}, length: char.length };
  const text = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]+/.exec(chunk)![0];
  return { input: text, key: {}, length: text.length };
}
