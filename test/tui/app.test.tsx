/** The Ink app rendered with ink-testing-library over the real in-process transport and a real database. */
import { render } from 'ink-testing-library';
import { afterAll, describe, expect, it } from 'vitest';
import { App } from '../../cli/tui/app.js';
import { inProcessTransport } from '../../cli/transport/in-process-transport.js';
import { buildTempKnowledgeBase } from '../helpers/temp-database.js';
import { until, wait } from '../helpers/until-frame.js';

const kb = buildTempKnowledgeBase();
const transport = inProcessTransport(kb, 'en');
afterAll(() => kb.close());


describe('the TUI', () => {
  it('updates results as you type, opens the detail, and copies with OSC 52', async () => {
    const copied: string[] = [];
    const ui = render(<App transport={transport} writeRaw={(t) => copied.push(t)} />);
    ui.stdin.write('run --restart');
    await until(() => ui.lastFrame()!.includes('docker run --restart'), () => ui.lastFrame());
    ui.stdin.write('\t');
    await wait(50);
    ui.stdin.write('\r');
    await until(() => ui.lastFrame()!.includes('[option]'), () => ui.lastFrame());
    // The notes' lines come below the explanation: scroll down to them.
    for (let i = 0; i < 40 && !ui.lastFrame()!.includes('In the notes:'); i++) { ui.stdin.write('\x1b[B'); await wait(30); }
    await until(() => ui.lastFrame()!.includes('In the notes:'), () => ui.lastFrame());
    for (let i = 0; i < 10 && !ui.lastFrame()!.includes('184'); i++) { ui.stdin.write('\x1b[B'); await wait(30); }
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

  it('explains a line as it is typed: what each value means, and the fix for a mistake', async () => {
    const ui = render(<App transport={transport} writeRaw={() => undefined} />);
    ui.stdin.write('x');
    await wait(50);
    ui.stdin.write('\t');
    await wait(50);
    ui.stdin.write('e');
    await until(() => ui.lastFrame()!.includes('Explain a command line'), () => ui.lastFrame());
    ui.stdin.write('run -p 8080:80 --restart=alwas nginx:1.27');
    await until(() => ui.lastFrame()!.includes('✗'), () => ui.lastFrame());
    const rows = ui.lastFrame()!.split('\n');
    expect(rows.find((r) => /^│ +8080:80 /.test(r))).toMatch(/8080:80 +option value +Port 8080 of the host \(every address\) → container port 80\/tcp/);
    expect(rows.find((r) => /^│ +nginx:1\.27 /.test(r))).toMatch(/nginx:1\.27 +image +Image docker\.io\/library\/nginx/);
    // One row per token, each in the same columns.
    const roles = rows.filter((r) => /^│ +\S+ +(program|command|option value|option|image) /.test(r));
    expect(roles, ui.lastFrame()).toHaveLength(7);
    expect(new Set(roles.map((r) => r.search(/ (program|command|option value|option|image) /))).size).toBe(1);
    // The problem names the value; the corrected line is offered (its words may be cut at the box's edge).
    expect(ui.lastFrame()).toContain('`alwas` is not a value --restart');
    expect(ui.lastFrame()).toContain('→ docker run -p 8080:80 --restart=always nginx:1.27');
    // A line with more tokens than rows: the rest are counted, and ↓ brings them into view.
    ui.stdin.write(' sh -c "a b" x y z w v u t s r q');
    await until(() => ui.lastFrame()!.includes('below'), () => ui.lastFrame());
    expect(ui.lastFrame()).not.toMatch(/│ +q +container command/);
    for (let i = 0; i < 12; i++) { ui.stdin.write('\x1b[B'); await wait(20); }
    await until(() => /│ +q +container command/.test(ui.lastFrame()!), () => ui.lastFrame());
    expect(ui.lastFrame()).toMatch(/↑ \d+ above/);
    ui.unmount();
  });
});
