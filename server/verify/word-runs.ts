/**
 * The runs of Hangul syllables (/[가-힣]+/g) and of Latin letters (/[A-Za-z]+/g) on every line of
 * a notes document, scanned once per document and shared: the Korean checks each read the Hangul
 * runs of every line, and the English ones count the letter runs, so scanning each line once
 * instead of once per check is most of what they cost on a large ingest.
 */
import type { NotesDocument } from '../notes/types.js';

/** Every run of one kind in a document, line by line: the runs of line i (0-based) are first[i] .. first[i + 1] - 1. */
export interface LineRuns {
  readonly words: readonly string[];
  /** 0-based index of each run in its line. */
  readonly columns: Int32Array;
  readonly first: Int32Array;
}

const FIRST_SYLLABLE = 0xac00;
const LAST_SYLLABLE = 0xd7a3;

const isSyllable = (c: number) => c >= FIRST_SYLLABLE && c <= LAST_SYLLABLE;
const isLatinLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

function scanRuns(lines: readonly string[], inRun: (c: number) => boolean): LineRuns {
  const words: string[] = [];
  const columns: number[] = [];
  const first = new Int32Array(lines.length + 1);
  lines.forEach((text, i) => {
    first[i] = words.length;
    for (let at = 0; at < text.length; at++) {
      if (!inRun(text.charCodeAt(at))) continue;
      let end = at + 1;
      while (end < text.length && inRun(text.charCodeAt(end))) end++;
      words.push(text.slice(at, end));
      columns.push(at);
      at = end;
    }
  });
  first[lines.length] = words.length;
  return { words, columns: Int32Array.from(columns), first };
}

/** How often each word occurs, and (in the same order as the map's) the index of the run where each first occurs. */
function countOf(words: readonly string[]): { counts: Map<string, number>; firstRuns: Int32Array } {
  const counts = new Map<string, number>();
  const firstRuns: number[] = [];
  words.forEach((w, r) => {
    const n = counts.get(w);
    if (n === undefined) firstRuns.push(r);
    counts.set(w, (n ?? 0) + 1);
  });
  return { counts, firstRuns: Int32Array.from(firstRuns) };
}

/** The counts of `counts`' words lower-cased, in the order each lower-cased word first occurs. */
function lowerCased(counts: ReadonlyMap<string, number>): Map<string, number> {
  const lower = new Map<string, number>();
  for (const [word, n] of counts) {
    const k = word.toLowerCase();
    lower.set(k, (lower.get(k) ?? 0) + n);
  }
  return lower;
}

/** A result computed once per document, kept while the document lives. */
function perDocument<T>(compute: (doc: NotesDocument) => T): (doc: NotesDocument) => T {
  const cache = new WeakMap<NotesDocument, T>();
  return (doc) => {
    let value = cache.get(doc);
    if (value === undefined) {
      value = compute(doc);
      cache.set(doc, value);
    }
    return value;
  };
}

/** The runs of Hangul syllables on each line: what /[가-힣]+/g matches, in order. */
export const hangulRuns = perDocument((doc) => scanRuns(doc.lines, isSyllable));

const hangulCounts = perDocument((doc) => countOf(hangulRuns(doc).words));

/** How often each run of Hangul syllables occurs in the document, in the order each first occurs. Read-only: checks share it. */
export function hangulRunCounts(doc: NotesDocument): ReadonlyMap<string, number> {
  return hangulCounts(doc).counts;
}

/** For each word of hangulRunCounts, in its order, the index in hangulRuns of the run where it first occurs. */
export function hangulFirstRuns(doc: NotesDocument): Int32Array {
  return hangulCounts(doc).firstRuns;
}

/** The runs of Latin letters on each line: what /[A-Za-z]+/g matches, in order. */
export const letterRuns = perDocument((doc) => scanRuns(doc.lines, isLatinLetter));

/** How often each run of Latin letters occurs in the document, lower-cased (each spelling counted first, then folded). Read-only: checks share it. */
export const letterRunCounts: (doc: NotesDocument) => ReadonlyMap<string, number> = perDocument((doc) => lowerCased(countOf(letterRuns(doc).words).counts));

/** The line (0-based) of run `r`. */
export function lineOfRun(runs: LineRuns, r: number): number {
  let lo = 0;
  let hi = runs.first.length - 1;
  // The last line whose first run is at or before r.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs.first[mid]! <= r) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
