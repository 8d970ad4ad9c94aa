/** An entry as terminal text: header, summary, body, options or forms, note lines with errata beside them, examples, related. */
import type { Lang } from '../../server/search/search-entries.js';
import { cliLabel, cliMessage, type CliMessageId } from '../messages/cli-messages.js';
import type { Style } from './style.js';

export interface EntryView {
  id: string; kind: string; name: string; title: string; summary: string; body: string; keywords: string[]; aliases: string[];
  notes: { startLine: number; endLine: number; role: string; text: string; section: { path: string; title: string; file: string }; errata: { line: number; column: number; severity: string; message: string; suggestion: string }[] }[];
  examples: { text: string; kind: string; source: string; valid: boolean; startLine: number | null }[];
  related: { id: string; kind: string; name: string; title: string }[];
  usage?: string;
  options?: { name: string; long: string; short: string | null; valueType: string; default: string | null; values: string[] | null; summary: string }[];
  long?: string; short?: string | null; valueType?: string; default?: string | null; values?: string[] | null; command?: { name: string };
  forms?: { name: string; syntax: string; summary: string }[];
  flags?: { name: string; value: string; default: string | null; summary: string }[];
  deprecation?: { since: string; replacement: string } | null;
  subjects?: string[]; rows?: { aspect: string; cells: string[] }[];
  placeholders?: { name: string; type: string; default: string | null; summary: string }[];
  steps?: { summary: string; command: string }[];
}

/** The entry as text, its headings in `lang` (the entry's own words come in the language asked for). */
export function renderEntry(e: EntryView, s: Style, lang: Lang = 'en'): string {
  const t = (id: CliMessageId, params?: Record<string, string | number>) => cliMessage(lang, id, params);
  const out: string[] = [];
  out.push(`${s.bold(e.name)}  ${s.dim(`[${cliLabel(lang, 'kind', e.kind)}]`)}${e.title !== e.name ? `  ${e.title}` : ''}`);
  out.push(e.summary, '');
  // A command's usage line ends its body.
  if (e.long) {
    // The body ends with the accepted values and the default.
    out.push(`${s.bold(t('show.flag'))} ${e.short ? `${e.short}, ` : ''}${e.long} · ${e.valueType === 'bool' ? t('show.switch') : e.valueType!}${e.command ? ` · ${t('show.of', { command: e.command.name })}` : ''}`, '');
  }
  if (e.deprecation) out.push(s.yellow(t('show.deprecated', { since: e.deprecation.since, replacement: e.deprecation.replacement })), '');
  const body = bodyWithoutListedFacts(e);
  if (body) out.push(body, '');
  if (e.forms?.length) out.push(s.bold(t('show.forms')), ...e.forms.map((f) => `  ${s.cyan(f.syntax)}\n    ${f.summary}`), '');
  if (e.flags?.length) out.push(s.bold(t('show.flags')), ...e.flags.map((f) => `  ${s.cyan(`${f.name}=${f.value}`)}${f.default ? s.dim(` (${t('show.default', { value: f.default })})`) : ''}  ${f.summary}`), '');
  if (e.rows?.length && e.subjects) {
    out.push(s.bold(t('show.compared', { subjects: e.subjects.join(' · ') })));
    for (const r of e.rows) out.push(`  ${s.bold(r.aspect)}`, ...r.cells.map((c, i) => `    ${s.cyan(e.subjects![i] ?? '')}: ${c}`));
    out.push('');
  }
  if (e.steps?.length) {
    out.push(s.bold(t('show.steps')), ...e.steps.map((st, i) => `  ${i + 1}. ${st.summary}\n     ${s.cyan(st.command)}`));
    if (e.placeholders?.length) out.push(s.dim(`  ${t('show.fillWith', { command: `dref gen --recipe ${e.name.replace(/^recipe:/, '')} ${e.placeholders.map((p) => `${p.name}=${p.default ?? '…'}`).join(' ')}` })}`));
    out.push('');
  }
  if (e.options?.length) {
    out.push(s.bold(t('show.options', { count: e.options.length })));
    for (const o of e.options) out.push(`  ${s.cyan(`${o.short ? `${o.short}, ` : '    '}${o.long}`)}${o.valueType === 'bool' ? '' : s.dim(` ${o.valueType}`)}  ${o.summary}`);
    out.push('');
  }
  const notes = e.notes.filter((n) => n.role !== 'related');
  if (notes.length) {
    out.push(s.bold(t('show.inTheNotes')));
    // Passages overlap (a definition inside its section's passage): each line, and each erratum, is printed once.
    const printed = new Set<string>();
    let shown = 0;
    for (const n of notes) {
      if (shown === 8) break;
      const lines = n.text.split('\n').map((text, i) => ({ text, line: n.startLine + i })).filter(({ line }) => !printed.has(`${n.section.file}:${line}`));
      if (!lines.length) continue;
      shown++;
      out.push(s.dim(`  ${n.section.file}:${lines[0]!.line}-${lines.at(-1)!.line} (${n.section.path} ${n.section.title}, ${cliLabel(lang, 'note', n.role)})`));
      for (const { text, line } of lines) {
        printed.add(`${n.section.file}:${line}`);
        out.push(`  ${s.dim(String(line).padStart(4))} ${text.trim()}`);
        for (const erratum of n.errata.filter((x) => x.line === line)) {
          const severity = erratum.severity.toLowerCase();
          out.push(`       ${(severity === 'error' ? s.red : s.yellow)(`↳ ${cliLabel(lang, 'severity', severity)}: ${erratum.message}`)}`, `         ${s.green(`→ ${erratum.suggestion}`)}`);
        }
      }
    }
    const rest = notes.filter((n) => n.text.split('\n').some((_, i) => !printed.has(`${n.section.file}:${n.startLine + i}`))).length;
    if (rest) out.push(s.dim(`  ${t('show.morePlaces', { count: rest })}`));
    out.push('');
  } else if (e.notes.length) {
    out.push(s.dim(t('show.notNamed', { places: [...new Set(e.notes.map((n) => `${n.section.file}:${n.startLine}`))].slice(0, 3).join(', ') })), '');
  }
  const examples = e.examples.filter((x) => x.valid).slice(0, 5);
  if (examples.length) out.push(s.bold(t('show.examples')), ...examples.map((x) => `  ${s.cyan(x.text.split('\n').join('\n  '))}${x.source === 'notes' && x.startLine ? s.dim(`  (${t('show.notesLine', { line: x.startLine })})`) : ''}`), '');
  if (e.related.length) out.push(`${s.bold(t('show.related'))} ${e.related.slice(0, 10).map((r) => r.name).join(', ')}`, '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/**
 * The body without the paragraphs that only repeat a form (`SYNTAX — summary`) or a flag
 * (`--name=value: summary`) listed under Forms: and Flags:, so each fact is printed once.
 */
function bodyWithoutListedFacts(e: EntryView): string {
  const listed = [...(e.forms ?? []).map((f) => f.syntax), ...(e.flags ?? []).map((f) => `${f.name}=${f.value}`)];
  if (!listed.length) return e.body.trim();
  return e.body.trim().split(/\n{2,}/).filter((paragraph) => !listed.some((fact) => paragraph.startsWith(`${fact} — `) || paragraph.startsWith(`${fact}: `))).join('\n\n');
}
