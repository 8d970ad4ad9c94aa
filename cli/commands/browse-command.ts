/** `dref browse` (or `dref` alone on a terminal): the Ink terminal UI, on the alternate screen. */
import { DrefError } from '../../server/errors.js';
import { READ_OPTIONS, createClient, parseLang } from '../client.js';
import { cliMessage } from '../messages/cli-messages.js';
import { HELP_TEXTS } from '../messages/help-texts.js';
import { openNotesReader, usesEndpoint } from '../notes-reader.js';
import { parseCliArgs } from '../parse-cli-args.js';
import { FrameWriter } from '../tui/frame-writer.js';
import { enterAlternateScreen, loadOutsideCi } from '../tui/terminal-screen.js';

export const BROWSE_HELP = HELP_TEXTS.browse.en;

export async function browseCommand(args: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCliArgs('browse', args, READ_OPTIONS);
  const lang = parseLang(values.lang);
  if (values.help) { out.write(`${HELP_TEXTS.browse[lang]}\n`); return 0; }
  if (!process.stdin.isTTY) throw new DrefError('USAGE', cliMessage(lang, 'browse.needsTerminal'), cliMessage(lang, 'browse.needsTerminalHint'));
  // Keys typed while the database opens and Ink loads wait unechoed (the terminal would print them over the screen).
  process.stdin.setRawMode(true);
  const client = await createClient(values);
  // Passages found by search open in context from the database; a server has no operation for that yet.
  const notes = usesEndpoint(values) ? undefined : await openNotesReader(values);
  const readNotes = notes && ((file: string, line: number) => notes.read({ file, startLine: line, lang: client.lang }));
  const [{ render }, { createElement }, { App }] = await loadOutsideCi(() => Promise.all([import('ink'), import('react'), import('../tui/app.js')]));
  const stdout = process.stdout;
  const screen = enterAlternateScreen((text) => stdout.write(text));
  try {
    // Ink draws to a FrameWriter, which rewrites only the rows that changed.
    const frames = new FrameWriter(stdout) as unknown as NodeJS.WriteStream;
    const instance = render(createElement(App, { transport: client.transport, lang: client.lang, readNotes, writeRaw: (text: string) => stdout.write(text) }), { stdout: frames, exitOnCtrlC: true, patchConsole: false });
    screen.guard(() => instance.unmount());
    await instance.waitUntilExit();
  } finally {
    screen.leave();
    process.stdin.setRawMode(false);
    client.transport.close();
    notes?.close();
  }
  // Ink leaves standard input open; let the process end.
  process.stdin.pause();
  process.stdin.unref();
  return 0;
}
