/**
 * Which words are English words: a lookup in the word-list package's list of 274,000 English words
 * (lower case, one per line). The list is read once per process and kept as the file's text with a
 * hash table of where each word starts, and (once a cut-off word is asked about) where the words
 * starting with each four letters start: about 6 MB in all, no 274,000-entry set, and asking costs
 * a hash and a comparison instead of a pass over the whole list on every ingest.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { packageRoot } from '../database/paths.js';

/** The word list's file, resolved from the package root the way Node finds a dependency (hoisted or not). */
function wordListFile(): string {
  const entry = createRequire(join(packageRoot(), 'package.json')).resolve('word-list');
  return join(dirname(entry), 'words.txt');
}

const NEWLINE = 0x0a;

/** The list's text (words separated by newlines) and an open-addressing table of word starts + 1 (0 for none), by hash. */
interface WordTable {
  readonly text: string;
  readonly slots: Int32Array;
}

function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

let table: WordTable | undefined;
function wordTable(): WordTable {
  if (!table) {
    const text = readFileSync(wordListFile(), 'utf8');
    let count = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    let size = 1;
    while (size < count * 2) size *= 2;
    const slots = new Int32Array(size);
    for (let start = 0; start <= text.length;) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let slot = hashOf(text, start, end) & (size - 1);
      while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
      slots[slot] = start + 1;
      start = end + 1;
    }
    table = { text, slots };
  }
  return table;
}

/** Whether `word` is one of the list's words (a whole line of it). */
function isListed(words: WordTable, word: string): boolean {
  const mask = words.slots.length - 1;
  for (let slot = hashOf(word, 0, word.length) & mask; words.slots[slot] !== 0; slot = (slot + 1) & mask) {
    const start = words.slots[slot]! - 1;
    const end = start + word.length;
    if (words.text.startsWith(word, start) && (end === words.text.length || words.text.charCodeAt(end) === NEWLINE)) return true;
  }
  return false;
}

/** The words among `queries` that are English words. */
export function englishWordsAmong(queries: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  if (!queries.size) return found;
  // Once a large ingest has built the whole set, asking it is cheaper still.
  if (dictionary) {
    for (const word of queries) if (dictionary.has(word)) found.add(word);
    return found;
  }
  const words = wordTable();
  for (const word of queries) if (isListed(words, word)) found.add(word);
  return found;
}

let byHead: Map<string, number[]> | undefined;
/** Where each word of five letters or more starts in the list's text, by its first four letters; built when first asked for. */
function startsByHead(text: string): ReadonlyMap<string, readonly number[]> {
  if (!byHead) {
    byHead = new Map();
    for (let start = 0; start <= text.length;) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (end - start > 4) {
        const head = text.slice(start, start + 4);
        const starts = byHead.get(head);
        if (starts) starts.push(start);
        else byHead.set(head, [start]);
      }
      start = end + 1;
    }
  }
  return byHead;
}

/** The words among `queries` (of four letters or more) that a longer English word starts with (a word cut off: `databa…` of database). */
export function startsOfEnglishWords(queries: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  if (!queries.size) return found;
  const { text } = wordTable();
  const heads = startsByHead(text);
  for (const word of queries) {
    // A longer word that starts with `word` has five letters or more and starts with its first four.
    const longer = (start: number) => text.startsWith(word, start) && start + word.length < text.length && text.charCodeAt(start + word.length) !== NEWLINE;
    if ((heads.get(word.slice(0, 4)) ?? []).some(longer)) found.add(word);
  }
  return found;
}

/**
 * The whole list as a set, for an ingest with many unknown words (a large corpus): checking their
 * neighbours against it costs less than looking each up. About 30 MB; built on first use.
 */
let dictionary: Set<string> | undefined;
export function englishDictionary(): ReadonlySet<string> {
  dictionary ??= new Set(readFileSync(wordListFile(), 'utf8').split('\n'));
  return dictionary;
}
