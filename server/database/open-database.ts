/** Opens the knowledge base read-only, building the default one first when it does not exist yet. */
import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { DrefError } from '../errors.js';
import { errorMessage } from '../text/error-messages.js';
import type { MessageLang } from '../text/problem-messages.js';
import { schemaId } from './schema-id.js';
import { openSqlite } from './open-sqlite.js';
import { SqliteAddonError } from './sqlite-addon.js';

/** Enough to map any database an ingest of the shipped notes (or many times them) builds. */
const MMAP_SIZE = 256 * 1024 * 1024;

/**
 * An open knowledge base: the connection and the build id. Reads are plain SQL (the knowledge
 * queries through server/knowledge/rows-where-in.ts, search its own), so reading never loads drizzle.
 */
export interface KnowledgeBase {
  readonly sqlite: Database.Database;
  readonly path: string;
  readonly buildId: string;
  close(): void;
}

/** Opens `path` read-only; throws DATABASE (in `lang`) when it is missing, damaged or built with another schema. */
export function openKnowledgeBase(path: string, lang: MessageLang = 'en'): KnowledgeBase {
  if (!existsSync(path)) {
    throw new DrefError('DATABASE', errorMessage(lang, 'database.missing'), errorMessage(lang, 'database.missingHint'), { file: path });
  }
  const kb = openFile(path, lang);
  if (kb.schemaId === schemaId()) return kb.base;
  kb.base.close();
  throw new DrefError('DATABASE', errorMessage(lang, 'database.otherVersion'), errorMessage(lang, 'database.rebuildHint', { path }), { file: path });
}

/**
 * Opens `path`, first building it from the shipped notes when it is missing or was built with another
 * schema — for the default database only. The ingest is loaded only when it has to run.
 */
export async function ensureKnowledgeBase(path: string, options: { buildIfMissing?: boolean; lang?: MessageLang } = {}): Promise<KnowledgeBase> {
  try {
    return openKnowledgeBase(path, options.lang);
  } catch (error) {
    if (!options.buildIfMissing || !(error instanceof DrefError) || error.code !== 'DATABASE' || error instanceof SqliteAddonError) throw error;
    const { buildDefaultDatabase } = await import('../ingest/run-ingest.js');
    buildDefaultDatabase(path, options.lang);
    return openKnowledgeBase(path, options.lang);
  }
}

function openFile(path: string, lang: MessageLang): { base: KnowledgeBase; schemaId: string } {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = openSqlite(path, { readonly: true, fileMustExist: true }, lang);
    // Pages read through a memory map rather than read(2) into SQLite's cache: a first search
    // scans tables that a fresh process reads whole. Safe here: ingests rename a new file into place.
    sqlite.exec(`PRAGMA mmap_size = ${MMAP_SIZE}`);
    const rows = sqlite.prepare("SELECT key, value FROM build_info WHERE key IN ('build_id', 'schema_id')").all() as { key: string; value: string }[];
    const buildId = rows.find((r) => r.key === 'build_id')?.value;
    if (!buildId) throw new Error('no build id');
    const connection = sqlite;
    const base: KnowledgeBase = { sqlite, path, buildId, close: () => connection.close() };
    return { base, schemaId: rows.find((r) => r.key === 'schema_id')?.value ?? '' };
  } catch (error) {
    if (sqlite?.open) sqlite.close();
    if (error instanceof DrefError) throw error;
    throw new DrefError('DATABASE', errorMessage(lang, 'database.damaged'),
      errorMessage(lang, 'database.rebuildHint', { path: '<path>' }), { file: path }, { cause: error });
  }
}
