/**
 * Searches the knowledge base: exact names first (`restart` → `docker run --restart`), then FTS5
 * ranked by bm25 with field weights (name > keywords > summary > body > the notes' passages).
 * The query is turned into quoted terms, so nothing the user types is read as FTS5 syntax.
 */
import type { KnowledgeBase } from '../database/open-database.js';
import { SEARCH_WEIGHTS } from '../database/search-table.js';
import { DrefError } from '../errors.js';
import type { EntryKind } from '../../schema/tables.js';
import { queryTerms, toMatchExpression } from './index-terms.js';

export type Lang = 'ko' | 'en';

export interface SearchOptions {
  readonly lang?: Lang;
  readonly kinds?: readonly EntryKind[];
  readonly limit?: number;
}

export interface SearchResult {
  readonly id: string;
  readonly kind: EntryKind;
  /** Canonical name: `docker run --restart`, `HEALTHCHECK`. */
  readonly name: string;
  readonly title: string;
  readonly summary: string;
  /** Higher is better. */
  readonly score: number;
  /** How it matched: `name` for an exact name, else `text`. */
  readonly match: 'name' | 'text';
}

export interface SearchResponse {
  readonly query: string;
  readonly results: readonly SearchResult[];
}

const MAX_QUERY_LENGTH = 200;
/**
 * Options are many (over 300) and their names all repeat their command's words, so a query that
 * names no flag would be drowned in them; their text score counts this much. Flags typed as flags
 * are found by exact name first.
 */
const OPTION_PRIOR = 0.8;
/** Entries the notes define, explain or show are what their reader looks for: each place (up to 4) adds this much. */
const NOTES_PRIOR = 0.15;
const MAX_LIMIT = 100;

interface Row {
  id: string; kind: EntryKind; name: string; title_ko: string; title_en: string; summary_ko: string; summary_en: string; rank: number;
}

/** Finds entries for a query in Korean, English or both. */
export function searchEntries(kb: KnowledgeBase, query: string, options: SearchOptions = {}): SearchResponse {
  if (query.length > MAX_QUERY_LENGTH) {
    throw new DrefError('BAD_INPUT', `the query is ${query.length} characters long; the limit is ${MAX_QUERY_LENGTH}`, 'search for fewer words');
  }
  const limit = options.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new DrefError('BAD_INPUT', `limit must be a whole number from 1 to ${MAX_LIMIT}, not ${limit}`);
  }
  const lang = options.lang ?? 'en';
  const kinds = options.kinds?.length ? options.kinds : undefined;
  const kindFilter = kinds ? ` AND e.kind IN (${kinds.map(() => '?').join(', ')})` : '';
  const kindArgs = kinds ?? [];

  const exact = exactMatches(kb, query.trim(), kindFilter, kindArgs);
  const terms = queryTerms(query);
  let rows: Row[] = [];
  if (terms.length) {
    const w = SEARCH_WEIGHTS;
    const sql = `SELECT e.id, e.kind, e.name, e.title_ko, e.title_en, e.summary_ko, e.summary_en,
        bm25(entry_search, 0, ${w.name}, ${w.keywords}, ${w.summary}, ${w.body}, ${w.notes})
          * (CASE e.kind WHEN 'option' THEN ${OPTION_PRIOR} ELSE 1 END)
          * (1 + ${NOTES_PRIOR} * min(e.note_links, 4)) AS rank
      FROM entry_search JOIN entries e ON e.id = entry_search.entry_id
      WHERE entry_search MATCH ?${kindFilter}
      ORDER BY rank LIMIT ?`;
    const statement = kb.sqlite.prepare(sql);
    rows = statement.all(toMatchExpression(terms, 'AND'), ...kindArgs, limit + exact.length) as Row[];
    if (!rows.length && terms.length > 1) rows = statement.all(toMatchExpression(terms, 'OR'), ...kindArgs, limit + exact.length) as Row[];
  }
  const seen = new Set<string>();
  const results: SearchResult[] = [];
  for (const [row, match] of [...exact.map((r) => [r, 'name'] as const), ...rows.map((r) => [r, 'text'] as const)]) {
    if (seen.has(row.id) || results.length >= limit) continue;
    seen.add(row.id);
    results.push({
      id: row.id, kind: row.kind, name: row.name,
      title: lang === 'ko' ? row.title_ko : row.title_en,
      summary: lang === 'ko' ? row.summary_ko : row.summary_en,
      score: match === 'name' ? 1000 - results.length : Math.round(-row.rank * 1000) / 1000,
      match,
    });
  }
  return { query, results };
}

/**
 * Entries whose name or alias is the query, or ends with it as a word or flag (`restart` →
 * `docker run --restart`, `prune` → `docker image prune`). Ties go to the entry the notes use most.
 */
function exactMatches(kb: KnowledgeBase, query: string, kindFilter: string, kindArgs: readonly string[]): Row[] {
  const raw = query.replace(/^docker\s+/i, '');
  const q = raw.toLowerCase();
  if (!q || /\s{2,}/.test(q)) return [];
  const bare = q.replace(/^-+/, '');
  const sql = `SELECT e.id, e.kind, e.name, e.title_ko, e.title_en, e.summary_ko, e.summary_en, 0 AS rank,
      e.note_links AS uses
    FROM entries e
    WHERE (lower(e.name) IN (?, ?, ?) OR lower(e.name) LIKE ? ESCAPE '\\' OR lower(e.name) LIKE ? ESCAPE '\\'
      OR e.id IN (SELECT entry_id FROM entry_aliases WHERE alias IN (?, ?)
        OR (lower(alias) IN (?, ?) AND alias NOT GLOB '* -[A-Za-z]')))${kindFilter}
    ORDER BY (lower(e.name) IN (?, ?, ?)) DESC, uses DESC, length(e.name) LIMIT 5`;
  const like = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
  const names = [q, `docker ${q}`, `concept:${q}`];
  return kb.sqlite.prepare(sql).all(
    ...names, `% --${like(bare)}`, `docker % ${like(q)}`, raw, `docker ${raw}`, q, `docker ${q}`, ...kindArgs, ...names,
  ) as Row[];
}
