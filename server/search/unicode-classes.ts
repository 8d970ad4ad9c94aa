/**
 * The Unicode tests search makes (is this Hangul, the runs of letters and digits), with V8 building
 * a \p{…} class only for text that needs one. Each such class costs ICU's set of the property, then
 * its compilation: several milliseconds over a search's start-up, where a query, a summary and most
 * of a snippet are ASCII or Hangul syllables. Each function answers as its \p{…} expression does
 * (test/search/unicode-classes.test.ts checks every code point).
 */

let hangul: RegExp | undefined;
let letterRuns: RegExp | undefined;

/** Past U+10FF: every Hangul character is (Hangul Jamo start at U+1100). */
const PAST_U10FF = /[^\u0000-\u10ff]/;

/** A Hangul syllable, what Korean text is written in. */
const SYLLABLE = /[\uac00-\ud7a3]/;

/** Whether `text` holds a character of the Hangul script, as /\p{Script=Hangul}/u tests it. */
export function hasHangul(text: string): boolean {
  return PAST_U10FF.test(text) && (SYLLABLE.test(text) || (hangul ??= /\p{Script=Hangul}/u).test(text));
}

/** Whether `text` is all ASCII, where a letter is [A-Za-z] and a digit [0-9]. */
export function isAsciiText(text: string): boolean {
  return !/[^\u0000-\u007f]/.test(text);
}

/**
 * Every character of \p{L} or \p{N} is in this class; a character outside it is neither. (It leaves
 * out ASCII's other characters, U+0080–U+00A9 and General Punctuation, U+2000–U+206F.)
 */
const MAYBE_LETTERS = /[A-Za-z0-9\u00aa-\u1fff\u2070-\uffff]+/g;

/** A run of these is one run of letters: ASCII letters and digits, Hangul syllables. */
const PLAIN_LETTERS = /^[A-Za-z0-9\uac00-\ud7a3]+$/;

/** `text.replace(/[\p{L}\p{N}]+/gu, replace)`: each run of letters and digits replaced by `replace(run)`. */
export function replaceLetterRuns(text: string, replace: (run: string) => string): string {
  return text.replace(MAYBE_LETTERS, (run) => (PLAIN_LETTERS.test(run) ? replace(run) : run.replace(letterRuns ??= /[\p{L}\p{N}]+/gu, (r) => replace(r))));
}
