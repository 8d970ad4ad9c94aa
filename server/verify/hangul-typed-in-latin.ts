/**
 * A Korean word typed with the keyboard left in English mode: 자식의 자식(thswk) for 손자. In Korean
 * notes a run of Latin letters is reported when
 *   - it stands alone in prose, in lower case, 4+ letters (not part of a name, path, flag or code span),
 *     used once in the notes and nowhere in the catalog's English, and is no English word;
 *   - the nearest letters on both sides are Hangul, or one is and the line ends on the other (자식(thswk)
 *     이미지): a word beside an English word (`keyvalue store for smal…`) is English, cut short or mistyped;
 *   - its keys, read on a Korean keyboard (hangul-keys.ts), make whole syllables, two or more, each
 *     of them one the notes or the catalog write in Korean at least twice (헿 or 됴 from a config
 *     key are keys that happen to compose, not a word).
 * A name of software is almost never such a run: its letters rarely alternate consonant and vowel
 * keys the way Hangul does.
 */
import { englishWordsAmong } from './english-dictionary.js';
import { hangulOfLatin, isWholeSyllables } from './hangul-keys.js';
import { proseLines } from './prose-lines.js';
import { memoOfTexts } from './same-texts-memo.js';
import { excerptAt, notesLanguage, say, sectionAt, type ErratumRecord, type NotesCheck } from './types.js';
import { hangulRunCounts, letterRunCounts } from './word-runs.js';

/** A lower-case Latin word standing alone: nothing of a name, path, flag, variable or version touching it. */
const LATIN_WORD = /(?<![A-Za-z0-9_/@$'’.:-])[a-z]{4,}(?![A-Za-z0-9_/@$'’-])(?![.:][A-Za-z0-9_])/g;
/** A code span: its letters are code, not a word typed in the wrong mode. */
const CODE_SPAN = /`[^`]*`/g;
/** How often the notes and catalog together write a syllable for it to count as one of the language's. */
const SEEN_SYLLABLE = 2;

/** How often each Hangul syllable occurs in the texts. */
function countSyllables(texts: readonly string[], into = new Map<string, number>()): Map<string, number> {
  for (const text of texts) for (const c of text) if (c >= '가' && c <= '힣') into.set(c, (into.get(c) ?? 0) + 1);
  return into;
}

/** The letter runs of the catalog's English, lower-cased. */
function countLetterRuns(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(/[A-Za-z]+/g)) words.add(m[0].toLowerCase());
  return words;
}

const LETTER = /[A-Za-z가-힣]/;

/** Whether the nearest letters before `from` and after `to` on the line are Hangul syllables or none, not both none. */
function besideHangul(text: string, from: number, to: number): boolean {
  let before = from - 1;
  while (before >= 0 && !LETTER.test(text[before]!)) before--;
  let after = to;
  while (after < text.length && !LETTER.test(text[after]!)) after++;
  const isHangul = (c: string | undefined) => c !== undefined && c >= '가' && c <= '힣';
  const [b, a] = [text[before], text[after]];
  return (isHangul(b) || b === undefined) && (isHangul(a) || a === undefined) && (b !== undefined || a !== undefined);
}

const catalogSyllables = memoOfTexts((texts) => countSyllables(texts));
const catalogLatin = memoOfTexts(countLetterRuns);

export const hangulTypedInLatinCheck: NotesCheck = {
  id: 'spelling',
  check(context) {
    if (notesLanguage(context.doc) !== 'ko') return [];
    const notes = letterRunCounts(context.doc);
    const prose = proseLines(context.doc);
    const found: { line: number; column: number; written: string; fix: string }[] = [];
    context.doc.lines.forEach((text, i) => {
      if (!prose.has(i + 1)) return;
      const outsideCode = text.includes('`') ? text.replace(CODE_SPAN, (span) => ' '.repeat(span.length)) : text;
      for (const m of outsideCode.matchAll(LATIN_WORD)) {
        if (notes.get(m[0]) !== 1 || !besideHangul(text, m.index!, m.index! + m[0].length)) continue;
        const fix = hangulOfLatin(m[0]);
        if (fix && fix.length >= 2 && isWholeSyllables(fix)) found.push({ line: i + 1, column: m.index! + 1, written: m[0], fix });
      }
    });
    if (!found.length) return [];
    const english = englishWordsAmong(new Set(found.map((f) => f.written)));
    const catalogWords = catalogLatin(context.entries.flatMap((e) => [e.title.en, e.summary.en, e.body.en, ...e.keywords.en]));
    const syllables = countSyllables([...hangulRunCounts(context.doc).keys()], new Map(catalogSyllables(context.entries.flatMap((e) => [e.summary.ko, e.body.ko]))));
    const errata: ErratumRecord[] = [];
    for (const { line, column, written, fix } of found) {
      if (english.has(written) || catalogWords.has(written)) continue;
      if (![...fix].every((c) => (syllables.get(c) ?? 0) >= SEEN_SYLLABLE)) continue;
      const section = sectionAt(context.doc, line);
      if (!section) continue;
      const text = context.doc.lines[line - 1]!;
      errata.push({
        file: context.doc.file, line, column, rule: 'spelling/korean', severity: 'warning',
        message: say(context.lang, `"${written}"은(는) 한/영 전환 없이 영문 자판으로 입력한 "${fix}"로 보입니다`,
          `"${written}" looks like "${fix}" typed with the keyboard in English mode`),
        suggestion: (text.slice(0, column - 1) + fix + text.slice(column - 1 + written.length)).trim(),
        excerpt: excerptAt(context.doc, line), section,
      });
    }
    return errata;
  },
};
