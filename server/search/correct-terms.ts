/**
 * "Did you mean": English query words that no entry contains are replaced by the nearest word of
 * the index's own vocabulary (edit distance, then how many entries use it). `restrat` → `restart`.
 * Candidates share the word's first letter (typos there are rare) and a length within the allowed
 * distance, which keeps a correction well under a millisecond.
 */
import type { KnowledgeBase } from '../database/open-database.js';
import { hasTermStartingWith } from './vocabulary-lookups.js';
import { editDistance } from '../text/did-you-mean.js';
import type { QueryTerm } from './index-terms.js';

interface Vocabulary {
  /** Sorted, for prefix look-ups. */
  readonly sorted: readonly string[];
  readonly counts: ReadonlyMap<string, number>;
  /** Words by first letter and length. */
  readonly buckets: ReadonlyMap<string, readonly string[]>;
}

const vocabularies = new WeakMap<KnowledgeBase, Vocabulary>();

function vocabularyOf(kb: KnowledgeBase): Vocabulary {
  let vocabulary = vocabularies.get(kb);
  if (!vocabulary) {
    const rows = kb.sqlite.prepare(`SELECT term, doc FROM entry_terms WHERE term >= 'a' AND term < '{' AND length(term) >= 3`).all() as { term: string; doc: number }[];
    const counts = new Map(rows.map((r) => [r.term, r.doc]));
    const buckets = new Map<string, string[]>();
    for (const term of counts.keys()) {
      const key = `${term[0]}${term.length}`;
      buckets.set(key, [...(buckets.get(key) ?? []), term]);
    }
    vocabulary = { sorted: [...counts.keys()].sort(), counts, buckets };
    vocabularies.set(kb, vocabulary);
  }
  return vocabulary;
}

/** True when some indexed word is `term` or starts with it. */
function known(vocabulary: Vocabulary, term: string): boolean {
  let lo = 0;
  let hi = vocabulary.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocabulary.sorted[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  return vocabulary.sorted[lo]?.startsWith(term) ?? false;
}


/** Terms with the unknown English words corrected; `changed` tells whether any was. */
export function correctTerms(kb: KnowledgeBase, terms: readonly QueryTerm[]): { terms: QueryTerm[]; changed: boolean } {
  let vocabulary: Vocabulary | undefined;
  let changed = false;
  const corrected = terms.map((t) => {
    if (t.isKorean || t.text.length < 4 || /\d/.test(t.text) || hasTermStartingWith(kb, t.text)) return t;
    vocabulary ??= vocabularyOf(kb);
    if (known(vocabulary, t.text)) return t;
    const limit = t.text.length >= 8 ? 2 : 1;
    let best: string | undefined;
    let bestScore = Infinity;
    for (let length = t.text.length - limit; length <= t.text.length + limit; length++) {
      for (const word of vocabulary.buckets.get(`${t.text[0]}${length}`) ?? []) {
        const distance = editDistance(t.text, word);
        if (distance > limit) continue;
        const score = distance * 1000 - (vocabulary.counts.get(word) ?? 0);
        if (score < bestScore) { best = word; bestScore = score; }
      }
    }
    if (!best) return t;
    changed = true;
    return { text: best, phrase: `"${best}"*`, isKorean: false };
  });
  return { terms: corrected, changed };
}
