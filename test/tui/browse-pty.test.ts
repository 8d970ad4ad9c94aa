/**
 * The real `dref` binary in a pseudo-terminal, its output replayed into a headless xterm.js
 * (pty-session.ts): at 60×20, 70×20, 80×24 and 100×30 the panes' borders stand where the layout
 * puts them on every row, Hangul and cut names included; keys do what the footer and the help say,
 * in the language of --lang;
 * a key press rewrites only what changed; the shell's screen and scrollback come back on exit.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Terminal } from '@xterm/headless';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CLI } from '../helpers/run-cli.js';
import { buildTempKnowledgeBase } from '../helpers/temp-database.js';
import { PtySession, expectBordersInPlace } from './pty-session.js';
import { TUI_MESSAGES } from '../../cli/messages/tui-messages.js';

const kb = buildTempKnowledgeBase();
const db = kb.path;
kb.close();

const strip = (text: string) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\x1b\][^\x07]*\x07/g, '');
const ESC = '\x1b';
const DOWN = '\x1b[B';


/** The footer row: the last row with text. */
const footer = (pty: PtySession) => pty.lines().filter((line) => line.trim()).at(-1) ?? '';

/** What the TUI says in `lang`, as the tests look for it. */
function tuiWords(lang: 'en' | 'ko') {
  const t = (id: keyof typeof TUI_MESSAGES) => TUI_MESSAGES[id][lang];
  return {
    searchBox: lang === 'ko' ? '입력하면 검색' : 'type to search',
    found: lang === 'ko' ? /\d+개 찾음/ : /\d+ found/,
    searchFooter: t('footer.search.always'),
    detailFooter: `${t('footer.detail.always')} · ${t('footer.detail.rest').split(' · ')[0]}`,
    keysFooter: t('footer.results.always'),
  };
}

describe('dref browse in a terminal', () => {
  for (const [columns, rows, lang] of [[60, 20, 'en'], [70, 20, 'ko'], [80, 24, 'en'], [100, 30, 'ko']] as const) {
    it(`draws whole panes at ${columns}×${rows} (--lang ${lang}), Hangul and cut names included, with the quit and help keys in the footer`, async () => {
      const words = tuiWords(lang);
      const pty = new PtySession({ columns, rows, args: ['browse', '--lang', lang], env: { DREF_DB: db } });
      await pty.waitFor('the search box', (s) => s.includes(words.searchBox));
      expect(footer(pty).startsWith(words.searchFooter), footer(pty)).toBe(true);
      pty.send('restart');
      await pty.waitFor('the results', (s) => s.includes('--restart  run') && words.found.test(s));
      expectBordersInPlace(pty, 'English results');
      // Options read by their flag first, so cut names still differ.
      const names = pty.lines().map((line) => /^│(?:opt) (.*?)│/.exec(line)?.[1]?.trim()).filter(Boolean);
      expect(new Set(names).size, pty.screen()).toBe(names.length);
      pty.send('\r');
      await pty.waitFor('the detail', () => footer(pty).startsWith(words.detailFooter));
      expectBordersInPlace(pty, 'the detail');
      expect(footer(pty).startsWith(words.keysFooter), footer(pty)).toBe(true);
      // Korean: in Korean, a Korean query; in English, HEALTHCHECK, whose notes' lines are Korean.
      const query = lang === 'ko' ? '재시작 정책' : 'healthcheck';
      pty.send(`/${'\x7f'.repeat(7)}${query}`);
      await pty.waitFor('the second results', (s) => s.includes(`/ ${query} `) && words.found.test(s));
      pty.send('\r');
      await pty.waitFor('the detail', () => footer(pty).startsWith(words.detailFooter));
      // Page down through the entry until its notes' (Korean) lines are in view.
      const hangulBelowTheQuery = (screen: string) => /[가-힣]/.test(screen.split('\n').slice(3).join(''));
      for (let page = 0; page < 40 && !hangulBelowTheQuery(pty.screen()); page++) {
        const before = pty.screen();
        pty.send('\x1b[6~');
        await pty.waitFor('the next page', (screen) => screen !== before || hangulBelowTheQuery(screen));
      }
      expect(hangulBelowTheQuery(pty.screen()), pty.screen()).toBe(true);
      expectBordersInPlace(pty, 'Korean lines');
      pty.send(`${ESC}`);
      await pty.waitFor('the keys mode', () => footer(pty).startsWith(words.keysFooter));
      pty.send('q');
      expect(await pty.exit()).toBe(0);
    }, 120_000);
  }

  it('restores the shell\'s screen and scrollback on exit, leaving no frame behind', async () => {
    const before = 'for i in $(seq 1 40); do echo "shell line $i"; done;';
    const pty = new PtySession({ columns: 80, rows: 24, env: { DREF_DB: db }, before });
    await pty.waitFor('the search box', (s) => s.includes('type to search'));
    expect(pty.terminal.buffer.active.type).toBe('alternate');
    pty.send('healthcheck');
    await pty.waitFor('the results', (s) => s.includes('HEALTHCHECK'));
    pty.send(`${ESC}`);
    await pty.waitFor('the keys mode', () => footer(pty).startsWith('q quit'));
    pty.send('q');
    expect(await pty.exit()).toBe(0);
    const buffer = pty.terminal.buffer.active;
    expect(buffer.type).toBe('normal');
    const all = Array.from({ length: buffer.length }, (_, y) => buffer.getLine(y)?.translateToString(true) ?? '');
    expect(all.filter((line) => /^shell line \d+$/.test(line))).toEqual(Array.from({ length: 40 }, (_, i) => `shell line ${i + 1}`));
    expect(all.join('\n')).not.toMatch(/[│┌└╭╰]|HEALTHCHECK|type to search/);
  }, 90_000);

  it('rewrites only what changed on a key press: no clearing of the screen or the scrollback', async () => {
    const pty = new PtySession({ columns: 80, rows: 24, env: { DREF_DB: db } });
    await pty.waitFor('the search box', (s) => s.includes('type to search'));
    pty.send('restart');
    // The results, and the first one's detail beside them (it is read after the list).
    await pty.waitFor('the results', (s) => s.includes('--restart  run') && /\[(?:command|option|instruction|concept|comparison|recipe)\]/.test(s));
    const start = pty.output.length;
    const before = pty.screen();
    pty.send(DOWN);
    // The detail pane now shows the second result, whatever it is.
    await pty.waitFor('the second result selected', (s) => s !== before);
    const frame = pty.output.slice(start);
    expect(pty.output).not.toContain('\x1b[2J');
    expect(pty.output).not.toContain('\x1b[3J');
    // Moving the selection changes the detail pane's rows and the two rows whose highlight moves (their text may stay
    // the same; the detail may come in a frame of its own): only those rows are written, never the whole screen.
    const [was, now] = [before.split('\n'), pty.screen().split('\n')];
    const changed = now.filter((line, i) => line !== was[i]).length;
    const written = new Set([...frame.matchAll(/\x1b\[(\d+);1H/g)].map((m) => m[1]));
    expect(written.size, JSON.stringify(frame)).toBeLessThanOrEqual(changed + 2);
    expect(written.size, JSON.stringify(frame)).toBeLessThan(24);
    pty.send('\x03');
    expect(await pty.exit()).toBe(0);
  }, 90_000);

  it('loses no key: 200 letters, then 200 Backspaces, as fast as the terminal takes them', async () => {
    const pty = new PtySession({ columns: 80, rows: 24, env: { DREF_DB: db } });
    await pty.waitFor('the search box', (s) => s.includes('type to search'));
    const letters = 'abcdefghij'.repeat(20);
    for (const letter of letters) pty.send(letter);
    // The query's end, where the typing is: 64 letters fit beside "0 found" at 80 columns.
    await pty.waitFor('the end of the 200 letters', (s) => s.includes(`/ …${letters.slice(-64)}  0 found`));
    for (let i = 0; i < 150; i++) pty.send('\x7f');
    // 50 letters left: the whole query is on screen again, exactly.
    await pty.waitFor('the first 50 letters', (s) => new RegExp(`/ ${letters.slice(0, 50)}  +0 found`).test(s));
    for (let i = 0; i < 50; i++) pty.send('\x7f');
    await pty.waitFor('an empty query', (s) => s.includes('type to search'));
    pty.send('\x03');
    expect(await pty.exit()).toBe(0);
  }, 90_000);

  it('works with CI set in the environment: it draws, and it takes keys', async () => {
    const pty = new PtySession({ columns: 80, rows: 24, env: { DREF_DB: db, CI: 'true' } });
    await pty.waitFor('the search box', (s) => s.includes('type to search'));
    pty.send('healthcheck');
    await pty.waitFor('the results', (s) => s.includes('HEALTHCHECK'));
    pty.send('\x03');
    expect(await pty.exit()).toBe(0);
  }, 90_000);

  it('types ?, q, g and e into the query; Esc then ? opens the help, which names the scheme', async () => {
    const pty = new PtySession({ columns: 60, rows: 20, env: { DREF_DB: db } });
    await pty.waitFor('the search box', (s) => s.includes('type to search'));
    pty.send('?qge');
    await pty.waitFor('the letters in the query', (s) => s.includes('/ ?qge'));
    pty.send('\x15');
    await pty.waitFor('an empty query', (s) => s.includes('type to search'));
    pty.send(ESC);
    await pty.waitFor('the keys mode', () => footer(pty).startsWith('q quit · ? help'));
    pty.send('?');
    await pty.waitFor('the help', (s) => s.includes('dref — keys'));
    expect(pty.screen()).toContain('^G  ^E');
    expect(pty.screen()).toContain('keys mode');
    pty.send(ESC);
    await pty.waitFor('the help closed', (s) => !s.includes('dref — keys'));
    pty.send('q');
    expect(await pty.exit()).toBe(0);
  }, 90_000);

  it('opens the generator empty each time, and keeps the space after docker', async () => {
    const pty = new PtySession({ columns: 70, rows: 20, env: { DREF_DB: db } });
    await pty.waitFor('the search box', (s) => s.includes('type to search'));
    pty.send('\x07');
    await pty.waitFor('the generator', (s) => s.includes('Generate a command line'));
    pty.send('run -d -p 8080:80 --restart always --memory 512m --name web nginx:1.27');
    await pty.waitFor('the preview', (s) => s.includes('docker run --detach') || s.includes('docker run -d'));
    pty.send(ESC);
    await pty.waitFor('the generator closed', (s) => !s.includes('Generate a command line'));
    pty.send('\x07');
    await pty.waitFor('the generator again', (s) => s.includes('Generate a command line'));
    const inputLine = () => pty.lines().find((line) => line.startsWith('│ docker')) ?? '';
    expect(inputLine()).toMatch(/^│ docker +│$/);
    pty.send('run');
    await pty.waitFor('the new text', () => /^│ docker run +│$/.test(inputLine()));
    pty.send('\x03');
    expect(await pty.exit()).toBe(0);
  }, 90_000);

  it('keeps the explainer\'s columns apart when a token is cut, at 60 columns', async () => {
    const pty = new PtySession({ columns: 60, rows: 20, env: { DREF_DB: db } });
    await pty.waitFor('the search box', (s) => s.includes('type to search'));
    pty.send('\x05');
    await pty.waitFor('the explainer', (s) => s.includes('Explain a command line'));
    pty.send('run -e POSTGRES_PASSWORD=secretsecretsecret postgres:16');
    await pty.waitFor('the tokens', (s) => s.includes('POSTGRES_PASS'));
    const row = pty.lines().find((line) => line.includes('POSTGRES_PASS'))!;
    expect(row).toMatch(/POSTGRES_PASS\S*… +\S/);
    expect(row).not.toMatch(/…option|…flag/);
    expect(row.trimEnd()).toMatch(/│$/);
    pty.send('\x03');
    expect(await pty.exit()).toBe(0);
  }, 90_000);

  it('copies an example of the entry, not its name, with Ctrl-Y', async () => {
    const pty = new PtySession({ columns: 80, rows: 24, env: { DREF_DB: db } });
    await pty.waitFor('the search box', (s) => s.includes('type to search'));
    pty.send('run --restart');
    await pty.waitFor('the results', (s) => s.includes('--restart  run'));
    await pty.waitFor('its detail', (s) => s.includes('[option]'));
    pty.send('\x19');
    await pty.waitFor('the copy', () => /\x1b\]52;c;[A-Za-z0-9+/=]+\x07/.test(pty.output));
    const copied = Buffer.from(/\x1b\]52;c;([A-Za-z0-9+/=]+)\x07/.exec(pty.output)![1]!, 'base64').toString();
    expect(copied).toMatch(/^docker run .*--restart/);
    expect(copied).not.toBe('docker run --restart');
    pty.send('\x03');
    expect(await pty.exit()).toBe(0);
  }, 90_000);

  it('redraws at the new size when the terminal is resized, wider and then narrower', async () => {
    // dref runs in the background of the pty's shell (its input still the terminal). For each step
    // the shell waits for the test's go-ahead (a file), writes a marker (an OSC sequence terminals
    // ignore) into the output, then resizes the terminal, which sends dref SIGWINCH. The test gives
    // the go-ahead only once dref has drawn what the last step asked for and gone quiet, so the
    // marker splits the output where the terminal changed size.
    const dir = mkdtempSync(join(tmpdir(), 'dref-pty-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const marker = (cols: number) => `\x1b]9999;dref-test-resize=${cols}\x07`;
    const waitGo = (n: number) => `while [ ! -e '${dir}/go-${n}' ]; do sleep 0.05; done`;
    const step = (n: number, cols: number, rows: number) => `${waitGo(n)}; printf '\\033]9999;dref-test-resize=%s\\007' ${cols}; stty cols ${cols} rows ${rows} < /dev/tty; kill -WINCH $pid`;
    const command = `stty cols 80 rows 24; ${process.execPath} ${CLI} < /dev/tty & pid=$!; ${step(1, 120, 30)}; ${step(2, 60, 20)}; ${waitGo(3)}; kill $pid; wait $pid`;
    const { CI: _ci, CONTINUOUS_INTEGRATION: _ci2, ...env } = process.env;
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      env: { ...env, DREF_DB: db, TERM: 'xterm-256color', LANG: 'C.UTF-8', NO_COLOR: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    onTestFinished(() => { if (child.exitCode === null) child.kill('SIGKILL'); });
    let screen = '';
    // Decoded as one stream: a box-drawing character split between two chunks stays whole.
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => { screen += chunk; });
    const closed = new Promise((resolve) => child.once('close', resolve));
    /** Waits until `done` holds for the output, then until no output has come for 400 ms. */
    const settle = async (what: string, done: (output: string) => boolean) => {
      const end = Date.now() + 15_000;
      while (!done(screen)) {
        if (Date.now() > end) throw new Error(`${what} never came; the output ends with:\n${strip(screen).slice(-2000)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      for (let length = -1; length !== screen.length;) {
        length = screen.length;
        await new Promise((resolve) => setTimeout(resolve, 400));
      }
    };
    const go = (n: number) => writeFileSync(join(dir, `go-${n}`), '');
    await settle('the search box', (out) => strip(out).includes('type to search'));
    child.stdin.write('healthcheck');
    await settle('the results', (out) => strip(out).includes('HEALTHCHECK'));
    go(1);
    await settle('a frame 120 columns wide', (out) => (out.split(marker(120))[1] ?? '').includes(`┌${'─'.repeat(60)}`));
    go(2);
    await settle('a frame after narrowing', (out) => (out.split(marker(60))[1] ?? '').includes('\x1b[?2026l'));
    go(3);
    await closed;
    // What a person would see: the bytes replayed into a terminal emulator resized where the pty was.
    // Up to where dref leaves the alternate screen (it was killed): the last frame, not the shell's screen.
    const [before, wide, narrow] = [screen.split(marker(120))[0]!, screen.split(marker(120))[1]?.split(marker(60))[0] ?? '', (screen.split(marker(60))[1] ?? '').split('\x1b[?1049l')[0]!];
    const terminal = new Terminal({ cols: 80, rows: 24, allowProposedApi: true, scrollback: 0 });
    const write = (data: string) => new Promise<void>((resolve) => terminal.write(data, resolve));
    const visible = () => {
      const buffer = terminal.buffer.active;
      return Array.from({ length: terminal.rows }, (_, y) => buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
    };
    /** Widths of the rows that are a whole row of pane borders (the two panes side by side). */
    const borderRows = (rows: string[]) => rows.map((line) => line.trim()).filter((line) => /^[┌└][─┐┘┌└]+[┐┘]$/.test(line)).map((line) => [...line].length);
    await write(before);
    expect(borderRows(visible()), `in 80 columns:\n${visible().join('\n')}`).toEqual([80, 80]);
    terminal.resize(120, 30);
    await write(wide);
    expect(borderRows(visible()), `after widening:\n${visible().join('\n')}`).toEqual([120, 120]);
    terminal.resize(60, 20);
    await write(narrow);
    const last = visible();
    expect(borderRows(last), `after narrowing:\n${last.join('\n')}`).toEqual([60, 60]);
    // Each pane's rows are whole: a line drawn wider than the terminal would have wrapped and broken them.
    const paneRows = last.filter((line) => line.startsWith('│') || line.startsWith('┌') || line.startsWith('└'));
    expect(paneRows.length, `after narrowing:\n${last.join('\n')}`).toBeGreaterThan(10);
    for (const line of paneRows) expect(line.trimEnd().endsWith('│') || line.trimEnd().endsWith('┐') || line.trimEnd().endsWith('┘'), `a torn row after narrowing: "${line}"\n${last.join('\n')}`).toBe(true);
    expect(last.join('\n')).toContain('HEALTHCHECK');
  }, 90_000);
});
