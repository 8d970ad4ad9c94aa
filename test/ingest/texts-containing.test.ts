/** The one-pass phrase search gives exactly what `text.toLowerCase().includes(phrase)` gives for every pair. */
import { describe, expect, it } from 'vitest';
import { textsContaining } from '../../server/ingest/texts-containing.js';
import { editDistance } from '../../server/text/did-you-mean.js';

/** A small random generator with a seed, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const ALPHABET = ['a', 'b', 'A', 'B', ' ', '-', '이', '미', '지', '\n'];

function word(next: () => number, max: number): string {
  let out = '';
  for (let i = Math.floor(next() * max); i > 0; i--) out += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return out;
}

describe('textsContaining', () => {
  it('agrees with includes on random texts and phrases, overlapping and repeated ones included', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      const texts = Array.from({ length: 1 + Math.floor(next() * 8) }, () => word(next, 12));
      const groups = Array.from({ length: 1 + Math.floor(next() * 4) }, () => Array.from({ length: 1 + Math.floor(next() * 3) }, () => word(next, 3).toLowerCase()));
      const expected = groups.map((phrases) => texts.map((t) => (phrases.some((p) => t.toLowerCase().includes(p)) ? 1 : 0)));
      expect(textsContaining(texts, groups).map((hits) => [...hits]), `seed ${seed}`).toEqual(expected);
    }
  });

  it('never finds a phrase across two texts', () => {
    expect(textsContaining(['docker hu', 'b is a registry'], [['docker hub']]).map((h) => [...h])).toEqual([[0, 0]]);
    expect(textsContaining(['Docker Hub', '빌드 컨텍스트'], [['docker hub'], ['컨텍스트'], ['']]).map((h) => [...h])).toEqual([[1, 0], [0, 1], [1, 1]]);
  });
});

describe('editDistance', () => {
  /** The whole table, as the function computed it before it kept three rows. */
  function reference(a: string, b: string): number {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
        d[i]![j] = v;
      }
    }
    return d[a.length]![b.length]!;
  }

  it('is the same distance as the full table, for random pairs and swaps', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const a = word(next, 9);
      const b = next() < 0.3 ? a.split('').reverse().join('') : word(next, 9);
      expect(editDistance(a, b), `${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(reference(a, b));
    }
    expect(editDistance('restrat', 'restart')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
