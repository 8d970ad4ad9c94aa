/** Query.notesAt, NotesAtLine and LinkedEntry: the notes around a line, as `dref show FILE:LINE` prints them. */
import { notesAtLineRows } from '../../knowledge/notes-at-line-rows.js';
import { serveNotesAtLine } from '../../knowledge/serve-notes-at-line.js';
import type { LinkedEntryResolvers, NotesAtLineResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';
import { DrefError } from '../../errors.js';
import { langOf, upper } from './lang.js';

export const NotesAtQuery: Pick<QueryResolvers, 'notesAt'> = {
  notesAt: (_, { file, line, endLine, lang }, ctx) => {
    const context = serveNotesAtLine(ctx.kb, { file, line, endLine: endLine ?? undefined, lang: langOf(lang, ctx) });
    return { context, rows: notesAtLineRows(ctx.kb, context) };
  },
};

export const NotesAtLine: NotesAtLineResolvers = {
  file: (n) => n.context.file,
  lineCount: (n) => n.context.lineCount,
  startLine: (n) => n.context.startLine,
  endLine: (n) => n.context.endLine,
  place: (n) => upper(n.context.place),
  blank: (n) => n.context.isBlank,
  headings: (n) => [...n.rows.headings],
  passages: (n) => [...n.rows.passages],
  previous: (n) => n.rows.previous,
  next: (n) => n.rows.next,
  lines: (n) => [...n.context.lines],
  errata: (n) => [...n.rows.errata],
  entries: (n) => [...n.context.entries],
};

export const LinkedEntry: LinkedEntryResolvers = {
  entry: async (l, _, ctx) => {
    const entry = await ctx.loaders.entry.load(l.id);
    if (!entry) throw new DrefError('INTERNAL', `linked entry ${l.id} is missing`);
    return entry;
  },
  role: (l) => upper(l.role as 'definition' | 'passage' | 'example' | 'related'),
};
