/**
 * The notes around a line, read straight from the database chosen by --db (or DREF_DB, or the
 * built-in one): `dref show FILE:LINE` and the TUI's passages. A server serves the same answer
 * (GraphQL `notesAt`, REST /api/v1/notes/{file}/lines/{line}), but the CLI does not ask it yet, so
 * --endpoint is refused here.
 */
import { ensureKnowledgeBase } from '../server/database/open-database.js';
import { databasePath } from '../server/database/paths.js';
import { notesAtLine, type NotesAtLine, type NotesAtLineRequest } from '../server/knowledge/notes-at-line.js';
import { parseLang, type ReadOptions } from './client.js';

export interface NotesReader {
  read(request: NotesAtLineRequest): NotesAtLine;
  close(): void;
}

/** Whether the read options send reads to a server. */
export function usesEndpoint(options: ReadOptions): boolean {
  return !!(options.endpoint ?? process.env.DREF_ENDPOINT);
}

/** A reader over the database the options name, built first when it is the default one and missing. */
export async function openNotesReader(options: ReadOptions): Promise<NotesReader> {
  const kb = await ensureKnowledgeBase(databasePath(options.db), { buildIfMissing: !options.db && !process.env.DREF_DB, lang: parseLang(options.lang) });
  return { read: (request) => notesAtLine(kb, request), close: () => kb.close() };
}
