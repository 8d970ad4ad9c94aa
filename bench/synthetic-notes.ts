/**
 * Synthetic corpora for benchmarks: `times` notes files' worth of distinct text. Copy 0 is the
 * shipped notes as they are; later copies cycle through the shipped notes and the real notes in
 * test/real-world/notes, with every English prose word of four or more letters replaced by
 * another real English word chosen per copy (so the share of unknown words stays that of real
 * notes), every Korean word of two or more syllables given a syllable of its own per copy, and
 * headings renumbered. So the
 * vocabulary, and with it the search index, grows with the corpus as real notes would, while
 * command lines and Dockerfiles keep their shape.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { join } from 'node:path';
import { defaultNotesFiles, packageRoot } from '../server/database/paths.js';

const SYLLABLES = '가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초';

/** A suffix unique to copy `i`, in syllables, for Korean words. */
function suffixes(i: number): { ko: string } {
  let ko = '';
  for (let n = i; n > 0; n = Math.floor(n / SYLLABLES.length)) ko += SYLLABLES[n % SYLLABLES.length];
  return { ko };
}

function sources(): string[] {
  const dir = join(packageRoot(), 'test', 'real-world', 'notes', 'files');
  const real = existsSync(dir) ? readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8')) : [];
  return [readFileSync(defaultNotesFiles()[0]!, 'utf8'), ...real];
}

let words: string[] | undefined;
/** English words of 4–10 letters from the word-list package, to stand in for prose words. */
function englishWords(): string[] {
  if (!words) {
    const file = join(dirname(createRequire(join(packageRoot(), 'package.json')).resolve('word-list')), 'words.txt');
    words = readFileSync(file, 'utf8').split('\n').filter((w) => w.length >= 4 && w.length <= 10);
  }
  return words;
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** One copy's text: prose words suffixed, code left alone, headings numbered after the copy. */
function variant(text: string, i: number): string {
  const { ko } = suffixes(i);
  const list = englishWords();
  let fence = false;
  return text.split(/\r?\n/).map((line) => {
    if (/^\s*(```|~~~)/.test(line)) { fence = !fence; return line; }
    if (fence || /^\s*(sudo\s+)?docker\s/.test(line) || /^\s*[A-Z]{2,}\s/.test(line)) return line;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const body = heading ? `${i + 1}. ${heading[2]}` : line;
    const changed = body
      .replace(/(?<![\w`'./-])[a-z]{4,}(?![\w`'./-])/g, (w) => list[hash(`${w}:${i}`) % list.length]!)
      .replace(/\p{Script=Hangul}{2,}/gu, (w) => w + ko);
    return heading ? `${heading[1]} ${changed}` : changed;
  }).join('\n');
}

export function syntheticNotes(times: number): string {
  const texts = sources();
  const copies: string[] = [];
  for (let i = 0; i < times; i++) copies.push(i === 0 ? texts[0]! : variant(texts[i % texts.length]!, i));
  return copies.join('\n\n');
}
