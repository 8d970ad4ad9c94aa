/**
 * The catalog, indexed once per process for the engines that need it in memory (explain, generate,
 * lint): commands by any spelling, entries by name, and each entry's summary.
 */
import * as catalog from '../../data/catalog/index.js';
import { buildCommandIndex, type CommandIndex } from '../commands/command-index.js';
import { catalogEntries, type Catalog, type EntryRecord } from '../ingest/catalog-entries.js';
import { indexEntryNames, type EntryNames } from '../ingest/entry-names.js';

export interface CatalogContext {
  readonly catalog: Catalog;
  readonly index: CommandIndex;
  readonly names: EntryNames;
  readonly entries: EntryLookup;
}

/** The entries tokens and findings link to, by id (a Map of the catalog's records, or the database: database-catalog-context.ts). */
export interface EntryLookup {
  get(id: string): Pick<EntryRecord, 'id' | 'name' | 'summary'> | undefined;
}

let shared: CatalogContext | undefined;

/** The context of the built-in catalog, built on first use. */
export function catalogContext(): CatalogContext {
  shared ??= createCatalogContext(catalog);
  return shared;
}

export function createCatalogContext(source: Catalog): CatalogContext {
  const records = catalogEntries(source);
  return {
    catalog: source,
    index: buildCommandIndex(source.commands),
    names: indexEntryNames(records),
    entries: new Map(records.map((e) => [e.id, e])),
  };
}

/** What a token or finding links to: the entry's id, canonical name and summary. */
export interface EntryRef {
  readonly id: string;
  readonly name: string;
  readonly summary: { readonly ko: string; readonly en: string };
}

export function entryRef(context: CatalogContext, id: string | undefined): EntryRef | null {
  const e = id ? context.entries.get(id) : undefined;
  return e ? { id: e.id, name: e.name, summary: e.summary } : null;
}
