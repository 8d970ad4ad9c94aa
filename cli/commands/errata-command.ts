/** `dref errata [--severity error|warning]`: what the ingest found wrong in the notes, with corrections. */
import { DrefError } from '../../server/errors.js';
import { READ_OPTIONS, parseLang, printJson, withClient } from '../client.js';
import { cliLabel, cliMessage } from '../messages/cli-messages.js';
import { HELP_TEXTS } from '../messages/help-texts.js';
import { ERRATA } from '../operations/documents.js';
import { parseCliArgs } from '../parse-cli-args.js';

export const ERRATA_HELP = HELP_TEXTS.errata.en;

interface ErratumView { file: string; line: number; column: number; rule: string; severity: string; message: string; suggestion: string; excerpt: string; entry: { name: string } | null }

export async function errataCommand(args: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCliArgs('errata', args, { ...READ_OPTIONS, severity: { type: 'string' } });
  const lang = parseLang(values.lang);
  if (values.help) { out.write(`${HELP_TEXTS.errata[lang]}\n`); return 0; }
  if (values.severity !== undefined && values.severity !== 'error' && values.severity !== 'warning') throw new DrefError('USAGE', cliMessage(lang, 'errata.badSeverity', { value: values.severity }));
  return withClient(values, async ({ transport, style, json }) => {
    const { errata } = await transport.execute<{ errata: ErratumView[] }>(ERRATA, values.severity ? { severity: values.severity.toUpperCase() } : {});
    const list = errata.map((e) => ({ ...e, severity: e.severity.toLowerCase(), entry: e.entry?.name ?? null }));
    if (json) { printJson(out, { errata: list }); return list.length ? 0 : 1; }
    out.write(list.map((e) => `${style.dim(`${e.file}:${e.line}:${e.column}`)} ${(e.severity === 'error' ? style.red : style.yellow)(cliLabel(lang, 'severity', e.severity))}: ${e.message}\n  ${e.excerpt}\n  ${style.green(`→ ${e.suggestion}`)}\n`).join('\n'));
    out.write(`\n${cliMessage(lang, 'errata.count', { count: list.length })}\n`);
    return list.length ? 0 : 1;
  });
}
