/** Runs an ingest end to end: read and check the notes files, build the model, write the database. */
import { readFileSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import * as catalog from '../../data/catalog/index.js';
import { databasePath, defaultNotesFiles, packageRoot } from '../database/paths.js';
import { writeDatabase, type BuildSummary } from '../database/write-database.js';
import { readNotesFile } from '../notes/read-notes-file.js';
import type { ErratumRecord } from '../verify/types.js';
import { ingestNotes, type KnowledgeModel } from './ingest-notes.js';
import { expandNotesPaths } from './notes-paths.js';

/** The version of dref, from package.json. */
export function drefVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** How a file is named in records and messages: relative to the working directory when inside it. */
function displayName(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Reads and checks the notes (the shipped ones when `files` is empty) and builds the model. Throws NOTES_INVALID before anything is written. */
export function loadModel(files: readonly string[], lang?: 'ko' | 'en'): KnowledgeModel {
  const paths = files.length ? expandNotesPaths(files) : defaultNotesFiles();
  const sources = paths.map((p) => {
    const file = files.length ? displayName(p) : relative(packageRoot(), p);
    return { file, text: readNotesFile(p), path: p, ...(lang ? { lang } : {}) };
  });
  return ingestNotes(catalog, sources);
}

/** Builds the database from notes files into `path` (atomically). */
export function runIngest(files: readonly string[], path: string = databasePath(), lang?: 'ko' | 'en'): { summary: BuildSummary; errata: ErratumRecord[] } {
  const model = loadModel(files, lang);
  const summary = writeDatabase(model, path, drefVersion());
  return { summary, errata: model.notes.flatMap((n) => n.errata) };
}

/** Builds the default database from the shipped notes. */
export function buildDefaultDatabase(path: string): BuildSummary {
  return runIngest([], path).summary;
}
