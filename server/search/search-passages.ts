/**
 * Searches the notes' own passages (every paragraph, list item, table and code block of every
 * notes file) by their words, so what only a person's notes say — libcontainer, chroot, a tool or
 * an example name of their own — is found with its file, line and section. Ranked by bm25 over the
 * same index terms as the entries (Korean bigrams, English prefixes).
 */
import type { Statement } from 'better-sqlite3';
import type { KnowledgeBase } from '../database/open-database.js';
import { queryTerms, toMatchExpression, type QueryTerm } from './index-terms.js';
import { coveredScore, distinctTerms, termsHeld } from './passage-coverage.js';
import { markTerms } from './snippets.js';
import { hasHangul } from './unicode-classes.js';
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

/**
 * A one-line passage just before another in its section (at most LEAD_IN_GAP lines above: a blank line and a fence between) and
 * short is its lead-in (`To clean up (removing volumes)` over `docker-compose down -v`): its words count as the passage's
 * when judging how much of a question the passage holds.
 */
const LEAD_IN_GAP = 3;
const LEAD_IN_LENGTH = 120;

// The best rows by bm25 are chosen first, and only they are joined to their section, file and lead-in.
const SQL = `SELECT p.id AS passageId, p.section_id AS sectionId, f.path AS file, p.start_line AS startLine, p.end_line AS endLine, s.path AS section, s.title AS sectionTitle,
    p.text AS text, lead.text AS leadIn, best.score AS score
  FROM (SELECT rowid AS id, -bm25(passage_search, ${PASSAGE_WEIGHTS.terms}, ${PASSAGE_WEIGHTS.command}) AS score FROM passage_search
    WHERE passage_search MATCH ? ORDER BY bm25(passage_search, ${PASSAGE_WEIGHTS.terms}, ${PASSAGE_WEIGHTS.command}) LIMIT ?) best
  JOIN passages p ON p.id = best.id JOIN sections s ON s.id = p.section_id JOIN note_files f ON f.id = s.file_id
  LEFT JOIN passages lead ON lead.id = p.id - 1 AND lead.section_id = p.section_id AND lead.end_line >= p.start_line - ${LEAD_IN_GAP}
    AND lead.start_line = lead.end_line AND length(lead.text) <= ${LEAD_IN_LENGTH}
  ORDER BY best.score DESC`;

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
  type Row = Omit<PassageHit, 'snippet' | 'line'> & { text: string; leadIn: string | null };
  const isSentence = terms.length >= SENTENCE_WORDS;
  // A sentence's words are matched with OR: of the best candidates by bm25, those holding more of the question go first.
  const rows = isSentence ? byCoverage(statement.all(toMatchExpression(terms, 'OR'), Math.max(limit, CANDIDATES)) as Row[], terms).slice(0, limit)
    : statement.all(toMatchExpression(terms, 'AND'), limit) as Row[];
  // Two words no one passage holds both of (tmpfs in a command, 마운트 in the sentence above): the passages with either.
  if (rows.length < limit && terms.length > 1 && terms.length < SENTENCE_WORDS) {
    const seen = new Set(rows.map((r) => r.passageId));
    for (const row of statement.all(toMatchExpression(terms, 'OR'), limit) as Row[]) if (!seen.has(row.passageId) && rows.length < limit) rows.push(row);
  }
  return rows.map(({ text, leadIn: _, ...row }) => ({ ...row, ...snippetOf(text, row.startLine, terms) }));
}

/** How many passages, best by bm25, a sentence's passages are chosen from by the share of its words they hold. */
const CANDIDATES = 20;

/** The rows ordered by bm25 times the share of the query's words each holds with its section's title and lead-in (passage-coverage.ts), ties kept in bm25 order. */
function byCoverage<T extends { text: string; leadIn: string | null; sectionTitle: string; score: number }>(rows: readonly T[], terms: readonly QueryTerm[]): T[] {
  const distinct = distinctTerms(terms).length;
  return rows.map((row, i) => ({ row, i, key: coveredScore(row.score, termsHeld(`${row.leadIn ?? ''}\n${row.text}`, terms, row.sectionTitle), distinct) }))
    .sort((a, b) => b.key - a.key || a.i - b.i).map((r) => r.row);
}

/** The first line of the passage holding a query word, with the words marked. */
function snippetOf(text: string, startLine: number, terms: readonly QueryTerm[]): { snippet: string; line: number } {
  const lines = text.split('\n');
  const words = terms.map((t) => t.text).filter((w) => w.length >= 2 || hasHangul(w));
  const pattern = words.length ? new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu') : undefined;
  const index = Math.max(0, pattern ? lines.findIndex((l) => { pattern.lastIndex = 0; return pattern.test(l); }) : 0);
  const line = (lines[index] ?? '').trim();
  const cut = line.length > 160 ? `${line.slice(0, 157)}…` : line;
  return { snippet: markTerms(cut, terms), line: startLine + index };
}
