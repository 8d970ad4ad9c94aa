/**
 * The notes around a line as terminal text (`dref show FILE:LINE`, and a passage in the TUI's detail
 * pane): the place and its headings, the lines with their numbers (the lines asked for marked `>`,
 * the context dim), errata beside their lines, where the passages before and after are, and the
 * entries linked to the lines.
 */
import type { NotesContext, NotesHeading, NotesPassage } from '../../server/knowledge/notes-at-line.js';
import type { Lang } from '../../server/search/search-entries.js';
import { cliLabel, cliMessage } from '../messages/cli-messages.js';
import { showLineMessage } from '../messages/show-line-messages.js';
import type { Style } from './style.js';

/** The entries listed in text, and the related ones named; --json has them all. */
const ENTRIES_SHOWN = 12;
const RELATED_SHOWN = 8;

/** `file:130-133`, or `file:131` for one line. */
export function placeOf(file: string, startLine: number, endLine: number): string {
  return `${file}:${startLine}${endLine !== startLine ? `-${endLine}` : ''}`;
}

/** A heading as the notes number it (`2.3.3 이미지 추출`), or its title alone when its path is a slug. */
function headingText(h: NotesHeading): string {
  return /^\d+(\.\d+)*$/.test(h.path) ? `${h.path} ${h.title}` : h.title;
}

/** The leading blanks every non-blank line shares (the notes indent whole blocks inside fences). */
function commonIndent(lines: readonly string[]): number {
  const widths = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  return widths.length ? Math.min(...widths) : 0;
}

export function renderNotesAtLine(c: NotesContext, s: Style, lang: Lang = 'en'): string {
  const out: string[] = [];
  // The place of the passages that hold the lines; of the lines themselves when none does.
  const span = c.place === 'passage'
    ? { start: Math.min(c.startLine, ...c.passages.map((p) => p.startLine)), end: Math.max(c.endLine, ...c.passages.map((p) => p.endLine)) }
    : { start: c.startLine, end: c.endLine };
  out.push(s.bold(placeOf(c.file, span.start, span.end)));
  out.push(s.dim(c.headings.length ? c.headings.map(headingText).join(' > ') : showLineMessage(lang, 'line.beforeHeadings')));
  if (c.place === 'between') out.push(s.yellow(betweenNote(c, lang)));
  out.push('');

  const indent = commonIndent(c.lines.map((l) => l.text));
  const inPassage = (line: number) => c.passages.some((p) => line >= p.startLine && line <= p.endLine);
  for (const { line, text } of c.lines) {
    const asked = line >= c.startLine && line <= c.endLine;
    const body = text.slice(indent).trimEnd();
    const number = String(line).padStart(5);
    out.push(asked ? `${s.bold('>')}${s.bold(number)}  ${body}` : inPassage(line) ? ` ${s.dim(number)}  ${body}` : s.dim(` ${number}  ${body}`));
    for (const erratum of c.errata.filter((x) => x.line === line)) {
      const severity = erratum.severity.toLowerCase();
      out.push(`        ${(severity === 'error' ? s.red : s.yellow)(`↳ ${cliLabel(lang, 'severity', severity)}: ${erratum.message}`)}`, `          ${s.green(`→ ${erratum.suggestion}`)}`);
    }
  }
  out.push('');
  const around = [
    c.previous ? showLineMessage(lang, 'line.previous', { place: placeOfPassage(c.file, c.previous) }) : '',
    c.next ? showLineMessage(lang, 'line.next', { place: placeOfPassage(c.file, c.next) }) : '',
  ].filter(Boolean);
  if (around.length) out.push(...around.map((a) => s.dim(a)), '');

  // Entries the notes never name (`related`) go on one line, as show's Related: does.
  const linked = c.entries.filter((e) => e.role !== 'related');
  const related = c.entries.filter((e) => e.role === 'related');
  if (linked.length) {
    out.push(s.bold(showLineMessage(lang, 'line.entries')));
    for (const e of linked.slice(0, ENTRIES_SHOWN)) {
      out.push(`  ${s.bold(e.name)}  ${s.dim(`[${cliLabel(lang, 'kind', e.kind)}]`)}  ${e.summary}  ${s.dim(`(${cliLabel(lang, 'note', e.role)} ${e.startLine}${e.endLine !== e.startLine ? `-${e.endLine}` : ''})`)}`);
    }
    if (linked.length > ENTRIES_SHOWN) out.push(s.dim(`  ${showLineMessage(lang, 'line.moreEntries', { count: linked.length - ENTRIES_SHOWN })}`));
  }
  if (related.length) {
    if (linked.length) out.push('');
    out.push(`${s.bold(cliMessage(lang, 'show.related'))} ${related.slice(0, RELATED_SHOWN).map((e) => e.name).join(', ')}${related.length > RELATED_SHOWN ? s.dim(` ${showLineMessage(lang, 'line.moreEntries', { count: related.length - RELATED_SHOWN })}`) : ''}`);
  }
  if (!c.entries.length) out.push(s.dim(showLineMessage(lang, 'line.noEntries')));
  return `${out.join('\n').trimEnd()}\n`;
}

function placeOfPassage(file: string, p: NotesPassage): string {
  return placeOf(file, p.startLine, p.endLine);
}

/** Why no passage holds the lines asked for, and which one is shown instead. */
function betweenNote(c: NotesContext, lang: Lang): string {
  const where = c.endLine === c.startLine ? showLineMessage(lang, 'line.one', { line: c.startLine }) : showLineMessage(lang, 'line.many', { start: c.startLine, end: c.endLine });
  const nearest = c.passages[0];
  if (!nearest) return showLineMessage(lang, 'line.noPassages', { where, file: c.file });
  return showLineMessage(lang, c.isBlank ? 'line.blank' : 'line.between', { where, place: placeOfPassage(c.file, nearest) });
}
