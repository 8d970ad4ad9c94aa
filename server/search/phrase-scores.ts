/**
 * A query's bm25 score, read phrase by phrase. FTS5's bm25 is a sum over the query's phrases of a
 * part that depends only on the phrase and the row (each phrase's IDF comes from the rows that
 * phrase alone matches), so a phrase's part for every row it matches can be read once and summed
 * into any query that holds it, with the same result as scoring the whole query. The words that
 * make sentence queries slow are the common ones ("container" and 컨테이너 match half the index) and
 * they recur in most queries: each database keeps the parts of the phrases it scored last.
 */
import type { KnowledgeBase } from '../database/open-database.js';
import { SEARCH_WEIGHTS } from '../database/search-table.js';
import { termPhrases, type QueryTerm } from './index-terms.js';

/** A phrase's part of bm25 (negative: lower is better) for each row it matches, rowids ascending. */
export interface PhraseScores {
  readonly rowids: Int32Array;
  readonly scores: Float64Array;
}

/**
 * How much each database keeps: phrases up to this many rows in all (12 bytes a row, about 3 MB;
 * one of the commonest words holds about a thousand rows, most phrases a few dozen), and at most
 * this many phrases.
 */
const KEPT_ROWS = 250_000;
const KEPT_PHRASES = 4_096;

interface PhraseCache {
  readonly phrases: Map<string, PhraseScores>;
  rows: number;
}

const cachesByBase = new WeakMap<KnowledgeBase, PhraseCache>();

/** The rows a MATCH expression of one phrase matches (`"container"*`, `name : "stop"*`), with its part of bm25. */
export function phraseScores(kb: KnowledgeBase, phrase: string): PhraseScores {
  let cache = cachesByBase.get(kb);
  if (!cache) cachesByBase.set(kb, (cache = { phrases: new Map(), rows: 0 }));
  let scores = cache.phrases.get(phrase);
  if (scores) {
    // Most recently used last: the first key is the one to drop.
    cache.phrases.delete(phrase);
  } else {
    const w = SEARCH_WEIGHTS;
    const rows = kb.sqlite.prepare(`SELECT rowid, bm25(entry_search, 0, ${w.name}, ${w.keywords}, ${w.summary}, ${w.body}, ${w.notes})
      FROM entry_search WHERE entry_search MATCH ? ORDER BY rowid`).raw().all(phrase) as [number, number][];
    scores = { rowids: Int32Array.from(rows, (r) => r[0]), scores: Float64Array.from(rows, (r) => r[1]) };
    cache.rows += scores.rowids.length;
    for (const [oldest, dropped] of cache.phrases) {
      if (cache.rows <= KEPT_ROWS && cache.phrases.size < KEPT_PHRASES) break;
      cache.phrases.delete(oldest);
      cache.rows -= dropped.rowids.length;
    }
  }
  cache.phrases.set(phrase, scores);
  return scores;
}

/** One past the largest rowid of the phrases: the size of an array indexed by rowid. */
export function rowidBound(phrases: readonly PhraseScores[]): number {
  let bound = 0;
  for (const p of phrases) if (p.rowids.length) bound = Math.max(bound, p.rowids[p.rowids.length - 1]! + 1);
  return bound;
}

/** Matched rows and their bm25 scores (lower is better), by rowid. */
export interface ScoredRows {
  /** The rows, in the order they were first matched. */
  readonly rowids: readonly number[];
  readonly scores: Float64Array;
}

/**
 * The rows that match every term (AND) or any term (OR), a term matching when any of its phrases
 * does, with bm25 summed phrase after phrase as FTS5 sums it, so equal scores stay equal.
 */
export function scoreTerms(kb: KnowledgeBase, terms: readonly QueryTerm[], join: 'AND' | 'OR'): ScoredRows {
  const parts = terms.map((t) => termPhrases(t).map((p) => phraseScores(kb, p)));
  const size = rowidBound(parts.flat());
  const scores = new Float64Array(size);
  const termsMatched = new Uint16Array(size);
  const lastTerm = new Int32Array(size).fill(-1);
  const rowids: number[] = [];
  parts.forEach((phrases, term) => {
    for (const p of phrases) {
      for (let i = 0; i < p.rowids.length; i++) {
        const rowid = p.rowids[i]!;
        scores[rowid]! += p.scores[i]!;
        if (lastTerm[rowid] === term) continue;
        if (lastTerm[rowid] === -1) rowids.push(rowid);
        lastTerm[rowid] = term;
        termsMatched[rowid]!++;
      }
    }
  });
  const needed = join === 'AND' ? parts.length : 1;
  return { rowids: needed > 1 ? rowids.filter((r) => termsMatched[r] === needed) : rowids, scores };
}

/** The bm25 score over `terms` (summed as scoreTerms sums it, 0 where none matches) of each of `rowids`, in their order. */
export function scoreRows(kb: KnowledgeBase, terms: readonly QueryTerm[], rowids: readonly number[]): Float64Array {
  const out = new Float64Array(rowids.length);
  for (const t of terms) {
    for (const phrase of termPhrases(t)) {
      const p = phraseScores(kb, phrase);
      rowids.forEach((rowid, i) => {
        // Binary search: a phrase's rows are in rowid order.
        let lo = 0;
        let hi = p.rowids.length - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const at = p.rowids[mid]!;
          if (at === rowid) { out[i]! += p.scores[mid]!; break; }
          if (at < rowid) lo = mid + 1; else hi = mid - 1;
        }
      });
    }
  }
  return out;
}
