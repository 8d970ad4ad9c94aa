/** `dref show NAME`: one entry in full — a command, an option (`run --restart`), an instruction, a concept, a recipe. */
import { DrefError } from '../../server/errors.js';
import { READ_OPTIONS, READ_OPTIONS_HELP, printJson, withClient } from '../client.js';
import { SHOW } from '../operations/documents.js';
import { parseCliArgs, splitKnownOptions } from '../parse-cli-args.js';
import { renderEntry, type EntryView } from '../render/render-entry.js';

export const SHOW_HELP = `Usage: dref show NAME… [--json] [--lang ko|en]

Shows one entry: its summary and explanation, options or forms, the notes' own lines with
their line numbers (and the correction beside any mistake), examples and related entries.

NAME is a canonical name or any alias: run, docker image rm, run --restart, run -p,
HEALTHCHECK, concept:dangling-images (or dangling-images), recipe:private-registry.
${READ_OPTIONS_HELP}

Examples:
  dref show run --restart
  dref show healthcheck --lang ko
  dref show --json dangling-images`;

export async function showCommand(args: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { known, rest } = splitKnownOptions(args, READ_OPTIONS);
  const { values, positionals } = parseCliArgs('show', known, READ_OPTIONS);
  positionals.push(...rest);
  if (values.help) { out.write(`${SHOW_HELP}\n`); return 0; }
  const name = positionals.join(' ').trim();
  if (!name) throw new DrefError('USAGE', 'show needs a name', 'try `dref show run --restart`');
  return withClient(values, async ({ transport, style, json }) => {
    const { lookup } = await transport.execute<{ lookup: EntryView | null }>(SHOW, { name });
    if (!lookup) {
      out.write(`No entry named "${name}". Find it with \`dref search ${name}\`.\n`);
      return 1;
    }
    if (json) printJson(out, lookup);
    else out.write(renderEntry(lookup, style));
    return 0;
  });
}
