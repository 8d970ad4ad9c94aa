/**
 * Hangul as the keys typed on a standard (2-beolsik) Korean keyboard: a syllable splits into its
 * keystrokes (형 → ㅎㅕㅇ, 괜 → ㄱㅗㅐㄴ) and keystrokes compose back into syllables the way an
 * input method does (ㅎㅕㅇㅅㅣㄱㅣ → 형시기). Slips happen to keys, not to syllables, so the typo
 * checks edit keystrokes; a run of Latin letters typed with the keyboard left in English mode
 * (thswk) reads back as the Hangul meant (손자).
 */

const FIRST = 0xac00;
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const MEDIALS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
const FINALS = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ', 'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'];
/** Vowels and finals typed as two keys. */
const COMPOUND_VOWELS = new Map([['ㅘ', 'ㅗㅏ'], ['ㅙ', 'ㅗㅐ'], ['ㅚ', 'ㅗㅣ'], ['ㅝ', 'ㅜㅓ'], ['ㅞ', 'ㅜㅔ'], ['ㅟ', 'ㅜㅣ'], ['ㅢ', 'ㅡㅣ']]);
const COMPOUND_FINALS = new Map([['ㄳ', 'ㄱㅅ'], ['ㄵ', 'ㄴㅈ'], ['ㄶ', 'ㄴㅎ'], ['ㄺ', 'ㄹㄱ'], ['ㄻ', 'ㄹㅁ'], ['ㄼ', 'ㄹㅂ'], ['ㄽ', 'ㄹㅅ'], ['ㄾ', 'ㄹㅌ'], ['ㄿ', 'ㄹㅍ'], ['ㅀ', 'ㄹㅎ'], ['ㅄ', 'ㅂㅅ']]);
const JOIN_VOWEL = new Map([...COMPOUND_VOWELS].map(([c, keys]) => [keys, c]));
const JOIN_FINAL = new Map([...COMPOUND_FINALS].map(([c, keys]) => [keys, c]));

/** The keys of the Korean keyboard, as compatibility jamo: 19 consonants and 14 vowels. */
export const HANGUL_KEYS = [...'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ'];

const isVowel = (key: string) => key >= 'ㅏ' && key <= 'ㅣ';
const IS_KEY = new Set(HANGUL_KEYS);
const INITIAL_INDEX = new Map([...INITIALS].map((c, i) => [c, i]));
const MEDIAL_INDEX = new Map([...MEDIALS].map((c, i) => [c, i]));
const FINAL_INDEX = new Map(FINALS.map((c, i) => [c, i]));

/** The keys of each of the 11,172 syllables, composed when first asked for: the typo checks split every rare word. */
const syllableKeys: string[] = [];
function keysOfSyllable(code: number): string {
  let keys = syllableKeys[code];
  if (keys === undefined) {
    const medial = MEDIALS[Math.floor((code % 588) / 28)]!;
    const final = FINALS[code % 28]!;
    keys = INITIALS[Math.floor(code / 588)]! + (COMPOUND_VOWELS.get(medial) ?? medial) + (COMPOUND_FINALS.get(final) ?? final);
    syllableKeys[code] = keys;
  }
  return keys;
}

/** The keystrokes that type `text` (Hangul syllables and jamo; anything else is kept as it is). */
export function toKeys(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0) - FIRST;
    if (code < 0 || code > 11171) {
      out += COMPOUND_VOWELS.get(ch) ?? COMPOUND_FINALS.get(ch) ?? ch;
      continue;
    }
    out += keysOfSyllable(code);
  }
  return out;
}

/** The text an input method shows for `keys`: syllables where the keys make them, lone jamo elsewhere. */
export function fromKeys(keys: string): string {
  let out = '';
  let initial = '';
  let vowel = '';
  let final = '';
  const flush = () => {
    if (initial && vowel) out += String.fromCharCode(FIRST + INITIAL_INDEX.get(initial)! * 588 + MEDIAL_INDEX.get(vowel)! * 28 + FINAL_INDEX.get(final)!);
    else out += initial + vowel + final;
    initial = vowel = final = '';
  };
  for (const key of keys) {
    if (!IS_KEY.has(key)) {
      flush();
      out += key;
    } else if (isVowel(key)) {
      if (initial && !vowel) vowel = key;
      else if (vowel && !final && JOIN_VOWEL.has(vowel + key)) vowel = JOIN_VOWEL.get(vowel + key)!;
      else if (vowel && final) {
        // The final moves to the next syllable (형시 + ㄱ + ㅣ → 형시기); of a compound final, its second key.
        const keysOfFinal = COMPOUND_FINALS.get(final) ?? final;
        const moved = keysOfFinal.at(-1)!;
        final = keysOfFinal.length > 1 ? keysOfFinal[0]! : '';
        flush();
        initial = moved;
        vowel = key;
      } else {
        flush();
        vowel = key;
      }
    } else if (initial && vowel && !final && FINAL_INDEX.has(key)) {
      final = key;
    } else if (initial && vowel && final && JOIN_FINAL.has(final + key)) {
      final = JOIN_FINAL.get(final + key)!;
    } else {
      flush();
      initial = key;
    }
  }
  flush();
  return out;
}

/** Whether `text` is whole syllables only: no lone jamo left over. */
export function isWholeSyllables(text: string): boolean {
  return /^[가-힣]+$/.test(text);
}

/** The Latin letter each key of the Korean keyboard sits on (Shift for ㄲ ㄸ ㅃ ㅆ ㅉ ㅒ ㅖ). */
const LATIN_OF_KEY = new Map([
  ['r', 'ㄱ'], ['R', 'ㄲ'], ['s', 'ㄴ'], ['e', 'ㄷ'], ['E', 'ㄸ'], ['f', 'ㄹ'], ['a', 'ㅁ'], ['q', 'ㅂ'], ['Q', 'ㅃ'], ['t', 'ㅅ'],
  ['T', 'ㅆ'], ['d', 'ㅇ'], ['w', 'ㅈ'], ['W', 'ㅉ'], ['c', 'ㅊ'], ['z', 'ㅋ'], ['x', 'ㅌ'], ['v', 'ㅍ'], ['g', 'ㅎ'],
  ['k', 'ㅏ'], ['o', 'ㅐ'], ['i', 'ㅑ'], ['O', 'ㅒ'], ['j', 'ㅓ'], ['p', 'ㅔ'], ['u', 'ㅕ'], ['P', 'ㅖ'], ['h', 'ㅗ'], ['y', 'ㅛ'],
  ['n', 'ㅜ'], ['b', 'ㅠ'], ['m', 'ㅡ'], ['l', 'ㅣ'],
]);

/** The Hangul that Latin letters type on a Korean keyboard (thswk → 손자); undefined when a letter has no key of its own (an unshifted capital). */
export function hangulOfLatin(letters: string): string | undefined {
  let keys = '';
  for (const c of letters) {
    const key = LATIN_OF_KEY.get(c) ?? LATIN_OF_KEY.get(c.toLowerCase());
    if (!key) return undefined;
    keys += key;
  }
  return fromKeys(keys);
}
