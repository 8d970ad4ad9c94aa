/**
 * How much of a query a passage holds. A query of several words is matched with OR (a question's
 * words are rarely all in one paragraph), and bm25 alone then prefers a short line that repeats one
 * or two of them (`실행 형식과 쉘 형식은…`) to the passage that holds the rest of the question as
 * well; ranking by bm25 times the share of the query's words held, squared, puts that one first.
 */
import type { QueryTerm } from './index-terms.js';

/** What a word the passage lacks counts for when its section's title holds it: every passage under the title shares it. */
const TITLE_SHARE = 0.5;

/**
 * How many of the query's distinct words a passage's text holds, as the index would match them; a word only its section's
 * title holds counts TITLE_SHARE (a picture under a heading holds the heading's words and nothing of its own).
 */
export function termsHeld(text: string, terms: readonly QueryTerm[], title = ''): number {
  const lower = text.toLowerCase();
  const titleLower = title.toLowerCase();
  let held = 0;
  for (const t of distinctTerms(terms)) held += holds(lower, t) ? 1 : holds(titleLower, t) ? TITLE_SHARE : 0;
  return held;
}

/** The terms with each word once (`형식 … 형식` is one word of the question). */
export function distinctTerms(terms: readonly QueryTerm[]): QueryTerm[] {
  return [...new Map(terms.map((t) => [t.text, t])).values()];
}

/**
 * A Korean word anywhere (its particles follow it); an English word as the index matches it: its stem at a word's start, or
 * the whole word. A stem ending in a silent e also holds in its -ing form (remove: removing), which a prefix cannot match.
 */
function holds(lower: string, term: QueryTerm): boolean {
  if (term.isKorean) return lower.includes(term.text);
  const isPrefix = term.phrase.endsWith('*');
  const stem = term.phrase.replace(/^"|"\*?$/g, '');
  return startsWord(lower, stem, isPrefix) || (isPrefix && stem.length >= 4 && stem.endsWith('e') && startsWord(lower, `${stem.slice(0, -1)}ing`, true));
}

/** Whether a word of `lower` starts with `stem` (or, not a prefix, is it). */
function startsWord(lower: string, stem: string, isPrefix: boolean): boolean {
  for (let at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + 1)) {
    if (at > 0 && isWordCharacter(lower[at - 1]!)) continue;
    if (isPrefix || at + stem.length === lower.length || !isWordCharacter(lower[at + stem.length]!)) return true;
  }
  return false;
}

/** Built on first use, as unicode-classes.ts builds its classes: only a sentence's passages ask. */
let wordCharacter: RegExp | undefined;

function isWordCharacter(c: string): boolean {
  return (wordCharacter ??= /[\p{L}\p{N}]/u).test(c);
}

/** The score a passage is ranked by: its bm25 score times the share of the query's words it holds, squared. */
export function coveredScore(score: number, held: number, distinct: number): number {
  return score * (held / Math.max(1, distinct)) ** 2;
}
