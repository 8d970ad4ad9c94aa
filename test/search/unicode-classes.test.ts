/**
 * unicode-classes.ts answers as the \p{…} expressions it stands in for, over every code point of
 * the Node running the tests (its ICU decides what \p{…} means), alone and inside text.
 */
import { describe, expect, it } from 'vitest';
import { hasHangul, isAsciiText, replaceLetterRuns } from '../../server/search/unicode-classes.js';
import { queryTerms, toIndexText } from '../../server/search/index-terms.js';

const HANGUL = /\p{Script=Hangul}/u;
const LETTER_RUNS = /[\p{L}\p{N}]+/gu;
/** Every code point as a string (lone surrogates included, as text may hold them). */
const ALL = Array.from({ length: 0x110000 }, (_, cp) => String.fromCodePoint(cp));
/** The code points where either answer could turn: each class's bounds, in text between other characters. */
const EDGES = ['a', '0', 'Z', ' ', 'ª', 'º', '¼', '×', 'é', 'ᄀ', '\u2014', '\u2026', '\u2070', 'ⁱ', '가', '힣', '\ud7a4', 'ㄱ', '々', '〇', '𝐀', '😀', '\ud800', '１', 'Ａ', '-', '«'];

/** Texts of one to three characters, each from EDGES, and two longer mixed ones. */
function texts(): string[] {
  const out: string[] = [];
  for (const a of EDGES) for (const b of EDGES) { out.push(a + b); for (const c of ['', ' ', 'x', '재']) out.push(a + c + b); }
  out.push('docker «restart» --restart=always 컨테이너를 재시작한다… ①②③ café ǅungla 𝐀𝐁 ㄱㄴ 〇〇 ⁱⁿ', 'A→B 1½ x·y');
  return out;
}

describe('hasHangul', () => {
  it('is /\\p{Script=Hangul}/u for every code point and for text', () => {
    expect(ALL.filter((c) => hasHangul(c) !== HANGUL.test(c)).map((c) => c.codePointAt(0)!.toString(16))).toEqual([]);
    for (const t of texts()) expect(hasHangul(t), t).toBe(HANGUL.test(t));
  });
});

describe('replaceLetterRuns', () => {
  const mark = (run: string) => `[${run}]`;
  it('is replace(/[\\p{L}\\p{N}]+/gu) for every code point and for text', () => {
    expect(ALL.filter((c) => replaceLetterRuns(c, mark) !== c.replace(LETTER_RUNS, mark)).map((c) => c.codePointAt(0)!.toString(16))).toEqual([]);
    for (const t of texts()) expect(replaceLetterRuns(t, mark), t).toBe(t.replace(LETTER_RUNS, mark));
  });
});

describe('isAsciiText', () => {
  it('is true exactly below U+0080', () => {
    expect(ALL.filter((c) => isAsciiText(c) !== c.codePointAt(0)! < 0x80).length).toBe(0);
  });
});

describe('the index terms, with ASCII text cut without the Unicode classes', () => {
  const TERM = /\p{Script=Hangul}+|[\p{L}\p{N}]+/gu;
  /** toIndexText as written with the \p{…} classes alone. */
  const indexText = (text: string) => Array.from(text.matchAll(TERM), (m) => m[0])
    .flatMap((run) => (HANGUL.test(run) ? (run.length === 1 ? [run] : Array.from({ length: run.length - 1 }, (_, i) => run.slice(i, i + 2))) : [run.toLowerCase()])).join(' ');
  it('cuts every ASCII character, and text, as the \\p{…} classes do', () => {
    const ascii = ALL.slice(0, 0x80).join('');
    for (const t of [ascii, `x${ascii}y`, ...texts(), 'Run-It 2x: docker_compose/up --no-deps']) expect(toIndexText(t), t).toBe(indexText(t));
    expect(queryTerms('docker-compose UP 2x').map((t) => t.text)).toEqual(['docker', 'compose', 'up', '2x']);
  });
});
