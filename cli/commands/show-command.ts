/** `dref show NAME`: one entry in full — a command, an option (`run --restart`), an instruction, a concept, a recipe. */
import { DrefError } from '../../server/errors.js';
import { READ_OPTIONS, parseLang, printJson, withClient } from '../client.js';
import { cliMessage } from '../messages/cli-messages.js';
import { HELP_TEXTS } from '../messages/help-texts.js';
import { SHOW } from '../operations/documents.js';
import { parseCliArgs, splitKnownOptions } from '../parse-cli-args.js';
import { renderEntry, type EntryView } from '../render/render-entry.js';

export const SHOW_HELP = HELP_TEXTS.show.en;

export async function showCommand(args: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { known, rest } = splitKnownOptions(args, READ_OPTIONS);
  const { values, positionals } = parseCliArgs('show', known, READ_OPTIONS);
  positionals.push(...rest);
  const lang = parseLang(values.lang);
  if (values.help) { out.write(`${HELP_TEXTS.show[lang]}\n`); return 0; }
  const name = positionals.join(' ').trim();
  if (!name) throw new DrefError('USAGE', cliMessage(lang, 'show.needsName'), cliMessage(lang, 'show.needsNameHint'));
  return withClient(values, async ({ transport, style, json }) => {
    const { lookup } = await transport.execute<{ lookup: EntryView | null }>(SHOW, { name });
    if (!lookup) {
      out.write(`${cliMessage(lang, 'show.noEntry', { name })}\n`);
      return 1;
    }
    // Kinds in lower case, as `dref search --json` gives them.
    if (json) printJson(out, { ...lookup, kind: lookup.kind.toLowerCase(), examples: lookup.examples.map((x) => ({ ...x, kind: x.kind.toLowerCase() })), related: lookup.related.map((r) => ({ ...r, kind: r.kind.toLowerCase() })) });
    else out.write(renderEntry(lookup, style, lang));
    return 0;
  });
}
