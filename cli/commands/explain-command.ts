/** `dref explain '<command line>'` and `dref explain --dockerfile '<instruction>'`. */
import { readFileSync } from 'node:fs';
import { DrefError } from '../../server/errors.js';
import { READ_OPTIONS, parseLang, printJson, withClient } from '../client.js';
import { cliLabel, cliMessage } from '../messages/cli-messages.js';
import { HELP_TEXTS } from '../messages/help-texts.js';
import type { Lang } from '../../server/search/search-entries.js';
import { EXPLAIN, EXPLAIN_DOCKERFILE } from '../operations/documents.js';
import { parseCliArgs } from '../parse-cli-args.js';
import { displayWidth, padToWidth } from '../render/display-width.js';
import { isValueRole, tokenLabel } from '../render/explain-token.js';
import type { Style } from '../render/style.js';

export const EXPLAIN_HELP = HELP_TEXTS.explain.en;

interface Token { text: string; start: number; end: number; role: string; meaning?: string | null; entry: { name: string; summary: string } | null }
interface Problem { start: number; end: number; message: string; suggestion: string | null }

export async function explainCommand(args: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCliArgs('explain', args, { ...READ_OPTIONS, dockerfile: { type: 'boolean' } });
  const lang = parseLang(values.lang);
  if (values.help) { out.write(`${HELP_TEXTS.explain[lang]}\n`); return 0; }
  const line = positionals.length === 1 && positionals[0] === '-' ? readStandardInput(lang) : positionals.join(' ');
  if (!line.trim()) throw new DrefError('USAGE', cliMessage(lang, 'explain.needsLine'), cliMessage(lang, 'explain.needsLineHint'));
  return withClient(values, async ({ transport, style, json }) => {
    const result: { instruction?: string | null; form?: string | null; tokens: Token[]; problems: Problem[] } = values.dockerfile
      ? (await transport.execute<{ explainDockerfileLine: { instruction: string | null; form: string | null; tokens: Token[]; problems: Problem[] } }>(EXPLAIN_DOCKERFILE, { line })).explainDockerfileLine
      : (await transport.execute<{ explain: { tokens: Token[]; problems: Problem[] } }>(EXPLAIN, { line })).explain;
    if (json) {
      printJson(out, {
        ...(values.dockerfile ? { instruction: result.instruction ?? null, form: result.form ?? null } : {}),
        tokens: result.tokens.map((t) => ({ text: t.text, start: t.start, end: t.end, role: t.role, entry: t.entry?.name ?? null, meaning: t.meaning ?? null })),
        problems: result.problems,
      });
    } else {
      out.write(renderExplanation(line, result.tokens, result.problems, style, result.form ?? null, lang));
    }
    return result.problems.length ? 1 : 0;
  });
}

/** `dref explain -`: the line (or a script of lines) from standard input, without its last newline. */
function readStandardInput(lang: Lang): string {
  try {
    return readFileSync(0, 'utf8').replace(/\r?\n$/, '');
  } catch (error) {
    throw new DrefError('IO', cliMessage(lang, 'explain.cannotReadInput', { code: String((error as NodeJS.ErrnoException).code) }));
  }
}

/** The line, its tokens in columns (the token, its role, what it does or says), then each problem marked under the line, in `lang`. */
function renderExplanation(line: string, tokens: Token[], problems: Problem[], s: Style, form: string | null, lang: Lang): string {
  const out = [s.bold(line)];
  if (form === 'shell' || form === 'exec' || form === 'plain') out.push(s.dim(cliMessage(lang, `explain.form.${form}`)));
  out.push('');
  const shown = tokens.filter((t) => t.role !== 'operator');
  const width = Math.min(26, Math.max(12, ...shown.map((t) => displayWidth(tokenLabel(t)))));
  const role = (t: Token) => cliLabel(lang, 'role', t.role);
  const roleWidth = Math.max(...shown.map((t) => displayWidth(role(t))));
  shown.forEach((t, i) => {
    const previous = shown[i - 1];
    const repeatsFlag = isValueRole(t.role) && previous && t.meaning === previous.meaning;
    const about = isValueRole(t.role)
      ? (repeatsFlag ? '' : t.meaning ?? '')
      : `${t.meaning ?? t.entry?.summary ?? ''}${t.entry && !t.meaning ? s.dim(`  (${t.entry.name})`) : ''}`;
    const name = tokenLabel(t);
    const rest = `${s.dim(padToWidth(role(t), roleWidth))} ${about}`.trimEnd();
    if (displayWidth(name) > width) out.push(`  ${s.cyan(name)}`, `  ${' '.repeat(width)} ${rest}`);
    else out.push(`  ${s.cyan(padToWidth(name, width))} ${rest}`);
  });
  for (const p of problems) {
    // Of a script of several lines (`dref explain -`), the line the problem is on, marked from its start.
    const index = line.slice(0, p.start).split('\n').length - 1;
    const start = p.start - (line.lastIndexOf('\n', p.start - 1) + 1);
    const text = line.split('\n')[index] ?? '';
    const marks = Math.max(1, Math.min(p.end, p.start + text.length - start) - p.start);
    out.push('', s.red(`  ✗ ${p.message}${index ? ` ${cliMessage(lang, 'explain.onLine', { line: index + 1 })}` : ''}`), `    ${s.dim(text)}`, `    ${' '.repeat(displayWidth(text.slice(0, start)))}${s.red('^'.repeat(marks))}`);
    if (p.suggestion) out.push(`    ${s.green(`→ ${p.suggestion.split('\n')[index] ?? p.suggestion}`)}`);
  }
  return `${out.join('\n')}\n`;
}
