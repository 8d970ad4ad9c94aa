/** Finds where a result matched and cuts a short snippet around it, the matched words marked «like this». */
import type { Lang } from './search-entries.js';
import type { EntryRow } from './entry-row.js';
import type { QueryTerm } from './index-terms.js';
import { hasHangul, replaceLetterRuns } from './unicode-classes.js';

export type MatchedField = 'name' | 'keywords' | 'summary' | 'body' | 'notes';

const RADIUS = 60;

function containsTerm(text: string, term: QueryTerm): boolean {
  return text.toLowerCase().includes(term.text);
}

/** Which fields hold at least one of the terms. */
export function matchedFields(row: EntryRow, notes: string, terms: readonly QueryTerm[]): MatchedField[] {
  const fields: [MatchedField, string][] = [
    ['name', `${row.name} ${row.title_ko} ${row.title_en}`],
    ['keywords', `${row.keywords_ko} ${row.keywords_en}`],
    ['summary', `${row.summary_ko} ${row.summary_en}`],
    ['body', `${row.body_ko} ${row.body_en}`],
    ['notes', notes],
  ];
  return fields.filter(([, text]) => terms.some((t) => containsTerm(text, t))).map(([field]) => field);
}

/** A window of the first text (summary, body, notes; the asked language first) that holds a term, with the terms marked. */
export function snippetFor(row: EntryRow, notes: string, terms: readonly QueryTerm[], lang: Lang): string {
  const other: Lang = lang === 'ko' ? 'en' : 'ko';
  const candidates = [row[`summary_${lang}`], row[`body_${lang}`], notes, row[`summary_${other}`], row[`body_${other}`]];
  const text = candidates.find((c) => c && terms.some((t) => containsTerm(c, t))) ?? row[`summary_${lang}`];
  const flat = text.replace(/\s+/g, ' ').trim();
  const lower = flat.toLowerCase();
  const first = Math.min(...terms.map((t) => lower.indexOf(t.text)).filter((i) => i >= 0), flat.length);
  const start = first === flat.length ? 0 : Math.max(0, first - RADIUS);
  const end = Math.min(flat.length, (first === flat.length ? 0 : first) + RADIUS * 2);
  let window = flat.slice(start, end);
  window = markTerms(window, terms);
  return `${start > 0 ? '…' : ''}${window}${end < flat.length ? '…' : ''}`;
}

/**
 * The terms marked «like this»: an English term where it is the word or at least half of it from
 * its start (`restart` in restarts; not «do»cker, not d«i»rector«i»es), a Korean term anywhere in
 * a word (particles and endings follow it).
 */
export function markTerms(text: string, terms: readonly QueryTerm[]): string {
  const english = [...new Set(terms.filter((t) => !t.isKorean && t.text.length >= 2).map((t) => t.text))].sort((a, b) => b.length - a.length);
  const korean = [...new Set(terms.filter((t) => t.isKorean && t.text).map((t) => t.text))].sort((a, b) => b.length - a.length);
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const inKorean = korean.length ? new RegExp(korean.map(escape).join('|'), 'gu') : undefined;
  return replaceLetterRuns(text, (word) => {
    if (hasHangul(word)) return inKorean ? word.replace(inKorean, (m) => `«${m}»`) : word;
    const lower = word.toLowerCase();
    const term = english.find((t) => lower === t || (lower.startsWith(t) && t.length >= 3 && t.length * 2 >= lower.length));
    return term ? `«${word.slice(0, term.length)}»${word.slice(term.length)}` : word;
  });
}
