/**
 * A letter typed three times in a row (`htttp_proxy`, `commmand`): no English word or name of
 * software has one, so it is a key held or pressed once too often, wherever it stands, in prose
 * or code, in a variable's name as in a word. It is reported when the word with the letter
 * doubled instead is one the notes or the catalog use (http), and not a run of one letter (www,
 * xxx) or a hex digit's (fff).
 */
import { memoOfTexts } from './same-texts-memo.js';
import { excerptAt, say, sectionAt, type ErratumRecord, type NotesCheck } from './types.js';
import { letterRunCounts } from './word-runs.js';

const LETTERS = /[A-Za-z]+/g;
const TRIPLED = /([a-z])\1\1/i;

function countRuns(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const m of text.matchAll(LETTERS)) counts.set(m[0].toLowerCase(), (counts.get(m[0].toLowerCase()) ?? 0) + 1);
  return counts;
}

/** The catalog's words, counted once per catalog. */
const catalogRuns = memoOfTexts(countRuns);

/** TRIPLED.test(text), without the backreference tried at every place: one pass over the text. */
function hasTripledLetter(text: string): boolean {
  let run = 0;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // An ASCII letter, lower-cased (the i flag without u folds no other letter onto these).
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? c | 0x20 : -1;
    run = letter !== -1 && letter === last ? run + 1 : 1;
    last = letter;
    if (letter !== -1 && run >= 3) return true;
  }
  return false;
}

export const tripledLettersCheck: NotesCheck = {
  id: 'spelling',
  check(context) {
    // Counted only once a line holds a tripled letter: most notes have none.
    if (!context.doc.lines.some(hasTripledLetter)) return [];
    // The notes' words, counted once per document and shared with the English checks.
    const isUsed = (word: string) => letterRunCounts(context.doc).has(word) || catalogRuns(context.entries.map((e) => e.body.en)).has(word);
    const errata: ErratumRecord[] = [];
    context.doc.lines.forEach((text, i) => {
      // A word with a tripled letter makes its line hold one.
      if (!hasTripledLetter(text)) return;
      const line = i + 1;
      const section = sectionAt(context.doc, line);
      if (!section) return;
      for (const m of text.matchAll(LETTERS)) {
        const word = m[0];
        const tripled = TRIPLED.exec(word);
        if (!tripled || word.length < 4 || /^(.)\1*$/i.test(word) || /^[a-f]+$/i.test(word)) continue;
        const fix = word.slice(0, tripled.index) + word.slice(tripled.index + 1);
        if (TRIPLED.test(fix) || !isUsed(fix.toLowerCase())) continue;
        errata.push({
          file: context.doc.file, line, column: m.index! + 1, rule: 'spelling/english', severity: 'warning',
          message: say(context.lang, `"${word}"은(는) "${fix}"의 오타로 보입니다: "${tripled[1]}"이(가) 세 번 입력되었습니다`, `"${word}" is probably "${fix}": "${tripled[1]}" is typed three times`),
          suggestion: (text.slice(0, m.index!) + fix + text.slice(m.index! + word.length)).trim(),
          excerpt: excerptAt(context.doc, line), section,
        });
      }
    });
    return errata;
  },
};
