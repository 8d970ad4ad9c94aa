/** `dref errata [--severity error|warning]`: what the ingest found wrong in the notes, with corrections. */
import { DrefError } from '../../server/errors.js';
import { READ_OPTIONS, READ_OPTIONS_HELP, printJson, withClient } from '../client.js';
import { ERRATA } from '../operations/documents.js';
import { parseCliArgs } from '../parse-cli-args.js';

export const ERRATA_HELP = `Usage: dref errata [--severity error|warning] [--json]

Lists the mistakes found in the ingested notes — broken command lines and Dockerfiles, typos in
variables, wrong statements — each with its file:line and the corrected form.
${READ_OPTIONS_HELP}

Examples:
  dref errata
  dref errata --severity error --json`;

interface ErratumView { file: string; line: number; column: number; rule: string; severity: string; message: string; suggestion: string; excerpt: string; entry: { name: string } | null }

export async function errataCommand(args: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCliArgs('errata', args, { ...READ_OPTIONS, severity: { type: 'string' } });
  if (values.help) { out.write(`${ERRATA_HELP}\n`); return 0; }
  if (values.severity !== undefined && values.severity !== 'error' && values.severity !== 'warning') throw new DrefError('USAGE', `--severity ${values.severity} is not error or warning`);
  return withClient(values, async ({ transport, style, json }) => {
    const { errata } = await transport.execute<{ errata: ErratumView[] }>(ERRATA, values.severity ? { severity: values.severity.toUpperCase() } : {});
    const list = errata.map((e) => ({ ...e, severity: e.severity.toLowerCase(), entry: e.entry?.name ?? null }));
    if (json) { printJson(out, { errata: list }); return list.length ? 0 : 1; }
    out.write(list.map((e) => `${style.dim(`${e.file}:${e.line}:${e.column}`)} ${(e.severity === 'error' ? style.red : style.yellow)(e.severity)}: ${e.message}\n  ${e.excerpt}\n  ${style.green(`→ ${e.suggestion}`)}\n`).join('\n'));
    out.write(`\n${list.length} errata.\n`);
    return list.length ? 0 : 1;
  });
}
