/**
 * The knowledge base's read queries, shared by GraphQL (through DataLoaders), REST and the CLI.
 * Each takes many keys at once where a loader needs it, so a page of results costs one query per kind;
 * those reads skip drizzle's query builder (rows-where-in.ts), the rest use it.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import * as t from '../../schema/tables.js';
import type { Entry, EntrySection, Erratum, Example, NoteFile, Passage, Section } from '../../schema/tables.js';
import type { KnowledgeBase } from '../database/open-database.js';
import { linkedRowsWhereIn, rowsWhereIn } from './rows-where-in.js';

export type ErratumRow = Erratum;

export function entriesByIds(kb: KnowledgeBase, ids: readonly string[]): Entry[] {
  return rowsWhereIn<Entry>(kb, t.entries, t.entries.id, ids);
}

/**
 * The id of the entry a name stands for: canonical name, alias or id, with or without `docker `
 * (`run -p`, `docker image rm`, `healthcheck`, `dangling-images`). Flags keep their case.
 */
export function entryIdByName(kb: KnowledgeBase, name: string): string | undefined {
  const raw = name.trim().replace(/\s+/g, ' ');
  if (!raw) return undefined;
  const candidates = [raw, `docker ${raw}`, `concept:${raw}`, `compare:${raw}`, `recipe:${raw}`];
  const exact = kb.sqlite.prepare(`SELECT id FROM entries WHERE id = ? OR name IN (?, ?, ?, ?, ?)
    UNION ALL SELECT entry_id FROM entry_aliases WHERE alias IN (?, ?) LIMIT 1`).get(raw, ...candidates, raw, `docker ${raw}`) as { id: string } | undefined;
  if (exact) return exact.id;
  if (/(^|\s)-[A-Za-z]$/.test(raw)) return undefined;
  const lower = candidates.map((c) => c.toLowerCase());
  const folded = kb.sqlite.prepare(`SELECT id FROM entries WHERE lower(name) IN (?, ?, ?, ?, ?)
    UNION ALL SELECT entry_id FROM entry_aliases WHERE lower(alias) IN (?, ?) AND alias NOT GLOB '* -[A-Za-z]' LIMIT 1`)
    .get(...lower, lower[0], lower[1]) as { id: string } | undefined;
  return folded?.id;
}

export function aliasesByEntryIds(kb: KnowledgeBase, ids: readonly string[]): Map<string, string[]> {
  const rows = rowsWhereIn<typeof t.entryAliases.$inferSelect>(kb, t.entryAliases, t.entryAliases.entryId, ids);
  return groupBy(rows, (r) => r.entryId, (r) => r.alias);
}

export function noteLinksByEntryIds(kb: KnowledgeBase, ids: readonly string[]): Map<string, EntrySection[]> {
  const rows = rowsWhereIn<EntrySection>(kb, t.entrySections, t.entrySections.entryId, ids, [{ column: t.entrySections.sectionId }, { column: t.entrySections.startLine }]);
  return groupBy(rows, (r) => r.entryId, (r) => r);
}

export function sectionsByIds(kb: KnowledgeBase, ids: readonly number[]): Section[] {
  return rowsWhereIn<Section>(kb, t.sections, t.sections.id, ids);
}

export function filesByIds(kb: KnowledgeBase, ids: readonly number[]): NoteFile[] {
  return rowsWhereIn<NoteFile>(kb, t.noteFiles, t.noteFiles.id, ids);
}

/** Examples using each entry: the notes' first, then the catalog's. */
export function examplesByEntryIds(kb: KnowledgeBase, ids: readonly string[]): Map<string, Example[]> {
  const rows = linkedRowsWhereIn<Example>(kb, { table: t.exampleEntries, key: t.exampleEntries.entryId, target: t.exampleEntries.exampleId }, t.examples, t.examples.id, ids,
    [{ column: t.examples.source, descending: true }, { column: t.examples.id }]);
  return groupBy(rows, (r) => r.key as string, (r) => r.row);
}

export function relatedByEntryIds(kb: KnowledgeBase, ids: readonly string[]): Map<string, string[]> {
  const rows = rowsWhereIn<typeof t.relatedEntries.$inferSelect>(kb, t.relatedEntries, t.relatedEntries.entryId, ids, [{ column: t.relatedEntries.weight, descending: true }]);
  return groupBy(rows, (r) => r.entryId, (r) => r.relatedId);
}

export function errataByEntryIds(kb: KnowledgeBase, ids: readonly string[]): Map<string, Erratum[]> {
  const rows = rowsWhereIn<Erratum>(kb, t.errata, t.errata.entryId, ids, [{ column: t.errata.line }]);
  return groupBy(rows, (r) => r.entryId!, (r) => r);
}

export function errataBySectionIds(kb: KnowledgeBase, ids: readonly number[]): Map<number, Erratum[]> {
  const rows = rowsWhereIn<Erratum>(kb, t.errata, t.errata.sectionId, ids, [{ column: t.errata.line }]);
  return groupBy(rows, (r) => r.sectionId!, (r) => r);
}

export function passagesBySectionIds(kb: KnowledgeBase, ids: readonly number[]): Map<number, Passage[]> {
  const rows = rowsWhereIn<Passage>(kb, t.passages, t.passages.sectionId, ids, [{ column: t.passages.startLine }]);
  return groupBy(rows, (r) => r.sectionId, (r) => r);
}

export function entryIdsBySectionIds(kb: KnowledgeBase, ids: readonly number[]): Map<number, string[]> {
  const rows = ids.length
    ? kb.db.selectDistinct({ sectionId: t.entrySections.sectionId, entryId: t.entrySections.entryId }).from(t.entrySections)
      .where(and(inArray(t.entrySections.sectionId, [...ids]), sql`${t.entrySections.role} != 'related'`)).all()
    : [];
  return groupBy(rows, (r) => r.sectionId, (r) => r.entryId);
}

export function sectionByPath(kb: KnowledgeBase, path: string, file?: string): Section | undefined {
  const rows = kb.db.select({ section: t.sections, file: t.noteFiles.path }).from(t.sections)
    .innerJoin(t.noteFiles, eq(t.noteFiles.id, t.sections.fileId))
    .where(eq(t.sections.path, path)).orderBy(asc(t.sections.fileId)).all();
  return (file ? rows.find((r) => r.file === file) : rows[0])?.section;
}

export function allSections(kb: KnowledgeBase): Section[] {
  return kb.db.select().from(t.sections).orderBy(asc(t.sections.fileId), asc(t.sections.startLine)).all();
}

export function allErrata(kb: KnowledgeBase, severity?: 'error' | 'warning'): Erratum[] {
  const q = kb.db.select().from(t.errata);
  return (severity ? q.where(eq(t.errata.severity, severity)) : q).orderBy(asc(t.errata.fileId), asc(t.errata.line)).all();
}

export function entriesByKind(kb: KnowledgeBase, kind: Entry['kind']): Entry[] {
  return kb.db.select().from(t.entries).where(eq(t.entries.kind, kind)).orderBy(sql`rowid`).all();
}

/** The options of each command, in the command's order. */
export function optionsByCommandIds(kb: KnowledgeBase, ids: readonly string[]): Map<string, Entry[]> {
  const rows = rowsWhereIn<Entry>(kb, t.entries, t.entries.parentId, ids, [{ column: 'rowid' }]);
  return groupBy(rows, (r) => r.parentId!, (r) => r);
}

export interface BuildFacts {
  readonly id: string;
  readonly builtAt: string;
  readonly version: string;
}

export function buildFacts(kb: KnowledgeBase): BuildFacts {
  const rows = kb.db.select().from(t.buildInfo).all();
  const get = (key: string) => rows.find((r) => r.key === key)?.value ?? '';
  return { id: get('build_id'), builtAt: get('built_at'), version: get('dref_version') };
}

/** Lines `start`–`end` (1-based, inclusive) of a notes file's text. */
export function linesOf(fileText: string, start: number, end: number): string {
  return fileText.split('\n').slice(start - 1, end).join('\n');
}

function groupBy<R, K, V>(rows: readonly R[], key: (r: R) => K, value: (r: R) => V): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const r of rows) {
    const k = key(r);
    let list = map.get(k);
    if (!list) map.set(k, (list = []));
    list.push(value(r));
  }
  return map;
}
