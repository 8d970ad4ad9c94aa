/** Entries read in two parts for GraphQL (server/graphql/lazy-entries.ts): the same values as a whole-row read, the long columns in one more statement. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLazyEntries } from '../../server/graphql/lazy-entries.js';
import * as q from '../../server/knowledge/knowledge-queries.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

describe('lazy entries', () => {
  it('are the rows a whole-row read gives, field for field', () => {
    const kb = t.source.current();
    const ids = (kb.sqlite.prepare('SELECT id FROM entries ORDER BY id LIMIT 40').all() as { id: string }[]).map((r) => r.id);
    const whole = new Map(q.entriesByIds(kb, ids).map((e) => [e.id, e]));
    const lazy = createLazyEntries(kb).byIds(ids);
    expect(lazy).toHaveLength(ids.length);
    for (const entry of lazy) {
      const expected = whole.get(entry.id)!;
      for (const key of Object.keys(expected) as (keyof typeof expected)[]) expect(entry[key], `${entry.id} ${key}`).toEqual(expected[key]);
    }
  });

  it('reads the long columns of every entry waiting in one statement, when the first is asked for', () => {
    const kb = t.source.current();
    const ids = (kb.sqlite.prepare("SELECT id FROM entries WHERE kind = 'command' ORDER BY id LIMIT 10").all() as { id: string }[]).map((r) => r.id);
    const entries = createLazyEntries(kb).byIds(ids);
    const prepare = kb.sqlite.prepare;
    let statements = 0;
    kb.sqlite.prepare = ((source: string) => { statements++; return prepare(source); }) as typeof prepare;
    try {
      expect(entries.map((e) => e.bodyEn.length + e.data.length).every((n) => n > 0)).toBe(true);
      expect(entries.map((e) => e.keywordsKo)).toEqual(q.entriesByIds(kb, ids).sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id)).map((e) => e.keywordsKo));
    } finally {
      kb.sqlite.prepare = prepare;
    }
    // One for the long columns, one for the whole-row read the test compares with.
    expect(statements).toBe(2);
  });
});
