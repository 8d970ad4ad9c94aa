/**
 * Searches the notes' own passages (every paragraph, list item, table and code block of every
 * notes file) by their words, so what only a person's notes say — libcontainer, chroot, a tool or
 * an example name of their own — is found with its file, line and section. Ranked by bm25 over the
 * same index terms as the entries (Korean bigrams, English prefixes).
 */
import type { Statement } from 'better-sqlite3';
import type { KnowledgeBase } from '../database/open-database.js';
import { queryTerms, toMatchExpression, type QueryTerm } from './index-terms.js';
import { markTerms } from './snippets.js';
import { PASSAGE_WEIGHTS } from '../database/search-table.js';
import { DrefError } from '../errors.js';
import { errorMessage } from '../text/error-messages.js';
import type { MessageLang } from '../text/problem-messages.js';
import { MAX_QUERY_LENGTH, SENTENCE_WORDS } from './search-entries.js';

/** The most passages one call returns. */
export const MAX_PASSAGES = 20;

export interface PassageHit {
  /** Ids of the passage and its section in the database. */
  readonly passageId: number;
  readonly sectionId: number;
  /** The notes file, as ingested. */
  readonly file: string;
  readonly startLine: number;
  readonly endLine: number;
  /** The section's number or slug, and its title. */
  readonly section: string;
  readonly sectionTitle: string;
  /** The passage line that holds the first matched word, the words marked «like this». */
  readonly snippet: string;
  /** Line of the snippet. */
  readonly line: number;
  /** Higher is better (bm25, sign flipped). */
  readonly score: number;
}

const statements = new WeakMap<KnowledgeBase, Statement>();

const SQL = `SELECT p.id AS passageId, p.section_id AS sectionId, f.path AS file, p.start_line AS startLine, p.end_line AS endLine, s.path AS section, s.title AS sectionTitle,
    p.text AS text, -bm25(passage_search, ${PASSAGE_WEIGHTS.terms}, ${PASSAGE_WEIGHTS.command}) AS score
  FROM passage_search JOIN passages p ON p.id = passage_search.rowid
  JOIN sections s ON s.id = p.section_id JOIN note_files f ON f.id = s.file_id
  WHERE passage_search MATCH ? ORDER BY bm25(passage_search, ${PASSAGE_WEIGHTS.terms}, ${PASSAGE_WEIGHTS.command}) LIMIT ?`;

/** The passages of the ingested notes that hold the query's words, best first. */
export function searchPassages(kb: KnowledgeBase, query: string, limit = 5, lang: MessageLang = 'en'): PassageHit[] {
  if (query.length > MAX_QUERY_LENGTH) {
    throw new DrefError('BAD_INPUT', errorMessage(lang, 'search.tooLong', { length: query.length, limit: MAX_QUERY_LENGTH }), errorMessage(lang, 'search.tooLongHint'));
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PASSAGES) {
    throw new DrefError('BAD_INPUT', errorMessage(lang, 'search.badCount', { name: 'first', max: MAX_PASSAGES, value: limit }));
  }
  const terms = queryTerms(query);
  if (!terms.length) return [];
  let statement = statements.get(kb);
  if (!statement) statements.set(kb, (statement = kb.sqlite.prepare(SQL)));
  type Row = Omit<PassageHit, 'snippet' | 'line'> & { text: string };
  const rows = statement.all(toMatchExpression(terms, terms.length >= SENTENCE_WORDS ? 'OR' : 'AND'), limit) as Row[];
  // Two words no one passage holds both of (tmpfs in a command, 마운트 in the sentence above): the passages with either.
  if (rows.length < limit && terms.length > 1 && terms.length < SENTENCE_WORDS) {
    const seen = new Set(rows.map((r) => r.passageId));
    for (const row of statement.all(toMatchExpression(terms, 'OR'), limit) as Row[]) if (!seen.has(row.passageId) && rows.length < limit) rows.push(row);
  }
  return rows.map(({ text, ...row }) => ({ ...row, ...snippetOf(text, row.startLine, terms) }));
}

/** The first line of the passage holding a query word, with the words marked. */
function snippetOf(text: string, startLine: number, terms: readonly QueryTerm[]): { snippet: string; line: number } {
  const lines = text.split('\n');
  const words = terms.map((t) => t.text).filter((w) => w.length >= 2 || /\p{Script=Hangul}/u.test(w));
  const pattern = words.length ? new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu') : undefined;
  const index = Math.max(0, pattern ? lines.findIndex((l) => { pattern.lastIndex = 0; return pattern.test(l); }) : 0);
  const line = (lines[index] ?? '').trim();
  const cut = line.length > 160 ? `${line.slice(0, 157)}…` : line;
  return { snippet: markTerms(cut, terms), line: startLine + index };
}
