/** The quality set must stay good: most first answers right, nearly all right answers in the top 3. */
import { afterAll, describe, expect, it } from 'vitest';
import { searchEntries } from '../../server/search/search-entries.js';
import { buildTempKnowledgeBase } from '../helpers/temp-database.js';
import { NOTES_SET, QUALITY_SET } from './quality-set.js';

const kb = buildTempKnowledgeBase();
afterAll(() => kb.close());

describe('search quality', () => {
  const ranked = QUALITY_SET.map((c) => ({ c, names: searchEntries(kb, c.query, { limit: 3 }).results.map((r) => r.name) }));
  const hit1 = ranked.filter(({ c, names }) => c.expected.includes(names[0] ?? '')).length / ranked.length;
  const hit3 = ranked.filter(({ c, names }) => names.some((n) => c.expected.includes(n))).length / ranked.length;

  it(`hit@1 ≥ 0.8 and hit@3 ≥ 0.9 over ${QUALITY_SET.length} queries`, () => {
    expect({ hit1: hit1 >= 0.8, hit3: hit3 >= 0.9 }).toEqual({ hit1: true, hit3: true });
  });

  it(`finds a right answer in the top 3 for each of the ${NOTES_SET.length} queries on the notes' subject`, () => {
    const misses = ranked.filter(({ c, names }) => NOTES_SET.includes(c) && !names.some((n) => c.expected.includes(n)))
      .map(({ c, names }) => `${c.query} → ${names.join(' | ')}`);
    expect(misses).toEqual([]);
  });

  it('says "did you mean" for a typo', () => {
    const r = searchEntries(kb, 'restrat');
    expect(r.didYouMean).toBe('restart');
    expect(r.results.slice(0, 2).map((x) => x.name)).toEqual(['docker restart', 'docker run --restart']);
  });

  it('marks the matched words in the snippet and says which fields matched', () => {
    const r = searchEntries(kb, 'dangling', { limit: 3 }).results.find((x) => x.name === 'concept:dangling-images')!;
    expect(r.snippet).toMatch(/«dangling»/i);
    expect(r.matched).toEqual(expect.arrayContaining(['name', 'keywords']));
  });

  it('pages with an opaque cursor and counts all results', () => {
    const first = searchEntries(kb, 'image', { limit: 5 });
    const second = searchEntries(kb, 'image', { limit: 5, after: first.nextCursor! });
    expect(first.totalCount).toBeGreaterThan(10);
    expect(second.results.map((r) => r.id).some((id) => first.results.some((x) => x.id === id))).toBe(false);
    expect(() => searchEntries(kb, 'image', { after: 'bogus!' })).toThrow('after: "bogus!" is not a cursor from a previous page');
  });
});
