/** Runs an ingest end to end: read and check the notes files, build the model, write the database. */
import { readFileSync, utimesSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import * as catalog from '../../data/catalog/index.js';
import { databasePath, defaultNotesFiles, packageRoot } from '../database/paths.js';
import { buildIdOf, writeDatabase, type BuildSummary } from '../database/write-database.js';
import { readNotesFile } from '../notes/read-notes-file.js';
import type { MessageLang } from '../text/problem-messages.js';
import type { ErratumRecord } from '../verify/types.js';
import { catalogEntries } from './catalog-entries.js';
import { ingestNotes, type KnowledgeModel, type NotesSource } from './ingest-notes.js';
import { expandNotesPaths } from './notes-paths.js';
import { inputsIdOf, unchangedBuild, type StoredErratum } from './unchanged-build.js';

/** The version of dref, from package.json. */
export function drefVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** How a file is named in records and messages: relative to the working directory when inside it. */
function displayName(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/**
 * The notes files to ingest (the shipped ones when `files` is empty), read and decoded, named as records and messages show them.
 * `lang` is the errata's language (each file's own when undefined); `messageLang` that of the errors thrown.
 */
function readSources(files: readonly string[], lang: 'ko' | 'en' | undefined, messageLang: MessageLang): NotesSource[] {
  const paths = files.length ? expandNotesPaths(files, messageLang) : defaultNotesFiles();
  return paths.map((p) => {
    const file = files.length ? displayName(p) : relative(packageRoot(), p);
    return { file, text: readNotesFile(p, messageLang), ...(lang ? { lang } : {}) };
  });
}

/**
 * Reads and checks the notes (the shipped ones when `files` is empty) and builds the model. Throws NOTES_INVALID before anything is written.
 * Errors are in `messageLang`, else in `lang`, else in English.
 */
export function loadModel(files: readonly string[], lang?: 'ko' | 'en', messageLang: MessageLang = lang ?? 'en'): KnowledgeModel {
  return ingestNotes(catalog, readSources(files, lang, messageLang));
}

/** Builds the database from notes files into `path` (atomically); errors are in `messageLang`, else in `lang`, else in English. */
export function runIngest(
  files: readonly string[], path: string = databasePath(), lang?: 'ko' | 'en', messageLang: MessageLang = lang ?? 'en',
): { summary: BuildSummary; errata: ErratumRecord[] } {
  const model = loadModel(files, lang, messageLang);
  const summary = writeDatabase(model, path, drefVersion(), undefined, messageLang);
  return { summary, errata: model.notes.flatMap((n) => n.errata) };
}

/**
 * As runIngest, unless the database at `path` was built from the same notes files, by the same code
 * and dependencies, for the same errata language: then nothing is parsed, checked or written, and
 * its summary and errata are read back (`unchanged`); the file's modification time is set to now, so
 * a tool that rebuilds what is older than its notes (prepare) sees it as current. Any changed file,
 * file name, version, schema, catalog, code or dependency builds it anew; `force` always does.
 * Errors are in `messageLang`, else in `lang`, else in English.
 */
export function runIngestIfChanged(
  files: readonly string[], path: string = databasePath(), lang?: 'ko' | 'en', force = false, messageLang: MessageLang = lang ?? 'en',
): { summary: BuildSummary; errata: readonly StoredErratum[]; unchanged: boolean } {
  const sources = readSources(files, lang, messageLang);
  // The entries and the build id are worked out once, for the check and for the build.
  const entries = catalogEntries(catalog);
  const buildId = buildIdOf(entries, sources, drefVersion());
  const inputsId = inputsIdOf(buildId, lang);
  const stored = force ? undefined : unchangedBuild(path, inputsId);
  if (stored) {
    const now = new Date();
    utimesSync(path, now, now);
    return { ...stored, unchanged: true };
  }
  const model = ingestNotes(catalog, sources, entries);
  const summary = writeDatabase(model, path, drefVersion(), { buildId, inputsId }, messageLang);
  return { summary, errata: model.notes.flatMap((n) => n.errata), unchanged: false };
}

/** Builds the default database from the shipped notes; errors are in `messageLang`. */
export function buildDefaultDatabase(path: string, messageLang: MessageLang = 'en'): BuildSummary {
  return runIngest([], path, undefined, messageLang).summary;
}
