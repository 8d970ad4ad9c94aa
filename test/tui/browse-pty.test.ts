/**
 * The real `dref` binary in a pseudo-terminal (util-linux `script` gives it one): type a query,
 * open a result, read the screen, quit. Output is read with the escape sequences stripped.
 */
import { spawn } from 'node:child_process';
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
    // dref runs in the background of the pty's shell (its input still the terminal); the shell then
    // resizes the terminal, which sends dref SIGWINCH, and prints a marker into the output after each.
    const step = (cols: number, rows: number) => `sleep 2; stty cols ${cols} rows ${rows} < /dev/tty; kill -WINCH $pid; printf '\\n@@%s@@\\n' ${cols}`;
    const command = `stty cols 80 rows 24; ${process.execPath} ${CLI} < /dev/tty & pid=$!; ${step(120, 30)}; ${step(60, 20)}; sleep 2; kill $pid; wait $pid`;
    const { CI: _ci, CONTINUOUS_INTEGRATION: _ci2, ...env } = process.env;
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      env: { ...env, DREF_DB: db, TERM: 'xterm-256color', LANG: 'C.UTF-8', NO_COLOR: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    onTestFinished(() => { if (child.exitCode === null) child.kill('SIGKILL'); });
    let screen = '';
    child.stdout.on('data', (chunk: Buffer) => { screen += chunk.toString(); });
    setTimeout(() => child.stdin.write('healthcheck'), 1_000);
    await new Promise((resolve) => child.once('exit', resolve));
    // Ink 6 draws each frame as one synchronized update (ESC[?2026h … ESC[?2026l).
    const frames = (part: string) => part.split('\x1b[?2026h').slice(1).map(strip);
    /** Widths of the lines that are a whole row of pane borders (the two panes side by side). */
    const borderRows = (frame: string) => frame.split(/\r?\n|\r/).map((line) => line.trim()).filter((line) => /^[┌└][─┐┘┌└]+[┐┘]$/.test(line)).map((line) => [...line].length);
    const [before, wide, narrow] = [screen.split('@@120@@')[0]!, screen.split('@@120@@')[1]?.split('@@60@@')[0] ?? '', screen.split('@@60@@')[1] ?? ''];
    expect(new Set(frames(before).flatMap(borderRows)), 'in 80 columns').toEqual(new Set([80]));
    expect(borderRows(frames(wide).at(-1) ?? ''), `after widening:\n${strip(wide).slice(-3000)}`).toEqual([120, 120]);
    // Ink clears the screen when the terminal narrows; the frame it leaves there is drawn at 60.
    const last = frames(narrow).at(-1) ?? '';
    expect(borderRows(last), `after narrowing:\n${last}`).toEqual([60, 60]);
    expect(Math.max(...last.split(/\r?\n|\r/).map((line) => [...line].length)), 'no line of the last frame is wider than the terminal').toBeLessThanOrEqual(60);
    expect(last).toContain('HEALTHCHECK');
  }, 30_000);
});
