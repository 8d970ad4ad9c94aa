/**
 * The notes' passages in the TUI: search lists them after the entries with `file:line`, as `dref
 * search` does, and the detail pane shows the selected one in context (`dref show FILE:LINE`'s text),
 * inside the panes' borders. The real in-process transport over real databases built by ingest.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { afterAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../cli/render/display-width.js';
import { App } from '../../cli/tui/app.js';
import { resultLabel } from '../../cli/tui/result-list.js';
import { searchResultItems, type SearchAnswer } from '../../cli/tui/search-results.js';
import { initialState, tuiReducer } from '../../cli/tui/tui-state.js';
import { inProcessTransport } from '../../cli/transport/in-process-transport.js';
import { notesAtLine } from '../../server/knowledge/notes-at-line.js';
import { buildTempKnowledgeBase, tempDir } from '../helpers/temp-database.js';
import { until, wait } from '../helpers/until-frame.js';

const notes = join(tempDir('dref-tui-notes-'), 'notes');
mkdirSync(join(notes, 'a'), { recursive: true });
writeFileSync(join(notes, 'a', 'runtime.md'), [
  '# Alpha', '', '## 1. Runtime', '', 'The zorbleflux runtime starts containers with a restart policy.', 'It reads its settings from a file.', '',
  '- docker run -d --restart always nginx keeps a service up', '', '## 2. Images', '', 'Images are built in layers; zorbleflux caches them.', '',
].join('\n'));
const FILE = join(notes, 'a', 'runtime.md');
const kb = buildTempKnowledgeBase([notes]);
const transport = inProcessTransport(kb, 'en');
const readNotes = (file: string, line: number) => notesAtLine(kb, { file, startLine: line, lang: 'en' });
afterAll(() => kb.close());

/** Every row of the frame fits the terminal: no text pushes a border out. */
function expectWithin(frame: string, columns: number): void {
  for (const row of frame.split('\n')) expect(displayWidth(row), row).toBeLessThanOrEqual(columns);
}

describe('passages in the TUI', () => {
  it('lists the passages that hold the words with file:line, and opens one in context', async () => {
    const ui = render(<App transport={transport} readNotes={readNotes} writeRaw={() => undefined} />);
    ui.stdin.write('zorbleflux');
    await until(() => ui.lastFrame()!.includes('runtime.md:5') && ui.lastFrame()!.includes('runtime.md:12'), () => ui.lastFrame());
    const frame = ui.lastFrame()!;
    expect(frame).toMatch(/│nts runtime\.md:5 {2}The zorbleflux/);
    expect(frame).toMatch(/│nts runtime\.md:12 {2}Images are built/);
    expectWithin(frame, 100);
    // The passages in their order by relevance; the first is selected, and its detail is the notes around it.
    const order = [...frame.matchAll(/│nts runtime\.md:(\d+)/g)].map((m) => Number(m[1]));
    const views = {
      5: { heading: 'Alpha > 1 Runtime', place: `${FILE}:5-6`, line: /> {4}5 {2}The zorbleflux runtime starts containers/ },
      12: { heading: 'Alpha > 2 Images', place: `${FILE}:12`, line: /> {3}12 {2}Images are built in layers/ },
    } as Record<number, { heading: string; place: string; line: RegExp }>;
    const first = views[order[0]!]!;
    await until(() => ui.lastFrame()!.includes(first.heading), () => ui.lastFrame());
    expect(ui.lastFrame()).toContain(first.place);
    expect(ui.lastFrame()).toMatch(first.line);
    expectWithin(ui.lastFrame()!, 100);
    // Down to the other passage; Enter opens it in the detail pane, which scrolls to where the passages around it are.
    ui.stdin.write('\t');
    await wait(50);
    ui.stdin.write('\x1b[B');
    const second = views[order[1]!]!;
    await until(() => ui.lastFrame()!.includes(second.heading), () => ui.lastFrame());
    expect(ui.lastFrame()).toMatch(second.line);
    ui.stdin.write('\r');
    await wait(50);
    for (let i = 0; i < 20 && !/(previous|next) passage: dref show/.test(ui.lastFrame()!); i++) { ui.stdin.write('\x1b[B'); await wait(30); }
    expect(ui.lastFrame()).toMatch(/(previous|next) passage: dref show/);
    expectWithin(ui.lastFrame()!, 100);
    ui.unmount();
  });

  it('shows what the search gave when the notes cannot be read (a server): place, section, snippet', async () => {
    const ui = render(<App transport={transport} writeRaw={() => undefined} />);
    ui.stdin.write('zorbleflux');
    await until(() => ui.lastFrame()!.includes('runtime.md:5'), () => ui.lastFrame());
    // Whichever passage comes first: its place, section and snippet, and the command that prints it in context.
    const words = () => ui.lastFrame()!.replace(/[│╭╮╰╯┌┐└┘─\n]/g, ' ').replace(/\s+/g, ' ');
    await until(() => words().includes('A passage of the notes · `dref show'), () => ui.lastFrame());
    expect(words()).toMatch(/notes\/a\/runtime\.md:12 .*Images Images are built in layers; zorbleflux caches them\.|notes\/a\/runtime\.md:5 .*Runtime The zorbleflux runtime starts containers with a restart policy\./);
    expect(ui.lastFrame()).not.toContain('Alpha >');
    ui.unmount();
  });

  it('lists the entries first, then the passages, as dref search prints them', async () => {
    const ui = render(<App transport={transport} readNotes={readNotes} writeRaw={() => undefined} />);
    ui.stdin.write('restart policy');
    await until(() => /│nts /.test(ui.lastFrame()!), () => ui.lastFrame());
    const rows = ui.lastFrame()!.split('\n').filter((r) => /^│(cmd|opt|ins|con|cmp|rec|nts) /.test(r));
    expect(rows[0]).not.toMatch(/^│nts/);
    expect(rows.findIndex((r) => r.startsWith('│nts'))).toBeGreaterThan(rows.findLastIndex((r) => !r.startsWith('│nts')) - 1);
    ui.unmount();
  });
});

describe('the parts', () => {
  const hit = { file: 'notes/x.md', line: 7, snippet: 'the «zorbleflux» runtime', passage: { startLine: 6, endLine: 8, section: { path: '1', title: 'Runtime' } } };
  const entry = { id: 'command:run', kind: 'command', name: 'docker run', title: 'docker run', summary: 'Start a container' };

  it('puts passages after the entries, and only passages when the entries are for a corrected query', () => {
    const answer = (didYouMean: string | null): SearchAnswer => ({ search: { didYouMean, edges: [{ node: entry }] }, passages: [hit] });
    const plain = searchResultItems(answer(null));
    expect(plain.results.map((r) => r.kind)).toEqual(['command', 'passage']);
    expect(plain.results[1]).toMatchObject({ id: 'passage:notes/x.md:7', name: 'notes/x.md:7', summary: 'the zorbleflux runtime', passage: { file: 'notes/x.md', line: 7, startLine: 6, endLine: 8, section: '1', sectionTitle: 'Runtime' } });
    expect(searchResultItems(answer('zorble'))).toEqual({ results: [plain.results[1]], didYouMean: null });
    expect(searchResultItems({ search: { didYouMean: 'run', edges: [{ node: entry }] }, passages: [] })).toEqual({ results: [entry], didYouMean: 'run' });
  });

  it('labels a passage row by its file name and line, then its snippet', () => {
    expect(resultLabel(searchResultItems({ search: { didYouMean: null, edges: [] }, passages: [hit] }).results[0]!)).toBe('x.md:7  the zorbleflux runtime');
  });

  it('keeps the notes for the row they were read for, and forgets them with the query', () => {
    const context = notesAtLine(kb, { file: FILE, startLine: 5, lang: 'en' });
    if (context.status !== 'found') throw new Error(context.status);
    const { status: _, ...notesContext } = context;
    const state = tuiReducer({ ...initialState, query: 'z', detailScroll: 3 }, { type: 'notes', id: 'passage:x:5', context: notesContext });
    expect(state.notes).toEqual({ id: 'passage:x:5', context: notesContext });
    expect(state.detailScroll).toBe(0);
    expect(tuiReducer(state, { type: 'backspace' }).notes).toBeNull();
  });
});
