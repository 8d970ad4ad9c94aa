/**
 * Re-ingest of unchanged notes: when the target database was built from the same notes files (same
 * names, same contents, in the same order), by the same code and for the same errata language, it
 * already holds what a new build would write, so the ingest reads its summary instead of building.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { BuildSummary } from '../database/write-database.js';
import { openSqlite } from '../database/open-sqlite.js';
import type { ErratumRecord } from '../verify/types.js';
import { codeFingerprint } from './code-fingerprint.js';

/** An erratum as the database keeps it. */
export type StoredErratum = Pick<ErratumRecord, 'file' | 'line' | 'column' | 'rule' | 'severity' | 'message' | 'suggestion' | 'excerpt'>;

/** What an existing database already holds, when it was built from exactly these inputs. */
export interface UnchangedBuild {
  readonly summary: BuildSummary;
  readonly errata: readonly StoredErratum[];
}

/** The id of an ingest's inputs: the build id (dref version, schema, catalog, notes files) plus the code and the errata language. */
export function inputsIdOf(buildId: string, lang: 'ko' | 'en' | undefined): string {
  return createHash('sha256').update(buildId).update(codeFingerprint()).update(lang ?? 'own').digest('hex').slice(0, 16);
}

/** The database at `path` when it holds a build of the inputs `inputsId`; otherwise (missing, older, damaged) undefined. */
export function unchangedBuild(path: string, inputsId: string): UnchangedBuild | undefined {
  if (!existsSync(path)) return undefined;
  let sqlite: Database.Database | undefined;
  try {
    sqlite = openSqlite(path, { readonly: true, fileMustExist: true });
    const info = new Map((sqlite.prepare('SELECT key, value FROM build_info').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
    if (info.get('inputs_id') !== inputsId) return undefined;
    const count = (table: string) => (sqlite!.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const errata = sqlite.prepare(`SELECT f.path AS file, e.line, e."column", e.rule, e.severity, e.message, e.suggestion, e.excerpt
      FROM errata e JOIN note_files f ON f.id = e.file_id ORDER BY e.id`).all() as StoredErratum[];
    return {
      summary: {
        path, buildId: info.get('build_id') ?? '', entries: count('entries'), files: count('note_files'), sections: count('sections'),
        passages: count('passages'), examples: count('examples'), errata: errata.length,
      },
      errata,
    };
  } catch {
    return undefined;
  } finally {
    sqlite?.close();
  }
}
