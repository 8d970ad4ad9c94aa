/**
 * The knowledge base's read queries, shared by GraphQL (through DataLoaders), REST and the CLI.
 * Each takes many keys at once where a loader needs it, so a page of results costs one query per kind.
 * They are plain SQL (rows-where-in.ts): the SQL drizzle wrote for them, rows decoded as drizzle does.
 */
import type { Entry, EntrySection, Erratum, Example, NoteFile, Passage, Section } from '../../schema/tables.js';
import type { KnowledgeBase } from '../database/open-database.js';
import { allColumnsSql, decodeRow, linkedRowsWhereIn, rowsWhereIn, selectRows } from './rows-where-in.js';

export type ErratumRow = Erratum;

export function entriesByIds(kb: KnowledgeBase, ids: readonly string[]): Entry[] {
  return rowsWhereIn(kb, 'entries', 'id', ids);
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
  const rows = rowsWhereIn(kb, 'entryAliases', 'entryId', ids);
  return groupBy(rows, (r) => r.entryId, (r) => r.alias);
}

export function noteLinksByEntryIds(kb: KnowledgeBase, ids: readonly string[]): Map<string, EntrySection[]> {
  const rows = rowsWhereIn(kb, 'entrySections', 'entryId', ids, [{ column: 'sectionId' }, { column: 'startLine' }]);
  return groupBy(rows, (r) => r.entryId, (r) => r);
}

export function sectionsByIds(kb: KnowledgeBase, ids: readonly number[]): Section[] {
  return rowsWhereIn(kb, 'sections', 'id', ids);
}

export function filesByIds(kb: KnowledgeBase, ids: readonly number[]): NoteFile[] {
  return rowsWhereIn(kb, 'noteFiles', 'id', ids);
}

/** Examples using each entry: the notes' first, then the catalog's. */
export function examplesByEntryIds(kb: KnowledgeBase, ids: readonly string[]): Map<string, Example[]> {
  const rows = linkedRowsWhereIn(kb, { table: 'exampleEntries', key: 'entryId', target: 'exampleId' }, 'examples', 'id', ids,
    [{ column: 'source', descending: true }, { column: 'id' }]);
  return groupBy(rows, (r) => r.key as string, (r) => r.row);
}

export function relatedByEntryIds(kb: KnowledgeBase, ids: readonly string[]): Map<string, string[]> {
  const rows = rowsWhereIn(kb, 'relatedEntries', 'entryId', ids, [{ column: 'weight', descending: true }]);
  return groupBy(rows, (r) => r.entryId, (r) => r.relatedId);
}

export function errataByEntryIds(kb: KnowledgeBase, ids: readonly string[]): Map<string, Erratum[]> {
  const rows = rowsWhereIn(kb, 'errata', 'entryId', ids, [{ column: 'line' }]);
  return groupBy(rows, (r) => r.entryId!, (r) => r);
}

export function errataBySectionIds(kb: KnowledgeBase, ids: readonly number[]): Map<number, Erratum[]> {
  const rows = rowsWhereIn(kb, 'errata', 'sectionId', ids, [{ column: 'line' }]);
  return groupBy(rows, (r) => r.sectionId!, (r) => r);
}

export function passagesBySectionIds(kb: KnowledgeBase, ids: readonly number[]): Map<number, Passage[]> {
  const rows = rowsWhereIn(kb, 'passages', 'sectionId', ids, [{ column: 'startLine' }]);
  return groupBy(rows, (r) => r.sectionId, (r) => r);
}

export function entryIdsBySectionIds(kb: KnowledgeBase, ids: readonly number[]): Map<number, string[]> {
  const rows = ids.length
    ? kb.sqlite.prepare(`select distinct "section_id" as sectionId, "entry_id" as entryId from "entry_sections" where ("entry_sections"."section_id" in (${ids.map(() => '?').join(', ')}) and "entry_sections"."role" != 'related')`)
      .all(...ids) as { sectionId: number; entryId: string }[]
    : [];
  return groupBy(rows, (r) => r.sectionId, (r) => r.entryId);
}

export function sectionByPath(kb: KnowledgeBase, path: string, file?: string): Section | undefined {
  const rows = (kb.sqlite.prepare(`select ${allColumnsSql('sections', true)}, "note_files"."path" from "sections"
    inner join "note_files" on "note_files"."id" = "sections"."file_id" where "sections"."path" = ? order by "sections"."file_id" asc`)
    .raw(true).all(path) as unknown[][]).map((values) => ({ section: decodeRow('sections', values), file: values.at(-1) }));
  return (file ? rows.find((r) => r.file === file) : rows[0])?.section;
}

export function allSections(kb: KnowledgeBase): Section[] {
  return selectRows(kb, 'sections', 'order by "sections"."file_id" asc, "sections"."start_line" asc');
}

export function allErrata(kb: KnowledgeBase, severity?: 'error' | 'warning'): Erratum[] {
  const order = 'order by "errata"."file_id" asc, "errata"."line" asc';
  return severity ? selectRows(kb, 'errata', `where "errata"."severity" = ? ${order}`, [severity]) : selectRows(kb, 'errata', order);
}

export function entriesByKind(kb: KnowledgeBase, kind: Entry['kind']): Entry[] {
  return selectRows(kb, 'entries', 'where "entries"."kind" = ? order by rowid', [kind]);
}

/** The options of each command, in the command's order. */
export function optionsByCommandIds(kb: KnowledgeBase, ids: readonly string[]): Map<string, Entry[]> {
  const rows = rowsWhereIn(kb, 'entries', 'parentId', ids, [{ column: 'rowid' }]);
  return groupBy(rows, (r) => r.parentId!, (r) => r);
}

export interface BuildFacts {
  readonly id: string;
  readonly builtAt: string;
  readonly version: string;
}

export function buildFacts(kb: KnowledgeBase): BuildFacts {
  const rows = selectRows(kb, 'buildInfo', '');
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
