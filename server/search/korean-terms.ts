/**
 * Korean query words the index cannot match as typed: a one-key slip (재시잭 for 재시작: one jamo
 * of one syllable) is corrected to a word the catalog's Korean keywords and titles use, and a
 * compound written without spaces (컨테이너접속, 이미지삭제) is split into such words. Only words
 * with a syllable pair that occurs in no entry are touched: as typed, they could match nothing.
 */
import type { KnowledgeBase } from '../database/open-database.js';
import { rowsHolding } from './vocabulary-lookups.js';
import { editDistance } from '../text/did-you-mean.js';
import { hangulGrams, koreanTerm, type QueryTerm } from './index-terms.js';

const FIRST = 0xac00;

interface KoreanVocabulary {
  /** Korean words of the catalog's keywords and titles (see server/ingest/korean-words.ts), by syllable count. */
  readonly byLength: ReadonlyMap<number, readonly string[]>;
  readonly counts: ReadonlyMap<string, number>;
  /** The words of a syllable count with their jamo, worked out when a word of that length is first corrected. */
  readonly jamoByLength: Map<number, readonly (readonly [word: string, jamo: string])[]>;
}

const vocabularies = new WeakMap<KnowledgeBase, KoreanVocabulary>();

function vocabularyOf(kb: KnowledgeBase): KoreanVocabulary {
  let v = vocabularies.get(kb);
  if (!v) {
    // Written at ingest, in the order the entries first use each word: ties between candidates go to the earlier.
    const rows = kb.sqlite.prepare('SELECT word, uses FROM korean_words ORDER BY position').raw().all() as [word: string, uses: number][];
    const counts = new Map(rows);
    const byLength = new Map<number, string[]>();
    for (const word of counts.keys()) {
      let list = byLength.get(word.length);
      if (!list) byLength.set(word.length, (list = []));
      list.push(word);
    }
    v = { byLength, counts, jamoByLength: new Map() };
    vocabularies.set(kb, v);
  }
  return v;
}

/** The words of `length` syllables, each with its jamo. */
function withJamo(v: KoreanVocabulary, length: number): readonly (readonly [string, string])[] {
  let list = v.jamoByLength.get(length);
  if (!list) v.jamoByLength.set(length, (list = (v.byLength.get(length) ?? []).map((w) => [w, jamoOf(w)] as const)));
  return list;
}

/** A syllable as its three jamo indexes (initial, vowel, final). */
function jamo(syllable: string): string {
  const code = syllable.charCodeAt(0) - FIRST;
  return String.fromCharCode(0x1100 + Math.floor(code / 588), 0x1161 + Math.floor((code % 588) / 28), 0x11a7 + (code % 28));
}
const jamoOf = (word: string) => [...word].map(jamo).join('');

function hasBigram(kb: KnowledgeBase, gram: string): boolean {
  return rowsHolding(kb, gram) > 0;
}

/** The catalog word one jamo away (two for 5+ syllables), most used first; undefined when none or several tie. */
function correctSlip(v: KoreanVocabulary, word: string): string | undefined {
  const target = jamoOf(word);
  const limit = word.length >= 5 ? 2 : 1;
  let best: string | undefined;
  let bestCount = 0;
  for (const [candidate, jamoForm] of withJamo(v, word.length)) {
    if (Math.abs(jamoForm.length - target.length) > limit || editDistance(target, jamoForm) > limit) continue;
    const count = v.counts.get(candidate)!;
    if (count > bestCount) { best = candidate; bestCount = count; }
  }
  return best;
}

/** Splits a run into catalog words, longest first; syllables no word covers are left out. */
function segment(v: KoreanVocabulary, text: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < text.length) {
    let taken = 0;
    // Words as typed first; a slip only where no word starts here.
    for (let j = text.length; j >= i + 2 && !taken; j--) {
      if (v.counts.has(text.slice(i, j))) { words.push(text.slice(i, j)); taken = j - i; }
    }
    for (let j = Math.min(text.length, i + 6); j >= i + 2 && !taken; j--) {
      const word = correctSlip(v, text.slice(i, j));
      if (word) { words.push(word); taken = j - i; }
    }
    i += taken || 1;
  }
  return words;
}

/** The Korean terms the index can match: unchanged when every syllable pair occurs in some entry. */
export function repairKoreanTerms(kb: KnowledgeBase, terms: readonly QueryTerm[]): { terms: QueryTerm[]; changed: boolean } {
  let v: KoreanVocabulary | undefined;
  let changed = false;
  const out: QueryTerm[] = [];
  for (const t of terms) {
    if (!t.isKorean || t.text.length < 2 || !/^[가-힣]+$/.test(t.text)) { out.push(t); continue; }
    if (hangulGrams(t.text).every((g) => hasBigram(kb, g))) { out.push(t); continue; }
    // Only a word that could match nothing loads the catalog's Korean words.
    v ??= vocabularyOf(kb);
    const fixed = correctSlip(v, t.text);
    if (fixed) { out.push(koreanTerm(fixed)); changed = true; continue; }
    // A compound: the longest catalog words from left to right (each as typed, or one slip away).
    const words = segment(v, t.text);
    if (words.length) out.push(...words.map(koreanTerm));
    else out.push(t);
    changed = true;
  }
  return { terms: out, changed };
}
