/**
 * english-typos' WORD matches of a line, found from the line's runs of letters (word-runs.ts)
 * instead of by the expression: its lookbehinds make it costly to try at every place of every
 * line, and a WORD touches no letter, so it is always a whole run.
 */
import type { LineRuns } from './word-runs.js';

/** A match: its text and its 0-based index in the line. */
export interface Found { readonly written: string; readonly index: number }

/** The matches of a global expression, as Found. */
export function matchesOf(text: string, pattern: RegExp): Found[] {
  return [...text.matchAll(pattern)].map((m) => ({ written: m[0], index: m.index! }));
}

/** [A-Za-z0-9_/@$'’-]: what may not touch a WORD. */
function isNameChar(c: number): boolean {
  return isWordChar(c) || c === 0x2f || c === 0x40 || c === 0x24 || c === 0x27 || c === 0x2019 || c === 0x2d;
}

/** [A-Za-z0-9_] */
function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/**
 * The matches of /(?<![A-Za-z0-9_/@$'’-])(?<![A-Za-z0-9_][.:])[A-Za-z][a-z]{3,}(?![A-Za-z0-9_/@$'’-])(?![.:][A-Za-z0-9_])/g
 * (english-typos' WORD) on line `line` (0-based) of the document `runs` were found in: the runs that pass its tests.
 */
export function wordRuns(text: string, runs: LineRuns, line: number): Found[] {
  const out: Found[] = [];
  for (let r = runs.first[line]!; r < runs.first[line + 1]!; r++) {
    const written = runs.words[r]!;
    const at = runs.columns[r]!;
    const end = at + written.length;
    // [A-Za-z][a-z]{3,}
    if (written.length < 4 || !isLowerCase(written, 1)) continue;
    // (?<![A-Za-z0-9_/@$'’-])(?<![A-Za-z0-9_][.:])
    const before = at > 0 ? text.charCodeAt(at - 1) : -1;
    if (before !== -1 && isNameChar(before)) continue;
    if ((before === 0x2e || before === 0x3a) && at >= 2 && isWordChar(text.charCodeAt(at - 2))) continue;
    // (?![A-Za-z0-9_/@$'’-])(?![.:][A-Za-z0-9_])
    const after = end < text.length ? text.charCodeAt(end) : -1;
    if (after !== -1 && isNameChar(after)) continue;
    if ((after === 0x2e || after === 0x3a) && end + 1 < text.length && isWordChar(text.charCodeAt(end + 1))) continue;
    out.push({ written, index: at });
  }
  return out;
}

function isLowerCase(word: string, from: number): boolean {
  for (let i = from; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}
