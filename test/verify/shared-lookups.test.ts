/**
 * The lookups the spelling checks share to run fast on a large ingest find exactly what the plain
 * code they replace found: the runs of a document against the regular expressions, edit hashes
 * against the hashes of the edited strings, the word list's table against the list itself.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../server/notes/parse-notes.js';
import { droppedKey, hashKey, prefixHashes, replacedKey, swappedKey } from '../../server/verify/edit-hashes.js';
import { englishWordsAmong, startsOfEnglishWords } from '../../server/verify/english-dictionary.js';
import { wordRuns } from '../../server/verify/word-matches.js';
import { hangulFirstRuns, hangulRunCounts, hangulRuns, letterRunCounts, letterRuns, lineOfRun } from '../../server/verify/word-runs.js';
import { notesText, ROOT } from '../helpers/catalog-model.js';

const WORD_LIST = join(dirname(createRequire(join(ROOT, 'package.json')).resolve('word-list')), 'words.txt');

/** The runs of each line as a regular expression finds them: [line, column, word]. */
function regexRuns(lines: readonly string[], pattern: RegExp): [number, number, string][] {
  return lines.flatMap((text, i) => [...text.matchAll(pattern)].map((m): [number, number, string] => [i, m.index!, m[0]]));
}

function sharedRuns(runs: ReturnType<typeof hangulRuns>): [number, number, string][] {
  return runs.words.map((w, r): [number, number, string] => [lineOfRun(runs, r), runs.columns[r]!, w]);
}

describe('runs of a document, scanned once', () => {
  const text = `${notesText()}\n\nMixed 한글English줄 ㄱ가 힣 \u{1F600}docker—run\n\n끝`;
  const doc = parseNotes(text, 'notes.md');

  it('are the runs /[가-힣]+/g and /[A-Za-z]+/g find, line by line', () => {
    expect(sharedRuns(hangulRuns(doc))).toEqual(regexRuns(doc.lines, /[가-힣]+/g));
    expect(sharedRuns(letterRuns(doc))).toEqual(regexRuns(doc.lines, /[A-Za-z]+/g));
  });

  it('counts them as counting the matches does, and knows where each word first occurs', () => {
    const counts = new Map<string, number>();
    for (const [, , w] of regexRuns(doc.lines, /[가-힣]+/g)) counts.set(w, (counts.get(w) ?? 0) + 1);
    expect([...hangulRunCounts(doc)]).toEqual([...counts]);
    const runs = hangulRuns(doc);
    [...hangulRunCounts(doc).keys()].forEach((w, k) => expect(runs.words.indexOf(w)).toBe(hangulFirstRuns(doc)[k]));
    const lower = new Map<string, number>();
    for (const [, , w] of regexRuns(doc.lines, /[A-Za-z]+/g)) lower.set(w.toLowerCase(), (lower.get(w.toLowerCase()) ?? 0) + 1);
    expect(new Map(letterRunCounts(doc))).toEqual(lower);
  });
});

describe('the English words of a line, from its runs of letters', () => {
  /** english-typos' WORD, the expression the runs stand in for. */
  const WORD = /(?<![A-Za-z0-9_/@$'’-])(?<![A-Za-z0-9_][.:])[A-Za-z][a-z]{3,}(?![A-Za-z0-9_/@$'’-])(?![.:][A-Za-z0-9_])/g;
  // Words and what may touch them, glued in any order.
  const pieces = ['word', 'Word', 'wOrd', 'words', 'abc', 'WORD', 'x', '1', '_', '/', '@', '$', "'", '’', '-', '.', ':', ' ', ' ', '…', '가', '"', '#'];

  it('are what WORD matches', () => {
    let found = 0;
    fc.assert(fc.property(fc.array(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((a) => a.join('')), { minLength: 1, maxLength: 5 }), (lines) => {
      const doc = parseNotes(lines.join('\n'), 'notes.md');
      const runs = letterRuns(doc);
      doc.lines.forEach((text, i) => {
        const expected = [...text.matchAll(WORD)].map((m) => ({ written: m[0], index: m.index }));
        found += expected.length;
        expect(wordRuns(text, runs, i)).toEqual(expected);
      });
    }), { numRuns: 500 });
    expect(found).toBeGreaterThan(100);
  });
});

describe('hashes of one-edit variants', () => {
  it('equal the hashes of the edited strings', () => {
    fc.assert(fc.property(fc.string({ minLength: 2, maxLength: 12 }), fc.nat(), fc.integer({ min: 0, max: 0xffff }), (s, at, code) => {
      const i = at % (s.length - 1);
      const prefixes = prefixHashes(s);
      expect(replacedKey(prefixes, i, code)).toBe(hashKey(s.slice(0, i) + String.fromCharCode(code) + s.slice(i + 1)));
      expect(swappedKey(s, prefixes, i)).toBe(hashKey(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)));
      expect(droppedKey(prefixes, i)).toBe(hashKey(s.slice(0, i) + s.slice(i + 1)));
    }));
  });
});

describe('the English word list', () => {
  const list = readFileSync(WORD_LIST, 'utf8').split('\n');
  const listed = new Set(list);
  const sample = list.filter((_, i) => i % 997 === 0);
  const queries = new Set([...sample, ...sample.map((w) => `${w}q`), ...sample.map((w) => w.slice(0, -1)), 'aa', 'zzzs', 'databse', '']);

  it('says which words are in it, as the list does', () => {
    expect([...englishWordsAmong(queries)].sort()).toEqual([...queries].filter((w) => listed.has(w)).sort());
  });

  it('says which words a longer word of the list starts with, a few or many at once', () => {
    const cut = [...queries].filter((w) => w.length >= 4);
    // Every proper prefix of every listed word, of the lengths asked about.
    const lengths = new Set(cut.map((w) => w.length));
    const prefixes = new Set(list.flatMap((l) => [...lengths].filter((n) => n < l.length).map((n) => l.slice(0, n))));
    for (const some of [cut.slice(0, 20), cut]) {
      expect([...startsOfEnglishWords(new Set(some))].sort()).toEqual(some.filter((w) => prefixes.has(w)).sort());
    }
  });
});
