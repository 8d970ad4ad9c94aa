/** An entry as terminal text: header, summary, body, options or forms, note lines with errata beside them, examples, related. */
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

export function renderEntry(e: EntryView, s: Style): string {
  const out: string[] = [];
  out.push(`${s.bold(e.name)}  ${s.dim(`[${e.kind.toLowerCase()}]`)}${e.title !== e.name ? `  ${e.title}` : ''}`);
  out.push(e.summary, '');
  // A command's usage line ends its body.
  if (e.long) {
    // The body ends with the accepted values and the default.
    out.push(`${s.bold('Flag:')} ${e.short ? `${e.short}, ` : ''}${e.long} · ${e.valueType === 'bool' ? 'switch' : e.valueType!}${e.command ? ` · of ${e.command.name}` : ''}`, '');
  }
  if (e.deprecation) out.push(s.yellow(`Deprecated since ${e.deprecation.since}: write ${e.deprecation.replacement}`), '');
  if (e.body.trim()) out.push(e.body.trim(), '');
  if (e.forms?.length) out.push(s.bold('Forms:'), ...e.forms.map((f) => `  ${s.cyan(f.syntax)}\n    ${f.summary}`), '');
  if (e.flags?.length) out.push(s.bold('Flags:'), ...e.flags.map((f) => `  ${s.cyan(`${f.name}=${f.value}`)}${f.default ? s.dim(` (default ${f.default})`) : ''}  ${f.summary}`), '');
  if (e.rows?.length && e.subjects) {
    out.push(s.bold(`Compared: ${e.subjects.join(' · ')}`));
    for (const r of e.rows) out.push(`  ${s.bold(r.aspect)}`, ...r.cells.map((c, i) => `    ${s.cyan(e.subjects![i] ?? '')}: ${c}`));
    out.push('');
  }
  if (e.steps?.length) {
    out.push(s.bold('Steps:'), ...e.steps.map((st, i) => `  ${i + 1}. ${st.summary}\n     ${s.cyan(st.command)}`));
    if (e.placeholders?.length) out.push(s.dim(`  Fill with: dref gen --recipe ${e.name.replace(/^recipe:/, '')} ${e.placeholders.map((p) => `${p.name}=${p.default ?? '…'}`).join(' ')}`));
    out.push('');
  }
  if (e.options?.length) {
    out.push(s.bold(`Options (${e.options.length}):`));
    for (const o of e.options) out.push(`  ${s.cyan(`${o.short ? `${o.short}, ` : '    '}${o.long}`)}${o.valueType === 'bool' ? '' : s.dim(` ${o.valueType}`)}  ${o.summary}`);
    out.push('');
  }
  const notes = e.notes.filter((n) => n.role !== 'related');
  if (notes.length) {
    out.push(s.bold('In the notes:'));
    for (const n of notes.slice(0, 8)) {
      out.push(s.dim(`  ${n.section.file}:${n.startLine}-${n.endLine} (${n.section.path} ${n.section.title}, ${n.role.toLowerCase()})`));
      const lines = n.text.split('\n');
      lines.forEach((text, i) => {
        const line = n.startLine + i;
        out.push(`  ${s.dim(String(line).padStart(4))} ${text.trim()}`);
        for (const erratum of n.errata.filter((x) => x.line === line)) {
          const severity = erratum.severity.toLowerCase();
          out.push(`       ${(severity === 'error' ? s.red : s.yellow)(`↳ ${severity}: ${erratum.message}`)}`, `         ${s.green(`→ ${erratum.suggestion}`)}`);
        }
      });
    }
    if (notes.length > 8) out.push(s.dim(`  … and ${notes.length - 8} more places (--json lists them all)`));
    out.push('');
  } else if (e.notes.length) {
    out.push(s.dim(`The notes do not name it; see ${[...new Set(e.notes.map((n) => `${n.section.file}:${n.startLine}`))].slice(0, 3).join(', ')} for a related passage.`), '');
  }
  const examples = e.examples.filter((x) => x.valid).slice(0, 5);
  if (examples.length) out.push(s.bold('Examples:'), ...examples.map((x) => `  ${s.cyan(x.text.split('\n').join('\n  '))}${x.source === 'notes' && x.startLine ? s.dim(`  (notes line ${x.startLine})`) : ''}`), '');
  if (e.related.length) out.push(`${s.bold('Related:')} ${e.related.slice(0, 10).map((r) => r.name).join(', ')}`, '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
