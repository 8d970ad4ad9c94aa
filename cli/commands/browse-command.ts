/** `dref browse` (or `dref` alone on a terminal): the Ink terminal UI. */
import { DrefError } from '../../server/errors.js';
import { READ_OPTIONS, createClient } from '../client.js';
import { parseCliArgs } from '../parse-cli-args.js';

export const BROWSE_HELP = `Usage: dref browse [--lang ko|en] [--db PATH] [--endpoint URL]

Opens the terminal UI: type to search, ↑/↓ to move, Enter to open, Esc to go back, Tab between
panes, / to search, c to copy (OSC 52), g for the command generator, ? for help, q to quit.`;

export async function browseCommand(args: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCliArgs('browse', args, READ_OPTIONS);
  if (values.help) { out.write(`${BROWSE_HELP}\n`); return 0; }
  if (!process.stdin.isTTY) throw new DrefError('USAGE', 'browse needs a terminal', 'run it in a terminal, or use `dref search`');
  const client = await createClient(values);
  const [{ render }, { createElement }, { App }] = await Promise.all([import('ink'), import('react'), import('../tui/app.js')]);
  const instance = render(createElement(App, { transport: client.transport, writeRaw: (text: string) => process.stdout.write(text) }), { exitOnCtrlC: true });
  await instance.waitUntilExit();
  client.transport.close();
  // Ink leaves standard input open; let the process end.
  process.stdin.pause();
  process.stdin.unref();
  return 0;
}
