/**
 * `dref show NAME`: one entry in full — a command, an option (`run --restart`), an instruction, a concept, a recipe.
 * `dref show FILE:LINE` (or `FILE:START-END`): the notes around those lines, with the entries linked to them.
 */
import { DrefError } from '../../server/errors.js';
import { isMalformedLineReference, parseLineReference, type LineReference } from '../../server/knowledge/line-reference.js';
import type { Lang } from '../../server/search/search-entries.js';
import { READ_OPTIONS, parseColor, parseLang, printJson, withClient, type ReadOptions } from '../client.js';
import { cliMessage } from '../messages/cli-messages.js';
import { HELP_TEXTS } from '../messages/help-texts.js';
import { showLineMessage } from '../messages/show-line-messages.js';
import { openNotesReader, usesEndpoint } from '../notes-reader.js';
import { SHOW } from '../operations/documents.js';
import { parseCliArgs, splitKnownOptions } from '../parse-cli-args.js';
import { renderEntry, type EntryView } from '../render/render-entry.js';
import { renderNotesAtLine } from '../render/render-notes-at-line.js';
import { createStyle } from '../render/style.js';

export const SHOW_HELP = HELP_TEXTS.show.en;

/** The files an unknown-file message lists before it stops. */
const FILES_LISTED = 10;

export async function showCommand(args: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { known, rest } = splitKnownOptions(args, READ_OPTIONS);
  const { values, positionals } = parseCliArgs('show', known, READ_OPTIONS);
  positionals.push(...rest);
  const lang = parseLang(values.lang);
  if (values.help) { out.write(`${HELP_TEXTS.show[lang]}\n`); return 0; }
  const name = positionals.join(' ').trim();
  if (!name) throw new DrefError('USAGE', cliMessage(lang, 'show.needsName'), cliMessage(lang, 'show.needsNameHint'));
  // One word that ends in `:LINE` is a place in the notes; no entry's name does.
  const reference = positionals.length === 1 ? parseLineReference(name) : undefined;
  if (reference) return showLines(reference, name, values, lang, out);
  if (positionals.length === 1 && isMalformedLineReference(name)) {
    const file = name.slice(0, name.indexOf(':'));
    throw new DrefError('USAGE', showLineMessage(lang, 'line.noLine', { reference: name }), showLineMessage(lang, 'line.noLineHint', { file }));
  }
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

/** `dref show FILE:LINE`: the lines in context, or a message that names the files or the lines there are. */
async function showLines(ref: LineReference, word: string, values: ReadOptions & { json?: boolean }, lang: Lang, out: NodeJS.WritableStream): Promise<number> {
  if (ref.endLine < ref.startLine) {
    throw new DrefError('USAGE', showLineMessage(lang, 'line.backwards', { reference: word }), showLineMessage(lang, 'line.backwardsHint', { file: ref.file, start: ref.startLine, end: ref.endLine }));
  }
  // A database named on the command line is read even when DREF_ENDPOINT is set.
  if (!values.db && usesEndpoint(values)) throw new DrefError('USAGE', showLineMessage(lang, 'line.endpoint'), showLineMessage(lang, 'line.endpointHint'));
  const style = createStyle(parseColor(values.color));
  const reader = await openNotesReader(values);
  try {
    const found = reader.read({ file: ref.file, startLine: ref.startLine, endLine: ref.endLine, lang, cwd: process.cwd() });
    switch (found.status) {
      case 'noFile': {
        const files = found.files.length > FILES_LISTED ? `${found.files.slice(0, FILES_LISTED).join(', ')}, …` : found.files.join(', ');
        throw new DrefError('NOT_FOUND', showLineMessage(lang, 'line.noFile', { file: ref.file, files: files || '-' }),
          showLineMessage(lang, 'line.noFileHint', { example: `${found.files[0] ?? 'notes.md'}:${ref.startLine}` }));
      }
      case 'ambiguous':
        throw new DrefError('USAGE', showLineMessage(lang, 'line.ambiguous', { file: ref.file, files: found.files.join(', ') }),
          showLineMessage(lang, 'line.ambiguousHint', { example: `${found.files[0]}:${ref.startLine}` }));
      case 'outsideFile':
        throw new DrefError('BAD_INPUT', showLineMessage(lang, 'line.outside', { file: found.file, count: found.lineCount, line: ref.startLine < 1 ? ref.startLine : ref.endLine }),
          showLineMessage(lang, 'line.outsideHint', { file: found.file, count: found.lineCount }));
      case 'found': {
        const { status: _, ...context } = found;
        if (values.json) printJson(out, context);
        else out.write(renderNotesAtLine(context, style, lang));
        return 0;
      }
    }
  } finally {
    reader.close();
  }
}
