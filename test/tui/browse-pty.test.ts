/**
 * The real `dref` binary in a pseudo-terminal (util-linux `script` gives it one): type a query,
 * open a result, read the screen, quit. Output is read with the escape sequences stripped, or, for
 * resizing, replayed into a headless xterm.js to see the screen a person would see.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Terminal } from '@xterm/headless';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CLI } from '../helpers/run-cli.js';
import { buildTempKnowledgeBase } from '../helpers/temp-database.js';

const kb = buildTempKnowledgeBase();
const db = kb.path;
kb.close();

const strip = (text: string) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\x1b\][^\x07]*\x07/g, '');

describe('dref (no arguments) in a terminal', () => {
  it('opens the TUI in 80×24, searches as you type, opens and scrolls the detail, and quits on q', async () => {
    const command = `stty cols 80 rows 24; exec ${process.execPath} ${CLI}`;
    // Ink draws only the last frame when CI is set, as in a CI log; a person's terminal has no CI.
    const { CI: _ci, CONTINUOUS_INTEGRATION: _ci2, ...env } = process.env;
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      env: { ...env, DREF_DB: db, TERM: 'xterm-256color', LANG: 'C.UTF-8', NO_COLOR: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let screen = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => { screen += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { errors += chunk.toString(); });
    const waitFor = async (text: string) => {
      const end = Date.now() + 15_000;
      while (!strip(screen).includes(text)) {
        if (Date.now() > end) throw new Error(`"${text}" never appeared; the screen shows:\n${strip(screen).slice(-2000)}\nstderr: ${errors}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    onTestFinished(() => { if (child.exitCode === null) child.kill('SIGKILL'); });
    await waitFor('type to search');
    child.stdin.write('healthcheck');
    await waitFor('HEALTHCHECK');
    child.stdin.write('\t');
    await new Promise((resolve) => setTimeout(resolve, 200));
    child.stdin.write('\r');
    await waitFor('HEALTHCHECK  [instruction]');
    // The detail pane is 18 lines tall in 80×24; its forms come into view only by scrolling down.
    child.stdin.write('\x1b[B'.repeat(12));
    await waitFor('Forms:');
    child.stdin.write('q');
    const timeout = new Promise<string>((resolve) => setTimeout(() => resolve(`still running after q:\n${strip(screen).slice(-1500)}`), 8_000));
    const outcome = await Promise.race([exited, timeout]);
    if (typeof outcome === 'string') child.kill('SIGKILL');
    expect(outcome).toBe(0);
  }, 30_000);

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
    const [before, wide, narrow] = [screen.split(marker(120))[0]!, screen.split(marker(120))[1]?.split(marker(60))[0] ?? '', screen.split(marker(60))[1] ?? ''];
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
  }, 30_000);
});
