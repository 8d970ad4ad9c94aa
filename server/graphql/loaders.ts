/**
 * DataLoaders, created per request: every list a page of results needs costs one query per kind, not one per entry.
 * Entries are read without their long texts (bodies, keywords, the catalog record), which a page of
 * search results never shows and which are most of a row's bytes: the first field that reads one reads
 * them for every entry of the request still without them, in one statement (lazy-entries.ts).
 */
import DataLoader from 'dataloader';
import type { Entry, EntrySection, Erratum, Example, NoteFile, Passage, Section } from '../../schema/tables.js';
import type { KnowledgeBase } from '../database/open-database.js';
import * as q from '../knowledge/knowledge-queries.js';
import { createLazyEntries } from './lazy-entries.js';

export interface Loaders {
  readonly entry: DataLoader<string, Entry | null>;
  readonly aliases: DataLoader<string, string[]>;
  readonly notes: DataLoader<string, EntrySection[]>;
  readonly examples: DataLoader<string, Example[]>;
  readonly related: DataLoader<string, string[]>;
  readonly errataByEntry: DataLoader<string, Erratum[]>;
  readonly options: DataLoader<string, Entry[]>;
  readonly section: DataLoader<number, Section | null>;
  readonly file: DataLoader<number, NoteFile | null>;
  readonly errataBySection: DataLoader<number, Erratum[]>;
  readonly passages: DataLoader<number, Passage[]>;
  readonly sectionEntries: DataLoader<number, string[]>;
}

function byKey<K, V>(rows: readonly V[], keys: readonly K[], key: (v: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [key(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

function grouped<K, V>(map: Map<K, V[]>, keys: readonly K[]): V[][] {
  return keys.map((k) => map.get(k) ?? []);
}

export function createLoaders(kb: KnowledgeBase): Loaders {
  const entries = createLazyEntries(kb);
  return {
    entry: new DataLoader(async (ids) => byKey(entries.byIds(ids), ids, (e) => e.id)),
    aliases: new DataLoader(async (ids) => grouped(q.aliasesByEntryIds(kb, ids), ids)),
    notes: new DataLoader(async (ids) => grouped(q.noteLinksByEntryIds(kb, ids), ids)),
    examples: new DataLoader(async (ids) => grouped(q.examplesByEntryIds(kb, ids), ids)),
    related: new DataLoader(async (ids) => grouped(q.relatedByEntryIds(kb, ids), ids)),
    errataByEntry: new DataLoader(async (ids) => grouped(q.errataByEntryIds(kb, ids), ids)),
    options: new DataLoader(async (ids) => grouped(q.optionsByCommandIds(kb, ids), ids)),
    section: new DataLoader(async (ids) => byKey(q.sectionsByIds(kb, ids), ids, (s) => s.id)),
    file: new DataLoader(async (ids) => byKey(q.filesByIds(kb, ids), ids, (f) => f.id)),
    errataBySection: new DataLoader(async (ids) => grouped(q.errataBySectionIds(kb, ids), ids)),
    passages: new DataLoader(async (ids) => grouped(q.passagesBySectionIds(kb, ids), ids)),
    sectionEntries: new DataLoader(async (ids) => grouped(q.entryIdsBySectionIds(kb, ids), ids)),
  };
}
