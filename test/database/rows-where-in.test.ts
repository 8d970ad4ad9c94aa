/**
 * The DataLoaders' reads skip drizzle's query builder (server/knowledge/rows-where-in.ts): each must
 * return exactly what the drizzle query it replaced returns, rows, values, types and order.
 */
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../schema/tables.js';
import type { KnowledgeBase } from '../../server/database/open-database.js';
import * as q from '../../server/knowledge/knowledge-queries.js';
import { buildTempKnowledgeBase } from '../helpers/temp-database.js';

let kb: KnowledgeBase;
beforeAll(() => { kb = buildTempKnowledgeBase(); });
afterAll(() => kb.close());

/** Some keys of every kind: entries of each kind, the sections and files the notes have, and keys that match nothing. */
function keys(): { entryIds: string[]; sectionIds: number[]; fileIds: number[] } {
  const entryIds = (kb.sqlite.prepare('SELECT id FROM entries WHERE rowid % 7 = 0 ORDER BY rowid DESC').all() as { id: string }[]).map((r) => r.id);
  const linked = (kb.sqlite.prepare('SELECT DISTINCT entry_id AS id FROM entry_sections UNION SELECT entry_id FROM example_entries UNION SELECT entry_id FROM errata WHERE entry_id IS NOT NULL').all() as { id: string }[]).map((r) => r.id);
  const sectionIds = (kb.sqlite.prepare('SELECT id FROM sections').all() as { id: number }[]).map((r) => r.id);
  const fileIds = (kb.sqlite.prepare('SELECT id FROM note_files').all() as { id: number }[]).map((r) => r.id);
  return { entryIds: [...new Set([...entryIds, ...linked, 'command:run', 'command:nothing'])], sectionIds: [...sectionIds, 999_999], fileIds: [...fileIds, 999_999] };
}

describe('the loaders’ reads', () => {
  it('return what drizzle returns, for many keys, one key and none', () => {
    const { entryIds, sectionIds, fileIds } = keys();
    expect(sectionIds.length).toBeGreaterThan(10);
    const db = kb.db;
    for (const ids of [entryIds, entryIds.slice(0, 1), ['command:run'], []]) {
      const all = [...ids];
      expect(q.entriesByIds(kb, ids)).toStrictEqual(all.length ? db.select().from(t.entries).where(inArray(t.entries.id, all)).all() : []);
      expect(q.aliasesByEntryIds(kb, ids)).toStrictEqual(group(all.length ? db.select().from(t.entryAliases).where(inArray(t.entryAliases.entryId, all)).all() : [], (r) => r.entryId, (r) => r.alias));
      expect(q.noteLinksByEntryIds(kb, ids)).toStrictEqual(group(all.length ? db.select().from(t.entrySections).where(inArray(t.entrySections.entryId, all)).orderBy(asc(t.entrySections.sectionId), asc(t.entrySections.startLine)).all() : [], (r) => r.entryId, (r) => r));
      expect(q.examplesByEntryIds(kb, ids)).toStrictEqual(group(all.length ? db.select({ entryId: t.exampleEntries.entryId, example: t.examples }).from(t.exampleEntries)
        .innerJoin(t.examples, eq(t.examples.id, t.exampleEntries.exampleId)).where(inArray(t.exampleEntries.entryId, all))
        .orderBy(sql`${t.examples.source} DESC`, asc(t.examples.id)).all() : [], (r) => r.entryId, (r) => r.example));
      expect(q.relatedByEntryIds(kb, ids)).toStrictEqual(group(all.length ? db.select().from(t.relatedEntries).where(inArray(t.relatedEntries.entryId, all)).orderBy(sql`${t.relatedEntries.weight} DESC`).all() : [], (r) => r.entryId, (r) => r.relatedId));
      expect(q.errataByEntryIds(kb, ids)).toStrictEqual(group(all.length ? db.select().from(t.errata).where(inArray(t.errata.entryId, all)).orderBy(asc(t.errata.line)).all() : [], (r) => r.entryId!, (r) => r));
      expect(q.optionsByCommandIds(kb, ids)).toStrictEqual(group(all.length ? db.select().from(t.entries).where(inArray(t.entries.parentId, all)).orderBy(sql`rowid`).all() : [], (r) => r.parentId!, (r) => r));
    }
    for (const ids of [sectionIds, sectionIds.slice(0, 1), []]) {
      const all = [...ids];
      expect(q.sectionsByIds(kb, ids)).toStrictEqual(all.length ? db.select().from(t.sections).where(inArray(t.sections.id, all)).all() : []);
      expect(q.errataBySectionIds(kb, ids)).toStrictEqual(group(all.length ? db.select().from(t.errata).where(inArray(t.errata.sectionId, all)).orderBy(asc(t.errata.line)).all() : [], (r) => r.sectionId!, (r) => r));
      expect(q.passagesBySectionIds(kb, ids)).toStrictEqual(group(all.length ? db.select().from(t.passages).where(inArray(t.passages.sectionId, all)).orderBy(asc(t.passages.startLine)).all() : [], (r) => r.sectionId, (r) => r));
    }
    for (const ids of [fileIds, []]) {
      expect(q.filesByIds(kb, ids)).toStrictEqual(ids.length ? db.select().from(t.noteFiles).where(inArray(t.noteFiles.id, [...ids])).all() : []);
    }
  });

  it('decode booleans as drizzle does (examples.is_valid)', () => {
    const examples = [...q.examplesByEntryIds(kb, ['command:run']).values()].flat();
    expect(examples.length).toBeGreaterThan(0);
    for (const e of examples) expect(typeof e.isValid).toBe('boolean');
  });
});

function group<R, K, V>(rows: readonly R[], key: (r: R) => K, value: (r: R) => V): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const r of rows) {
    const list = map.get(key(r));
    if (list) list.push(value(r));
    else map.set(key(r), [value(r)]);
  }
  return map;
}
