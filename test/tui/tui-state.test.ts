/** The TUI's reducer and key map: pure, so every key's meaning is tested without a terminal. */
import { describe, expect, it } from 'vitest';
import type { EntryView } from '../../cli/render/render-entry.js';
import { copyText, explainLine, initialState, keyToAction, tuiReducer, typedText, type KeyPress, type TuiAction, type TuiState } from '../../cli/tui/tui-state.js';

const results = [
  { id: 'option:run:--restart', kind: 'option', name: 'docker run --restart', title: 't', summary: 's' },
  { id: 'concept:restart-policies', kind: 'concept', name: 'concept:restart-policies', title: 't', summary: 's' },
];
const run = (state: TuiState, ...actions: TuiAction[]) => actions.reduce(tuiReducer, state);
const withResults = run(initialState, { type: 'type', text: 'restart' }, { type: 'results', query: 'restart', results, didYouMean: null });

const key = (input: string, k: KeyPress = {}): TuiAction => ({ type: 'key', input, key: k });

describe('tuiReducer', () => {
  it('types into the query and takes results only for the current query', () => {
    expect(withResults.results).toHaveLength(2);
    const stale = run(withResults, { type: 'type', text: 'x' }, { type: 'results', query: 'restart', results: [], didYouMean: null });
    expect(stale.results).toHaveLength(2);
  });

  it('moves the selection while the query keeps the cursor, and opens the detail', () => {
    const moved = run(withResults, { type: 'move', by: 5 });
    expect([moved.selected, moved.focus]).toEqual([1, 'search']);
    expect(run(moved, { type: 'move', by: -9 }).selected).toBe(0);
    expect(run(moved, { type: 'open' }).focus).toBe('detail');
  });

  it('goes back one step with Esc and never clears the query', () => {
    const open = run(withResults, { type: 'move', by: 1 }, { type: 'open' });
    expect(run(open, { type: 'back' }).focus).toBe('results');
    expect(run(open, { type: 'back' }, { type: 'back' }).focus).toBe('results');
    expect(run(withResults, { type: 'back' }).focus).toBe('results');
    expect(run(open, { type: 'back' }, { type: 'back' }, { type: 'back' }).query).toBe('restart');
  });

  it('cycles focus with Tab and toggles help and the generator', () => {
    expect(run(withResults, { type: 'tab' }, { type: 'tab' }).focus).toBe('detail');
    expect(run(withResults, { type: 'view', view: 'help' }).view).toBe('help');
    expect(run(withResults, { type: 'view', view: 'help' }, { type: 'view', view: 'help' }).view).toBe('main');
    expect(run(withResults, { type: 'view', view: 'gen' }, { type: 'type', text: 'run -d' }, { type: 'backspace' }).gen.text).toBe('run -');
  });

  it('opens the generator empty: the text of the last visit is not glued on', () => {
    const typed = run(withResults, { type: 'view', view: 'gen' }, { type: 'type', text: 'run -d nginx --memory lots' });
    const again = run(typed, key('', { escape: true }), key('g', { ctrl: true }));
    expect([again.view, again.gen.text]).toEqual(['gen', '']);
    expect(run(again, key('run')).gen.text).toBe('run');
  });

  it('clears the field with Ctrl-U, and with an empty query the results go', () => {
    expect(run(withResults, key('u', { ctrl: true }))).toMatchObject({ query: '', results: [], focus: 'search' });
    expect(run(withResults, { type: 'view', view: 'explain' }, key('run -d'), key('u', { ctrl: true })).explain.text).toBe('');
  });
});

describe('keyToAction', () => {
  const inResults = run(withResults, { type: 'focus', focus: 'results' });
  it('types every letter into the query, and reads letters as commands only in the keys mode', () => {
    for (const letter of ['q', '?', 'g', 'e', 'c', '/']) expect(keyToAction(withResults, letter, {})).toEqual({ type: 'type', text: letter });
    expect(keyToAction(inResults, 'q', {})).toEqual({ type: 'quit' });
    expect(keyToAction(inResults, '/', {})).toEqual({ type: 'focus', focus: 'search' });
    expect(keyToAction(inResults, 'c', {})).toBe('copy');
    expect(keyToAction(inResults, 'g', {})).toEqual({ type: 'view', view: 'gen' });
    expect(keyToAction(inResults, '?', {})).toEqual({ type: 'view', view: 'help' });
    // Any other letter goes back to the query.
    expect(keyToAction(inResults, 'x', {})).toEqual({ type: 'type', text: 'x' });
  });

  it('reaches every action from the query with a Ctrl key', () => {
    expect(keyToAction(withResults, 'g', { ctrl: true })).toEqual({ type: 'view', view: 'gen' });
    expect(keyToAction(withResults, 'e', { ctrl: true })).toEqual({ type: 'view', view: 'explain' });
    expect(keyToAction(withResults, 'y', { ctrl: true })).toBe('copy');
    expect(keyToAction(withResults, 'n', { ctrl: true })).toEqual({ type: 'move', by: 1 });
    expect(keyToAction(withResults, 'p', { ctrl: true })).toEqual({ type: 'move', by: -1 });
    expect(keyToAction(withResults, 'c', { ctrl: true })).toEqual({ type: 'quit' });
  });

  it('maps arrows, Enter, Esc and Tab', () => {
    expect(keyToAction(inResults, '', { downArrow: true })).toEqual({ type: 'move', by: 1 });
    expect(keyToAction(withResults, '', { return: true })).toEqual({ type: 'open' });
    expect(keyToAction(inResults, '', { return: true })).toEqual({ type: 'open' });
    expect(keyToAction(withResults, '', { escape: true })).toEqual({ type: 'back' });
    expect(keyToAction(inResults, '', { tab: true })).toEqual({ type: 'tab' });
  });

  it("copies the generator's line or the selected entry's example, never its bare name", () => {
    expect(copyText(inResults)).toBeNull();
    const entry = { id: 'option:run:--restart', examples: [{ text: 'docker run -d \\\n nginx', valid: true }, { text: 'docker run --restart=always nginx', valid: true }] } as unknown as EntryView;
    expect(copyText(run(inResults, { type: 'detail', entry }))).toBe('docker run --restart=always nginx');
    // The detail of another entry (the selection moved on) is not copied.
    expect(copyText(run(inResults, { type: 'detail', entry }, { type: 'move', by: 1 }))).toBeNull();
    const gen = run(inResults, { type: 'view', view: 'gen' }, { type: 'genResult', preview: 'docker run --rm alpine', error: null });
    expect(copyText(gen)).toBe('docker run --rm alpine');
  });
});

describe('keys through the reducer', () => {
  it('reads each key against the state it arrives in, even several in one chunk', () => {
    const inResults = run(withResults, { type: 'focus', focus: 'results' });
    const typed = run(inResults, key('g'), key('run -d nginx'));
    expect([typed.view, typed.gen.text]).toEqual(['gen', 'run -d nginx']);
    const fast = run(inResults, key('\rq'));
    expect([fast.focus, fast.quit]).toEqual(['detail', true]);
    // After `/` the rest of the chunk is typed into the query, not read as commands.
    expect(run(inResults, key('/qge')).query).toBe('restartqge');
  });

  it('loses no Backspace in a chunk: 200 letters and 200 Backspaces, in one chunk or in many', () => {
    const letters = 'abcdefghij'.repeat(20);
    expect(run(initialState, key(letters)).query).toBe(letters);
    expect(run(initialState, key(letters), key('\x7f'.repeat(150))).query).toBe(letters.slice(0, 50));
    expect(run(initialState, key(letters), key('\x7f'.repeat(200))).query).toBe('');
    expect(run(initialState, key(`${letters}${'\b'.repeat(199)}`)).query).toBe('a');
    expect(run(initialState, key('가나다\x7f')).query).toBe('가나');
  });

  it('takes Esc and a key right after it (one chunk, read as Alt+key) as the two keys', () => {
    expect(run(withResults, key('?', { meta: true })).view).toBe('help');
    expect(run(withResults, key('q', { meta: true })).quit).toBe(true);
  });

  it('asks for a copy with c in the keys mode and says when there is nothing to copy', () => {
    const entry = { id: 'option:run:--restart', examples: [{ text: 'docker run --restart=always nginx', valid: true }] } as unknown as EntryView;
    const copied = run(withResults, { type: 'detail', entry }, key('', { escape: true }), key('c'));
    expect([copied.copy, copied.copies]).toEqual(['docker run --restart=always nginx', 1]);
    const none = run(withResults, key('y', { ctrl: true }));
    expect([none.copies, none.status]).toEqual([0, 'no example to copy here: open an entry that has one']);
    // The message goes with the next key.
    expect(run(none, key('x')).status).toBe('');
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
    const typed = run(inResults, { type: 'view', view: 'explain' }, { type: 'type', text: 'run nginx' });
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
    const asked = run(inResults, { type: 'view', view: 'explain' }, { type: 'type', text: 'run --restart alwas nginx' },
      { type: 'explainResult', text: 'run --restart alwas nginx', tokens: [], problems: [problem], error: null });
    expect(copyText(asked)).toBe(problem.suggestion);
    const typedOn = run(asked, { type: 'type', text: ' -d' });
    expect(copyText(typedOn)).toBeNull();
    expect(run(typedOn, { type: 'key', input: '', key: { return: true } }).copies).toBe(0);
  });

  it('copies the corrected line with Enter, and nothing when there is no fix', () => {
    const open = run(inResults, { type: 'view', view: 'explain' }, { type: 'type', text: 'run --restart sometimes nginx' });
    expect(copyText(open)).toBeNull();
    const fixed = run(open, { type: 'explainResult', text: 'run --restart sometimes nginx', tokens: [], problems: [problem], error: null }, { type: 'key', input: '', key: { return: true } });
    expect([fixed.copy, fixed.copies]).toEqual(['docker run --restart always nginx', 1]);
  });
});

describe('the explain view scrolls', () => {
  it('moves through the tokens with ↑↓ and PgUp/PgDn, within the list, and starts again at the top when the line changes', () => {
    // Operators (&&, |) have no row, so they do not count.
    const tokens = [...Array.from({ length: 12 }, (_, i) => ({ text: `t${i}`, role: 'argument', meaning: null, entry: null })), { text: '&&', role: 'operator', meaning: null, entry: null }];
    const open = run(initialState, { type: 'view', view: 'explain' }, { type: 'type', text: 'x' }, { type: 'explainResult', text: 'x', tokens, problems: [], error: null });
    const down = run(open, { type: 'key', input: '', key: { downArrow: true } }, { type: 'key', input: '', key: { downArrow: true } });
    expect(down.explain.scroll).toBe(2);
    expect(run(down, { type: 'key', input: '', key: { pageDown: true } }).explain.scroll).toBe(11);
    expect(run(down, { type: 'key', input: '', key: { pageUp: true } }).explain.scroll).toBe(0);
    expect(run(down, { type: 'key', input: 'y', key: {} }).explain.scroll).toBe(0);
  });
});

describe('a late search', () => {
  it('does not leave the box loading once the query is emptied (the effect runs after more keys)', () => {
    let s = tuiReducer(initialState, { type: 'type', text: 'a' });
    s = tuiReducer(s, { type: 'backspace' });
    s = tuiReducer(s, { type: 'loading', loading: true, query: 'a' });
    expect(s.loading).toBe(false);
    expect(s.query).toBe('');
  });
});
