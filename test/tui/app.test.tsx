/** The Ink app rendered with ink-testing-library over the real in-process transport and a real database. */
import { render } from 'ink-testing-library';
import { afterAll, describe, expect, it } from 'vitest';
import { App } from '../../cli/tui/app.js';
import { inProcessTransport } from '../../cli/transport/in-process-transport.js';
import { buildTempKnowledgeBase } from '../helpers/temp-database.js';

const kb = buildTempKnowledgeBase();
const transport = inProcessTransport(kb, 'en');
afterAll(() => kb.close());

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(check: () => boolean, frame: () => string | undefined, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out; the screen shows:\n${frame()}`);
    await wait(20);
  }
}

describe('the TUI', () => {
  it('updates results as you type, opens the detail, and copies with OSC 52', async () => {
    const copied: string[] = [];
    const ui = render(<App transport={transport} writeRaw={(t) => copied.push(t)} />);
    ui.stdin.write('restart');
    await until(() => ui.lastFrame()!.includes('docker run --restart'), () => ui.lastFrame());
    ui.stdin.write('\t');
    await wait(50);
    ui.stdin.write('\r');
    await until(() => ui.lastFrame()!.includes('In the notes:'), () => ui.lastFrame());
    expect(ui.lastFrame()).toContain('184');
    ui.stdin.write('c');
    await until(() => copied.length > 0, () => ui.lastFrame());
    expect(copied[0]).toMatch(/^\x1b\]52;c;[A-Za-z0-9+/=]+\x07$/);
    expect(Buffer.from(copied[0]!.slice(7, -1), 'base64').toString()).toMatch(/^docker run/);
    ui.unmount();
  });

  it('shows a live, validated preview in the generator form', async () => {
    const ui = render(<App transport={transport} writeRaw={() => undefined} />);
    ui.stdin.write('x');
    await wait(50);
    ui.stdin.write('\t');
    await wait(50);
    ui.stdin.write('g');
    await until(() => ui.lastFrame()!.includes('Generate a command line'), () => ui.lastFrame());
    ui.stdin.write('run --restart sometimes nginx');
    // The message may wrap inside the box: compare the frame's words, not its lines.
    await until(() => ui.lastFrame()!.replace(/[│╭╮╰╯─\n]/g, ' ').replace(/\s+/g, ' ').includes('is not a value --restart accepts'), () => ui.lastFrame());
    ui.unmount();
  });
});
