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
});
