/** `dref compare A B`: two entries side by side, with the catalog's comparison when it has one. */
import { DrefError } from '../../server/errors.js';
import { READ_OPTIONS, READ_OPTIONS_HELP, printJson, withClient } from '../client.js';
import { COMPARE } from '../operations/documents.js';
import { parseCliArgs } from '../parse-cli-args.js';

export const COMPARE_HELP = `Usage: dref compare A B [--json] [--lang ko|en]

Puts two entries side by side: ADD and COPY, CMD and ENTRYPOINT, ARG and ENV, save and export…
When the catalog compares them, prints its table.
${READ_OPTIONS_HELP}

Examples:
  dref compare ADD COPY
  dref compare save export --lang ko`;

interface Side { name: string; kind: string; title: string; summary: string }
interface CompareData { compare: { a: Side; b: Side; comparison: { name: string; title: string; summary: string; subjects: string[]; rows: { aspect: string; cells: string[] }[] } | null } }

export async function compareCommand(args: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCliArgs('compare', args, READ_OPTIONS);
  if (values.help) { out.write(`${COMPARE_HELP}\n`); return 0; }
  if (positionals.length !== 2) throw new DrefError('USAGE', `compare takes two names, not ${positionals.length}`, 'quote names with spaces: dref compare "docker save" "docker export"');
  return withClient(values, async ({ transport, style, json }) => {
    const { compare } = await transport.execute<CompareData>(COMPARE, { a: positionals[0], b: positionals[1] });
    if (json) { printJson(out, compare); return 0; }
    const lines = [`${style.bold(compare.a.name)}  ${compare.a.summary}`, `${style.bold(compare.b.name)}  ${compare.b.summary}`, ''];
    const c = compare.comparison;
    if (c) {
      lines.push(style.bold(c.title), c.summary, '');
      for (const row of c.rows) {
        lines.push(style.bold(row.aspect));
        row.cells.forEach((cell, i) => lines.push(`  ${style.cyan((c.subjects[i] ?? '').padEnd(18))} ${cell}`));
      }
    } else {
      lines.push(style.dim('The catalog draws no comparison between these two; see `dref show` for each.'));
    }
    out.write(`${lines.join('\n')}\n`);
    return 0;
  });
}
