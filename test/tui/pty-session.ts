/**
 * The real `dref` binary in a pseudo-terminal (util-linux `script` gives it one), its output
 * replayed as it comes into a headless xterm.js of the same size: the screen a person would see,
 * cell by cell (a Hangul syllable takes two cells, as in their terminal). Waits are for what the
 * screen shows, never for a time.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { Terminal } from '@xterm/headless';
import { expect, onTestFinished } from 'vitest';
import { CLI } from '../helpers/run-cli.js';

export interface PtyOptions {
  readonly columns: number;
  readonly rows: number;
  readonly args?: readonly string[];
  readonly env?: Record<string, string>;
  /** Shell commands run in the terminal before dref starts (to leave something in its scrollback). */
  readonly before?: string;
}

export class PtySession {
  readonly terminal: Terminal;
  /** Everything dref wrote, escape sequences and all. */
  output = '';
  private readonly child: ChildProcessWithoutNullStreams;
  private written: Promise<void> = Promise.resolve();
  readonly exited: Promise<number | null>;

  constructor(readonly options: PtyOptions) {
    const { columns, rows } = options;
    this.terminal = new Terminal({ cols: columns, rows, allowProposedApi: true, scrollback: 1000 });
    const command = `stty cols ${columns} rows ${rows}; ${options.before ?? ''} exec ${process.execPath} ${CLI} ${(options.args ?? []).join(' ')}`;
    // Ink draws only the last frame when CI is set; a test that wants CI passes it in `env`.
    const { CI: _ci, CONTINUOUS_INTEGRATION: _ci2, ...env } = process.env;
    this.child = spawn('script', ['-qfec', command, '/dev/null'], {
      env: { ...env, TERM: 'xterm-256color', LANG: 'C.UTF-8', NO_COLOR: '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    // Decoded as one stream: a character split between two chunks stays whole.
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => {
      this.output += chunk;
      this.written = this.written.then(() => new Promise<void>((resolve) => this.terminal.write(chunk, resolve)));
    });
    this.exited = new Promise((resolve) => this.child.once('close', (code) => resolve(code)));
    onTestFinished(() => { if (this.child.exitCode === null) this.child.kill('SIGKILL'); });
  }

  /** Types into the terminal. */
  send(keys: string): void {
    this.child.stdin.write(keys);
  }

  /** The visible rows, as text (a wide character once). */
  lines(): string[] {
    const buffer = this.terminal.buffer.active;
    return Array.from({ length: this.terminal.rows }, (_, y) => buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
  }

  /** The character in a cell ('' for the right half of a wide character). */
  cell(x: number, y: number): string {
    const buffer = this.terminal.buffer.active;
    return buffer.getLine(buffer.viewportY + y)?.getCell(x)?.getChars() ?? '';
  }

  screen(): string {
    return this.lines().join('\n');
  }

  /** Waits until the screen satisfies `check`; fails with the screen when it never does. */
  async waitFor(what: string, check: (screen: string) => boolean = (screen) => screen.includes(what)): Promise<void> {
    // Generous: on a loaded machine a frame can take seconds; only a screen that never comes fails.
    const end = Date.now() + 45_000;
    for (;;) {
      await this.written;
      const screen = this.screen();
      if (check(screen)) {
        // A frame can reach the terminal in pieces when the machine is busy: the screen counts once it has stayed
        // the same for a moment, so what is asserted next is a whole frame, not half of one.
        await new Promise((resolve) => setTimeout(resolve, 80));
        await this.written;
        if (this.screen() === screen) return;
        continue;
      }
      if (Date.now() > end) throw new Error(`${what}: never on the screen, which shows:\n${this.screen()}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Waits for dref to exit, and for its last bytes to reach the terminal. */
  async exit(): Promise<number | null> {
    const code = await this.exited;
    await this.written;
    return code;
  }
}

/** The size of the TUI's panes at a width (cli/tui/tui-layout.ts), as the tests expect them. */
export function listWidthAt(columns: number): number {
  return Math.min(40, Math.max(24, Math.floor(columns * 0.38)));
}

/** Every pane row's borders where the layout puts them: the left pane's at 0 and width-1, the right's at width and the last column. */
export function expectBordersInPlace(pty: PtySession, what: string): void {
  const { columns } = pty.options;
  const list = listWidthAt(columns);
  // Below the search box (rows 0–2), above the footer.
  const rows = pty.lines().map((_, y) => y).filter((y) => y >= 3 && y < pty.options.rows - 1 && /^[│┌└]/.test(pty.cell(0, y)));
  expect(rows.length, `${what}: no pane rows\n${pty.screen()}`).toBeGreaterThan(pty.options.rows - 8);
  for (const y of rows) {
    const cells = [0, list - 1, list, columns - 1].map((x) => pty.cell(x, y)).join('');
    expect(cells, `${what}: row ${y} is torn: "${pty.lines()[y]}"\n${pty.screen()}`).toMatch(/^[│┌└][│┐┘][│┌└][│┐┘]$/);
  }
}
