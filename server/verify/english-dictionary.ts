/**
 * Which words are English words: a lookup in the word-list package's list of 274,000 English words
 * (lower case, one per line). The list is read when asked for (once per check) and only the words asked about are
 * kept, so an ingest holds no 274,000-entry set.
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

/** The whole list, read afresh: a caller that looks up twice reads it once and passes it to both lookups. */
export function englishWordList(): readonly string[] {
  return readFileSync(wordListFile(), 'utf8').split('\n');
}

/** The words among `queries` that are English words. */
export function englishWordsAmong(queries: ReadonlySet<string>, list?: () => readonly string[]): Set<string> {
  const found = new Set<string>();
  if (!queries.size) return found;
  // Once a large ingest has built the whole set, asking it is cheaper than reading the list again.
  if (dictionary) {
    for (const word of queries) if (dictionary.has(word)) found.add(word);
    return found;
  }
  for (const word of list ? list() : englishWordList()) if (queries.has(word)) found.add(word);
  return found;
}

/**
 * The whole list as a set, for an ingest with many unknown words (a large corpus): checking their
 * neighbours against it costs less than collecting them all first. About 30 MB; built on first use.
 */
let dictionary: Set<string> | undefined;
export function englishDictionary(): ReadonlySet<string> {
  dictionary ??= new Set(readFileSync(wordListFile(), 'utf8').split('\n'));
  return dictionary;
}
