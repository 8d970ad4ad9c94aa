/** `dref compare A B`: two entries side by side, with the catalog's comparison when it has one. */
import { DrefError, toDrefError } from '../../server/errors.js';
import { READ_OPTIONS, parseLang, printJson, withClient } from '../client.js';
import { cliMessage } from '../messages/cli-messages.js';
import { HELP_TEXTS } from '../messages/help-texts.js';
import type { Lang } from '../../server/search/search-entries.js';
import { COMPARE } from '../operations/documents.js';
import { parseCliArgs } from '../parse-cli-args.js';

export const COMPARE_HELP = HELP_TEXTS.compare.en;

interface Side { name: string; kind: string; title: string; summary: string }
interface CompareData { compare: { a: Side; b: Side; comparison: { name: string; title: string; summary: string; subjects: string[]; rows: { aspect: string; cells: string[] }[] } | null } }

export async function compareCommand(args: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCliArgs('compare', args, READ_OPTIONS);
  const lang = parseLang(values.lang);
  if (values.help) { out.write(`${HELP_TEXTS.compare[lang]}\n`); return 0; }
  if (positionals.length !== 2) throw new DrefError('USAGE', cliMessage(lang, 'compare.twoNames', { count: positionals.length }), cliMessage(lang, 'compare.twoNamesHint'));
  return withClient(values, async ({ transport, style, json }) => {
    const { compare } = await transport.execute<CompareData>(COMPARE, { a: positionals[0], b: positionals[1] }).catch((error: unknown) => { throw notFoundByName(error, positionals, lang); });
    if (json) { printJson(out, { ...compare, a: { ...compare.a, kind: compare.a.kind.toLowerCase() }, b: { ...compare.b, kind: compare.b.kind.toLowerCase() } }); return 0; }
    const lines = [`${style.bold(compare.a.name)}  ${compare.a.summary}`, `${style.bold(compare.b.name)}  ${compare.b.summary}`, ''];
    const c = compare.comparison;
    if (c) {
      lines.push(style.bold(c.title), c.summary, '');
      for (const row of c.rows) {
        lines.push(style.bold(row.aspect));
        row.cells.forEach((cell, i) => lines.push(`  ${style.cyan((c.subjects[i] ?? '').padEnd(18))} ${cell}`));
      }
    } else {
      lines.push(style.dim(cliMessage(lang, 'compare.noComparison')));
    }
    out.write(`${lines.join('\n')}\n`);
    return 0;
  });
}

/** The API's "a: no entry named X" in the CLI's words: which name, and the command that finds it. */
function notFoundByName(error: unknown, names: readonly string[], lang: Lang): unknown {
  const e = toDrefError(error);
  const side = /^(a|b): no entry named/.exec(e.message)?.[1];
  if (e.code !== 'NOT_FOUND' || !side) return error;
  const name = names[side === 'a' ? 0 : 1]!;
  return new DrefError('NOT_FOUND', cliMessage(lang, 'compare.noEntry', { name }), cliMessage(lang, 'compare.noEntryHint', { name }));
}
