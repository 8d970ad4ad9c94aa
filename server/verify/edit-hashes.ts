/**
 * Polynomial hashes of strings and of their one-edit variants, for the typo checks: they try
 * dozens of edits of every rare word against the words in use, and nearly all of them are no
 * word. Hashing an edit from the word's prefix hashes costs a few multiplications, where building
 * it as a string costs an allocation and a hash of its own; only an edit whose hash is among the
 * words' is then built and looked up, so what is found is exactly what the strings would find.
 */

const BASE = 0x2f0b3;
/** Hashes are kept to 30 bits, so V8 stores them as small integers. */
const KEY_MASK = 0x3fffffff;
const powers: number[] = [1];

/** BASE ** n, modulo 2 ** 32. */
function power(n: number): number {
  while (powers.length <= n) powers.push(Math.imul(powers.at(-1)!, BASE));
  return powers[n]!;
}

/** hash(s[0, i)) for every i from 0 to s.length (UTF-16 code units). A plain array: a typed one costs more to make than to fill. */
export function prefixHashes(s: string): readonly number[] {
  const out = [0];
  for (let i = 0; i < s.length; i++) out.push((Math.imul(out[i]!, BASE) + s.charCodeAt(i)) | 0);
  return out;
}

/** The set key of a whole string's hash. */
export function hashKey(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
  return h & KEY_MASK;
}

/** hash(s[from, s.length)), from s's prefix hashes. */
function suffixHash(prefixes: readonly number[], from: number): number {
  const n = prefixes.length - 1;
  return (prefixes[n]! - Math.imul(prefixes[from]!, power(n - from))) | 0;
}

/** The key of s with the code unit at i replaced by `code`. */
export function replacedKey(prefixes: readonly number[], i: number, code: number): number {
  const n = prefixes.length - 1;
  const head = (Math.imul(prefixes[i]!, BASE) + code) | 0;
  return ((Math.imul(head, power(n - i - 1)) + suffixHash(prefixes, i + 1)) | 0) & KEY_MASK;
}

/** The key of s with the code units at i and i + 1 swapped (s given by its prefix hashes and itself). */
export function swappedKey(s: string, prefixes: readonly number[], i: number): number {
  const n = prefixes.length - 1;
  const head = (Math.imul(prefixes[i]!, power(2)) + Math.imul(s.charCodeAt(i + 1), BASE) + s.charCodeAt(i)) | 0;
  return ((Math.imul(head, power(n - i - 2)) + suffixHash(prefixes, i + 2)) | 0) & KEY_MASK;
}

/** The key of s with the code unit at i left out. */
export function droppedKey(prefixes: readonly number[], i: number): number {
  const n = prefixes.length - 1;
  return ((Math.imul(prefixes[i]!, power(n - i - 1)) + suffixHash(prefixes, i + 1)) | 0) & KEY_MASK;
}

/**
 * A set of keys as bits (a Bloom filter with one hash): asking it is one read of a table small enough
 * to stay in cache. A key never added may be reported (about one in forty when it holds a key for
 * every 40 bits), never the other way round, so a caller looks a reported key up for certain.
 */
export class KeyBits {
  private readonly bits: Uint32Array;
  /** A key's bit is the top bits of the key times a large odd number (Fibonacci hashing), which mixes all of its bits. */
  private readonly shift: number;

  /** A table for about `size` keys. */
  constructor(size: number) {
    let log = 10;
    while (2 ** log < size * 40 && log < 26) log++;
    this.bits = new Uint32Array(2 ** (log - 5));
    this.shift = 32 - log;
  }

  add(key: number): void {
    const bit = Math.imul(key, 0x9e3779b1) >>> this.shift;
    this.bits[bit >>> 5]! |= 1 << (bit & 31);
  }

  mayHave(key: number): boolean {
    const bit = Math.imul(key, 0x9e3779b1) >>> this.shift;
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}
