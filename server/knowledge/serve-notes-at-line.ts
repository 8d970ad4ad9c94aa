/**
 * The notes at a line as the API serves them (GraphQL `notesAt`, REST /api/v1/notes/{file}/lines/{line}):
 * the line numbers checked, the file found among those ingested, and no notes to give an error.
 */
import type { KnowledgeBase } from '../database/open-database.js';
import type { Lang } from '../search/search-entries.js';
import { notesAtLine, type NotesContext } from './notes-at-line.js';
import { checkLineNumber, checkLineRange, notesAtLineError } from './notes-at-line-messages.js';

export interface ServedNotesRequest {
  readonly file: string;
  readonly line: number;
  readonly endLine?: number | undefined;
  readonly lang: Lang;
}

/**
 * The notes around the lines asked for, or a DrefError naming the file and line. A path is matched
 * against the paths as ingested, never against the server's working directory.
 */
export function serveNotesAtLine(kb: KnowledgeBase, request: ServedNotesRequest): NotesContext {
  const startLine = checkLineNumber('line', request.line, request.lang);
  const endLine = request.endLine === undefined ? undefined : checkLineNumber('endLine', request.endLine, request.lang);
  checkLineRange(request.file, startLine, endLine, request.lang);
  const found = notesAtLine(kb, { file: request.file, startLine, ...(endLine === undefined ? {} : { endLine }), lang: request.lang, cwd: '/' });
  if (found.status !== 'found') throw notesAtLineError(found, request.lang);
  const { status: _, ...context } = found;
  return context;
}
