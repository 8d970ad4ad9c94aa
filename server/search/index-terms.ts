/**
 * Turns text into the terms the FTS5 index stores, and a user's query into a safe FTS5 MATCH
 * expression. Korean runs become overlapping syllable bigrams, so two-syllable words (캐시, 태그)
 * and substrings of longer words (재시작 in 재시작을) match; English words stay whole. The index's
 * own tokenizer (unicode61) then only splits on the spaces written here.
 */
import { hasHangul, isAsciiText } from './unicode-classes.js';

let termPattern: RegExp | undefined;

/**
 * The runs a text's terms are cut from: a run of Hangul, or of letters and digits. ASCII text has
 * runs of [A-Za-z0-9] only, found without building the Unicode classes (unicode-classes.ts).
 */
function termRuns(text: string): string[] {
  if (isAsciiText(text)) return text.match(/[A-Za-z0-9]+/g) ?? [];
  return Array.from(text.matchAll(termPattern ??= /\p{Script=Hangul}+|[\p{L}\p{N}]+/gu), (m) => m[0]);
}

/**
 * Particles and endings that follow a Korean noun in a query (캐시를, 태그로), and the polite endings of a verb made of a
 * noun and 하다 (설치합니다, 확인하세요, 생성했습니다): stripped from query words of 3+ syllables, longest first.
 */
const PARTICLES = ['되었습니다', '하십시오', '했습니다', '하려면', '합니다', '하세요', '합시다', '됩니다', '입니다', '해야', '해서', '해요', '한다', '들에서', '들을', '들의', '들이', '에서는', '으로는', '에서', '으로', '까지', '부터', '처럼', '하기', '하는', '하면', '하고', '하여', '하며', '들', '은', '는', '이', '가', '을', '를', '의', '에', '로', '와', '과', '도', '만'];

/** Bigrams of a Korean run; a one-syllable run is kept as is. */
export function hangulGrams(run: string): string[] {
  if (run.length === 1) return [run];
  const grams: string[] = [];
  for (let i = 0; i + 1 < run.length; i++) grams.push(run.slice(i, i + 2));
  return grams;
}

/** The index text for a field: English words lowercased, Korean as bigrams, joined by spaces. */
export function toIndexText(text: string): string {
  const out: string[] = [];
  for (const run of termRuns(text)) {
    if (hasHangul(run)) out.push(...hangulGrams(run));
    else out.push(run.toLowerCase());
  }
  return out.join(' ');
}

/** A Korean query word as its bigram phrase. */
export function koreanTerm(text: string): QueryTerm {
  return { text, phrase: `"${hangulGrams(text).join(' ')}"`, isKorean: true };
}

/** One word of a query, as FTS5 phrases: English as a prefix match, Korean as a bigram phrase. */
export interface QueryTerm {
  readonly text: string;
  /** A quoted FTS5 phrase, safe to put in MATCH. */
  readonly phrase: string;
  readonly isKorean: boolean;
  /** Phrases of words that mean the same (see query-synonyms.ts), matched as well as the word itself. */
  readonly alternatives?: readonly string[];
}

/**
 * A term's phrase, or its phrase or any alternative as one group. Alternatives are not looked for
 * in names: `info` for 정보 must not make `docker info` the answer to 컨테이너 상세 정보.
 */
export function termExpression(t: QueryTerm): string {
  return t.alternatives?.length ? `(${t.phrase} OR ${ALTERNATIVE_COLUMNS} : (${t.alternatives.join(' OR ')}))` : t.phrase;
}

/** The columns a term's alternatives are looked for in. */
const ALTERNATIVE_COLUMNS = '{keywords summary body notes}';

/** The term's phrases one by one, in the order termExpression writes them, each a MATCH expression of its own. */
export function termPhrases(t: QueryTerm): string[] {
  return [t.phrase, ...(t.alternatives ?? []).map((a) => `${ALTERNATIVE_COLUMNS} : ${a}`)];
}

/**
 * English words that say nothing about Docker (how do I, one or more, a specific): a question or a
 * cheat sheet's sentence keeps only the words that pick an entry. A query of nothing else keeps them.
 */
const STOP_WORDS = new Set(['a', 'an', 'the', 'or', 'and', 'of', 'to', 'in', 'on', 'for', 'with', 'from', 'by', 'at', 'into', 'as', 'is', 'are',
  'be', 'it', 'its', 'this', 'that', 'these', 'those', 'how', 'do', 'does', 'can', 'i', 'my', 'me', 'we', 'you', 'your', 'what', 'which',
  'when', 'where', 'one', 'more', 'specific', 'given', 'using', 'use', 'via', 'some', 'any', 'their', 'them', 'there', 'way', 'should']);

/**
 * The stem of an English query word, for a prefix match: cheat sheets write "Renaming a Container",
 * "Tagging an Image", "stopped containers"; the index has rename, tag, stop. Stems keep 3+ letters.
 */
export function stemEnglish(word: string): string {
  const undouble = (s: string) => (/([bdgklmnprt])\1$/.test(s) ? s.slice(0, -1) : s);
  for (const [suffix, keep] of [['ing', 3], ['ed', 3], ['es', 4], ['s', 4]] as const) {
    if (!word.endsWith(suffix) || word.length - suffix.length < keep) continue;
    if (suffix === 's' && /(ss|us|is)$/.test(word)) return word;
    if (suffix === 'es' && !/(ss|x|ch|sh)es$/.test(word)) continue;
    return undouble(word.slice(0, -suffix.length));
  }
  return word;
}

/** Korean words of the same kind: 하나 이상의 (one or more), 특정 (a specific), 혹은 (or). */
const KOREAN_STOP_WORDS = new Set(['하나', '이상', '이상의', '특정', '특정한', '대한', '대해', '및', '혹은', '또는', '더', '많은', '어떤', '방법', '어떻게', '하는', '위한', '위해']);

/** The shortest English word searched as a prefix (`res` finds restart); shorter ones must match a whole word. */
export const MIN_PREFIX = 3;

/** Splits a query into terms; anything that is not a letter or digit is dropped, so no FTS syntax gets through. */
export function queryTerms(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (let term of termRuns(query.normalize('NFC'))) {
    if (hasHangul(term)) {
      if (term.length >= 3) {
        const particle = PARTICLES.find((p) => term.endsWith(p) && term.length - p.length >= 2);
        if (particle) term = term.slice(0, -particle.length);
      }
      terms.push(koreanTerm(term));
    } else {
      const lower = term.toLowerCase();
      const stem = /^[a-z]+$/.test(lower) ? stemEnglish(lower) : lower;
      // A prefix of one or two letters matches a large share of the vocabulary (search-as-you-type sends `r`, `re`): those match whole words only.
      terms.push({ text: lower, phrase: stem.length >= MIN_PREFIX ? `"${stem}"*` : `"${stem}"`, isKorean: false });
    }
  }
  const meaningful = terms.filter((t) => (t.isKorean ? !KOREAN_STOP_WORDS.has(t.text) : !STOP_WORDS.has(t.text)));
  return meaningful.length ? meaningful : terms;
}

/** An FTS5 MATCH expression: every term must match (AND), in any column. Empty when the query has no terms. */
export function toMatchExpression(terms: readonly QueryTerm[], join: 'AND' | 'OR' = 'AND'): string {
  return terms.map(termExpression).join(` ${join} `);
}
