/**
 * The knowledge base's reads are plain SQL, not drizzle (server/knowledge/rows-where-in.ts): each must
 * return exactly what the drizzle query it replaced returns, rows, values, types and order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, asc, between, eq, inArray, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableColumnsSource } from '../../cli/dev/table-columns-source.js';
import * as t from '../../schema/tables.js';
import type { KnowledgeBase } from '../../server/database/open-database.js';
import { migrationsFolder } from '../../server/database/paths.js';
import * as q from '../../server/knowledge/knowledge-queries.js';
import { notesAtLineRows } from '../../server/knowledge/notes-at-line-rows.js';
import { notesAtLine } from '../../server/knowledge/notes-at-line.js';
import { buildTempKnowledgeBase } from '../helpers/temp-database.js';

let kb: KnowledgeBase;
let db: ReturnType<typeof drizzle<typeof t>>;
beforeAll(() => { kb = buildTempKnowledgeBase(); db = drizzle(kb.sqlite, { schema: t }); });
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
      expect(q.entryIdsBySectionIds(kb, ids)).toStrictEqual(group(all.length ? db.selectDistinct({ sectionId: t.entrySections.sectionId, entryId: t.entrySections.entryId }).from(t.entrySections)
        .where(and(inArray(t.entrySections.sectionId, all), sql`${t.entrySections.role} != 'related'`)).all() : [], (r) => r.sectionId, (r) => r.entryId));
    }
    for (const ids of [fileIds, []]) {
      expect(q.filesByIds(kb, ids)).toStrictEqual(ids.length ? db.select().from(t.noteFiles).where(inArray(t.noteFiles.id, [...ids])).all() : []);
    }
  });

  it('return what drizzle returns for the whole-table reads', () => {
    expect(q.allSections(kb)).toStrictEqual(db.select().from(t.sections).orderBy(asc(t.sections.fileId), asc(t.sections.startLine)).all());
    expect(q.allErrata(kb)).toStrictEqual(db.select().from(t.errata).orderBy(asc(t.errata.fileId), asc(t.errata.line)).all());
    for (const severity of ['error', 'warning'] as const) {
      expect(q.allErrata(kb, severity)).toStrictEqual(db.select().from(t.errata).where(eq(t.errata.severity, severity)).orderBy(asc(t.errata.fileId), asc(t.errata.line)).all());
    }
    for (const kind of ['command', 'option', 'instruction', 'concept', 'comparison', 'recipe'] as const) {
      expect(q.entriesByKind(kb, kind)).toStrictEqual(db.select().from(t.entries).where(eq(t.entries.kind, kind)).orderBy(sql`rowid`).all());
    }
    const build = db.select().from(t.buildInfo).all();
    const get = (key: string) => build.find((r) => r.key === key)?.value ?? '';
    expect(q.buildFacts(kb)).toStrictEqual({ id: get('build_id'), builtAt: get('built_at'), version: get('dref_version') });
    const sections = db.select({ section: t.sections, file: t.noteFiles.path }).from(t.sections).innerJoin(t.noteFiles, eq(t.noteFiles.id, t.sections.fileId)).all();
    expect(sections.length).toBeGreaterThan(10);
    for (const { section, file } of sections) {
      expect(q.sectionByPath(kb, section.path)).toStrictEqual(sections.filter((s) => s.section.path === section.path).sort((a, b) => a.section.fileId - b.section.fileId)[0]!.section);
      expect(q.sectionByPath(kb, section.path, file)).toStrictEqual(section);
    }
    expect(q.sectionByPath(kb, 'no.such.section')).toBeUndefined();
  });

  it('give the notes at a line the rows drizzle gives', () => {
    const [file] = db.select().from(t.noteFiles).all();
    for (const line of [1, 40, 120, 132, Math.floor(file!.lineCount / 2), file!.lineCount]) {
      const context = notesAtLine(kb, { file: file!.path, startLine: line, endLine: Math.min(line + 3, file!.lineCount), lang: 'en' });
      if (context.status !== 'found') throw new Error(`${file!.path}:${line}: ${context.status}`);
      const sections = db.select().from(t.sections).where(eq(t.sections.fileId, file!.id)).all();
      const passages = db.select({ passage: t.passages, section: t.sections.path }).from(t.passages)
        .innerJoin(t.sections, eq(t.sections.id, t.passages.sectionId)).where(eq(t.sections.fileId, file!.id)).all();
      const passageRow = (p: { startLine: number; endLine: number; section: string } | null) => passages.find((r) => r.passage.startLine === p?.startLine && r.passage.endLine === p.endLine && r.section === p.section)?.passage ?? null;
      const first = context.lines[0]?.line ?? context.startLine;
      const last = context.lines.at(-1)?.line ?? context.endLine;
      expect(notesAtLineRows(kb, context), `line ${line}`).toStrictEqual({
        headings: context.headings.map((h) => sections.find((s) => s.startLine === h.line && s.path === h.path)).filter((s) => !!s),
        passages: context.passages.map(passageRow).filter((p) => !!p),
        previous: passageRow(context.previous),
        next: passageRow(context.next),
        errata: db.select().from(t.errata).where(and(eq(t.errata.fileId, file!.id), between(t.errata.line, first, last))).orderBy(asc(t.errata.line), asc(t.errata.column)).all(),
      });
    }
    const some = notesAtLine(kb, { file: file!.path, startLine: 1, lang: 'en' });
    if (some.status !== 'found') throw new Error(some.status);
    expect(notesAtLineRows(kb, { ...some, file: 'no-such-file.md' })).toStrictEqual({ headings: [], passages: [], previous: null, next: null, errata: [] });
  });

  it('decode booleans as drizzle does (examples.is_valid)', () => {
    const examples = [...q.examplesByEntryIds(kb, ['command:run']).values()].flat();
    expect(examples.length).toBeGreaterThan(0);
    for (const e of examples) expect(typeof e.isValid).toBe('boolean');
  });
});

describe('the tables’ columns', () => {
  it('are the generated file’s, as schema/tables.ts has them', () => {
    expect(readFileSync(join(migrationsFolder(), 'table-columns.ts'), 'utf8'), 'run `npm run db:generate`').toBe(tableColumnsSource());
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
