/** Opens the knowledge base read-only, building the default one first when it does not exist yet. */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../../schema/tables.js';
import { DrefError } from '../errors.js';
import { buildDefaultDatabase } from '../ingest/run-ingest.js';
import { schemaId } from './write-database.js';

export type KnowledgeDb = ReturnType<typeof drizzle<typeof schema>>;

/** An open knowledge base: the drizzle handle, the raw connection (for FTS5) and the build id. */
export interface KnowledgeBase {
  readonly db: KnowledgeDb;
  readonly sqlite: Database.Database;
  readonly path: string;
  readonly buildId: string;
  close(): void;
}

/** Opens `path`; when it is missing and `buildIfMissing` is set, builds it from the shipped notes first. */
export function openKnowledgeBase(path: string, options: { buildIfMissing?: boolean } = {}): KnowledgeBase {
  if (!existsSync(path)) {
    if (!options.buildIfMissing) {
      throw new DrefError('DATABASE', 'no database here', 'run `dref ingest` to build it, or point --db / DREF_DB at one', { file: path });
    }
    buildDefaultDatabase(path);
  }
  const kb = openFile(path);
  if (kb.schemaId === schemaId()) return kb.base;
  kb.base.close();
  if (!options.buildIfMissing) {
    throw new DrefError('DATABASE', 'this database was built by another version of dref', `rebuild it with \`dref ingest --db ${path}\``, { file: path });
  }
  buildDefaultDatabase(path);
  return openFile(path).base;
}

function openFile(path: string): { base: KnowledgeBase; schemaId: string } {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
    const rows = sqlite.prepare("SELECT key, value FROM build_info WHERE key IN ('build_id', 'schema_id')").all() as { key: string; value: string }[];
    const buildId = rows.find((r) => r.key === 'build_id')?.value;
    if (!buildId) throw new Error('no build id');
    const db = drizzle(sqlite, { schema });
    const connection = sqlite;
    return { base: { db, sqlite, path, buildId, close: () => connection.close() }, schemaId: rows.find((r) => r.key === 'schema_id')?.value ?? '' };
  } catch (error) {
    sqlite?.close();
    throw new DrefError('DATABASE', 'this file is not a dref database, or it is damaged',
      'rebuild it with `dref ingest --db <path>`', { file: path }, { cause: error });
  }
}
