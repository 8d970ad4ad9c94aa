/**
 * "Did you mean": English query words that no entry contains are replaced by the nearest word of
 * the index's own vocabulary (edit distance, then how many entries use it). `restrat` → `restart`.
 * Candidates share the word's first letter (typos there are rare) and a length within the allowed
 * distance, which keeps a correction well under a millisecond. So only the words of that letter are
 * read, when a word first needs them: reading the whole vocabulary (thousands of words, more with
 * every page of notes) was most of what the first correction on a freshly opened database cost.
 */
import type { KnowledgeBase } from '../database/open-database.js';
import { hasTermStartingWith } from './vocabulary-lookups.js';
import { editDistance } from '../text/did-you-mean.js';
import type { QueryTerm } from './index-terms.js';

/** The index's words of three letters or more that start with one letter. */
interface LetterVocabulary {
  /** Sorted, for prefix look-ups. */
  readonly sorted: readonly string[];
  readonly counts: ReadonlyMap<string, number>;
  /** Words by length, in the index's order. */
  readonly byLength: ReadonlyMap<number, readonly string[]>;
}

const vocabularies = new WeakMap<KnowledgeBase, Map<string, LetterVocabulary>>();

/** The words starting with `letter` (a to z), read once per database. */
function vocabularyOf(kb: KnowledgeBase, letter: string): LetterVocabulary {
  let letters = vocabularies.get(kb);
  if (!letters) vocabularies.set(kb, (letters = new Map()));
  let vocabulary = letters.get(letter);
  if (!vocabulary) {
    // The term index's own order is by bytes, so the words of one letter are one range of it.
    const rows = kb.sqlite.prepare('SELECT term, doc FROM entry_terms WHERE term >= ? AND term < ? AND length(term) >= 3')
      .raw().all(letter, String.fromCharCode(letter.charCodeAt(0) + 1)) as [term: string, doc: number][];
    const counts = new Map(rows);
    const byLength = new Map<number, string[]>();
    for (const term of counts.keys()) {
      let list = byLength.get(term.length);
      if (!list) byLength.set(term.length, (list = []));
      list.push(term);
    }
    vocabulary = { sorted: [...counts.keys()].sort(), counts, byLength };
    letters.set(letter, vocabulary);
  }
  return vocabulary;
}

/** True when some indexed word is `term` or starts with it. */
function known(vocabulary: LetterVocabulary, term: string): boolean {
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
  let changed = false;
  const corrected = terms.map((t) => {
    if (t.isKorean || t.text.length < 4 || /\d/.test(t.text) || hasTermStartingWith(kb, t.text)) return t;
    // The vocabulary holds words of a to z only: a word starting with any other letter has no candidate.
    if (!/^[a-z]/.test(t.text)) return t;
    const vocabulary = vocabularyOf(kb, t.text[0]!);
    if (known(vocabulary, t.text)) return t;
    const limit = t.text.length >= 8 ? 2 : 1;
    let best: string | undefined;
    let bestScore = Infinity;
    for (let length = t.text.length - limit; length <= t.text.length + limit; length++) {
      for (const word of vocabulary.byLength.get(length) ?? []) {
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
