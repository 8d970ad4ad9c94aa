/**
 * Synthetic corpora for benchmarks: `times` notes files' worth of distinct text. Copy 0 is the
 * shipped notes as they are; later copies cycle through the shipped notes and the real notes in
 * test/real-world/notes, with every prose word of four or more letters (and every Korean word of
 * two or more syllables) given a suffix of its own per copy, and headings renumbered. So the
 * vocabulary, and with it the search index, grows with the corpus as real notes would, while
 * command lines and Dockerfiles keep their shape.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultNotesFiles, packageRoot } from '../server/database/paths.js';

const SYLLABLES = '가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초';
const LETTERS = 'bcdfghjklmnpqrstvwxz';

/** A suffix unique to copy `i`: letters for English words, syllables for Korean ones. */
function suffixes(i: number): { en: string; ko: string } {
  let en = '';
  let ko = '';
  for (let n = i; n > 0; n = Math.floor(n / LETTERS.length)) en += LETTERS[n % LETTERS.length];
  for (let n = i; n > 0; n = Math.floor(n / SYLLABLES.length)) ko += SYLLABLES[n % SYLLABLES.length];
  return { en, ko };
}

function sources(): string[] {
  const dir = join(packageRoot(), 'test', 'real-world', 'notes', 'files');
  const real = existsSync(dir) ? readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8')) : [];
  return [readFileSync(defaultNotesFiles()[0]!, 'utf8'), ...real];
}

/** One copy's text: prose words suffixed, code left alone, headings numbered after the copy. */
function variant(text: string, i: number): string {
  const { en, ko } = suffixes(i);
  let fence = false;
  return text.split(/\r?\n/).map((line) => {
    if (/^\s*(```|~~~)/.test(line)) { fence = !fence; return line; }
    if (fence || /^\s*(sudo\s+)?docker\s/.test(line) || /^\s*[A-Z]{2,}\s/.test(line)) return line;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const body = heading ? `${i + 1}. ${heading[2]}` : line;
    const changed = body
      .replace(/(?<![\w`'./-])[a-z]{4,}(?![\w`'./-])/g, (w) => w + en)
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
