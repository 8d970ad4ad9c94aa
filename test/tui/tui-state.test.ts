/** The TUI's reducer and key map: pure, so every key's meaning is tested without a terminal. */
import { describe, expect, it } from 'vitest';
import { copyText, explainLine, initialState, keyToAction, tuiReducer, typedText, type TuiAction, type TuiState } from '../../cli/tui/tui-state.js';

const results = [
  { id: 'option:run:--restart', kind: 'option', name: 'docker run --restart', title: 't', summary: 's' },
  { id: 'concept:restart-policies', kind: 'concept', name: 'concept:restart-policies', title: 't', summary: 's' },
];
const run = (state: TuiState, ...actions: TuiAction[]) => actions.reduce(tuiReducer, state);
const withResults = run(initialState, { type: 'type', text: 'restart' }, { type: 'results', query: 'restart', results, didYouMean: null });

describe('tuiReducer', () => {
  it('types into the query and takes results only for the current query', () => {
    expect(withResults.results).toHaveLength(2);
    const stale = run(withResults, { type: 'type', text: 'x' }, { type: 'results', query: 'restart', results: [], didYouMean: null });
    expect(stale.results).toHaveLength(2);
  });

  it('moves the selection within the list and opens the detail', () => {
    const moved = run(withResults, { type: 'move', by: 5 });
    expect([moved.selected, moved.focus]).toEqual([1, 'results']);
    expect(run(moved, { type: 'move', by: -9 }).selected).toBe(0);
    expect(run(moved, { type: 'open' }).focus).toBe('detail');
  });

  it('goes back one step with Esc, and clears the query from the search box', () => {
    const open = run(withResults, { type: 'move', by: 1 }, { type: 'open' });
    expect(run(open, { type: 'back' }).focus).toBe('results');
    expect(run(open, { type: 'back' }, { type: 'back' }).focus).toBe('search');
    expect(run(open, { type: 'back' }, { type: 'back' }, { type: 'back' }).query).toBe('');
  });

  it('cycles focus with Tab and toggles help and the generator', () => {
    expect(run(withResults, { type: 'tab' }, { type: 'tab' }).focus).toBe('detail');
    expect(run(withResults, { type: 'view', view: 'help' }).view).toBe('help');
    expect(run(withResults, { type: 'view', view: 'help' }, { type: 'view', view: 'help' }).view).toBe('main');
    expect(run(withResults, { type: 'view', view: 'gen' }, { type: 'genType', text: 'run -d' }, { type: 'genBackspace' }).gen.text).toBe('run -');
  });
});

describe('keyToAction', () => {
  const inResults = run(withResults, { type: 'focus', focus: 'results' });
  it('types letters in the search box but reads them as commands in the list', () => {
    expect(keyToAction(withResults, 'q', {})).toEqual({ type: 'type', text: 'q' });
    expect(keyToAction(inResults, 'q', {})).toEqual({ type: 'quit' });
    expect(keyToAction(inResults, '/', {})).toEqual({ type: 'focus', focus: 'search' });
    expect(keyToAction(inResults, 'c', {})).toBe('copy');
    expect(keyToAction(inResults, 'g', {})).toEqual({ type: 'view', view: 'gen' });
    expect(keyToAction(inResults, '?', {})).toEqual({ type: 'view', view: 'help' });
  });

  it('maps arrows, Enter, Esc, Tab and Ctrl-C', () => {
    expect(keyToAction(inResults, '', { downArrow: true })).toEqual({ type: 'move', by: 1 });
    expect(keyToAction(inResults, '', { return: true })).toEqual({ type: 'open' });
    expect(keyToAction(inResults, '', { escape: true })).toEqual({ type: 'back' });
    expect(keyToAction(inResults, '', { tab: true })).toEqual({ type: 'tab' });
    expect(keyToAction(withResults, 'c', { ctrl: true })).toEqual({ type: 'quit' });
  });

  it('copies the generator\'s line, else the open entry\'s example, else the selected name', () => {
    expect(copyText(inResults)).toBe('docker run --restart');
    const gen = run(inResults, { type: 'view', view: 'gen' }, { type: 'genResult', preview: 'docker run --rm alpine', error: null });
    expect(copyText(gen)).toBe('docker run --rm alpine');
  });
});

describe('keys through the reducer', () => {
  it('reads each key against the state it arrives in, even several in one chunk', () => {
    const inResults = run(withResults, { type: 'focus', focus: 'results' });
    const typed = run(inResults, { type: 'key', input: 'g', key: {} }, { type: 'key', input: 'run -d nginx', key: {} });
    expect([typed.view, typed.gen.text]).toEqual(['gen', 'run -d nginx']);
    const fast = run(inResults, { type: 'key', input: '\rq', key: {} });
    expect([fast.focus, fast.quit]).toEqual(['detail', true]);
  });

  it('asks for a copy with c', () => {
    const copied = run(withResults, { type: 'focus', focus: 'results' }, { type: 'key', input: 'c', key: {} });
    expect([copied.copy, copied.copies]).toEqual(['docker run --restart', 1]);
  });
});

describe('the explain view', () => {
  const inResults = run(withResults, { type: 'focus', focus: 'results' });
  const problem = { message: '`sometimes` is not a value --restart accepts', suggestion: 'docker run --restart always nginx' };

  it('opens with e, takes what is typed (q included), and closes with Esc', () => {
    const typed = run(inResults, { type: 'key', input: 'e', key: {} }, { type: 'key', input: 'run -q', key: {} }, { type: 'key', input: '', key: { backspace: true } });
    expect([typed.view, typed.explain.text, typed.quit]).toEqual(['explain', 'run -', false]);
    expect(run(typed, { type: 'key', input: '', key: { escape: true } }).view).toBe('main');
  });

  it('keeps only the answer for the line as it is now', () => {
    const typed = run(inResults, { type: 'view', view: 'explain' }, { type: 'explainType', text: 'run nginx' });
    const token = { text: 'nginx', role: 'image', meaning: 'Official Docker Hub image nginx', entry: null };
    expect(run(typed, { type: 'explainResult', text: 'run ngin', tokens: [token], problems: [], error: null }).explain.tokens).toEqual([]);
    expect(run(typed, { type: 'explainResult', text: 'run nginx', tokens: [token], problems: [], error: null }).explain.tokens).toEqual([token]);
  });

  it('takes a pasted command as one line: a continuation and line breaks become spaces, control characters go', () => {
    expect(typedText('docker run -d \\\r  -p 8080:80 \\\r\n nginx\r')).toBe('docker run -d    -p 8080:80   nginx ');
    expect(typedText('a\tb\x1b[Ac\x07')).toBe('a b[Ac');
    const pasted = run(initialState, { type: 'view', view: 'explain' }, { type: 'key', input: 'run -d \\\r -p 80:80 nginx\r', key: {} });
    expect(pasted.explain.text).toBe('run -d   -p 80:80 nginx ');
    expect(run(initialState, { type: 'type', text: 'restart\r\n' }).query).toBe('restart  ');
  });

  it('asks about the line with docker in front unless it is there', () => {
    expect(explainLine('run nginx')).toBe('docker run nginx');
    expect(explainLine('docker ps')).toBe('docker ps');
    expect(explainLine('sudo docker ps')).toBe('sudo docker ps');
    expect(explainLine('dockerd --debug')).toBe('docker dockerd --debug');
  });

  it('never copies the fix of an older line', () => {
    const asked = run(inResults, { type: 'view', view: 'explain' }, { type: 'explainType', text: 'run --restart alwas nginx' },
      { type: 'explainResult', text: 'run --restart alwas nginx', tokens: [], problems: [problem], error: null });
    expect(copyText(asked)).toBe(problem.suggestion);
    const typedOn = run(asked, { type: 'explainType', text: ' -d' });
    expect(copyText(typedOn)).toBeNull();
    expect(run(typedOn, { type: 'key', input: '', key: { return: true } }).copies).toBe(0);
  });

  it('copies the corrected line with Enter, and nothing when there is no fix', () => {
    const open = run(inResults, { type: 'view', view: 'explain' }, { type: 'explainType', text: 'run --restart sometimes nginx' });
    expect(copyText(open)).toBeNull();
    const fixed = run(open, { type: 'explainResult', text: 'run --restart sometimes nginx', tokens: [], problems: [problem], error: null }, { type: 'key', input: '', key: { return: true } });
    expect([fixed.copy, fixed.copies]).toEqual(['docker run --restart always nginx', 1]);
  });
});

describe('the explain view scrolls', () => {
  it('moves through the tokens with ↑↓ and PgUp/PgDn, within the list, and starts again at the top when the line changes', () => {
    // Operators (&&, |) have no row, so they do not count.
    const tokens = [...Array.from({ length: 12 }, (_, i) => ({ text: `t${i}`, role: 'argument', meaning: null, entry: null })), { text: '&&', role: 'operator', meaning: null, entry: null }];
    const open = run(initialState, { type: 'view', view: 'explain' }, { type: 'explainType', text: 'x' }, { type: 'explainResult', text: 'x', tokens, problems: [], error: null });
    const down = run(open, { type: 'key', input: '', key: { downArrow: true } }, { type: 'key', input: '', key: { downArrow: true } });
    expect(down.explain.scroll).toBe(2);
    expect(run(down, { type: 'key', input: '', key: { pageDown: true } }).explain.scroll).toBe(11);
    expect(run(down, { type: 'key', input: '', key: { pageUp: true } }).explain.scroll).toBe(0);
    expect(run(down, { type: 'key', input: 'y', key: {} }).explain.scroll).toBe(0);
  });
});
