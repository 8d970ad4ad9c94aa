/**
 * The database rows behind the notes at a line, so GraphQL serves its headings, passages and errata
 * as its own NoteSection, Passage and Erratum types (with everything those link to).
 */
import type { Erratum, Passage, Section } from '../../schema/tables.js';
import type { KnowledgeBase } from '../database/open-database.js';
import { allColumnsSql, decodeRow, selectRows } from './rows-where-in.js';
import type { NotesContext, NotesPassage } from './notes-at-line.js';

export interface NotesAtLineRows {
  readonly headings: readonly Section[];
  readonly passages: readonly Passage[];
  readonly previous: Passage | null;
  readonly next: Passage | null;
  readonly errata: readonly Erratum[];
}

/** The rows of `context`'s headings, passages and errata, in its order. */
export function notesAtLineRows(kb: KnowledgeBase, context: NotesContext): NotesAtLineRows {
  const file = kb.sqlite.prepare('select "id" from "note_files" where "note_files"."path" = ?').get(context.file) as { id: number } | undefined;
  if (!file) return { headings: [], passages: [], previous: null, next: null, errata: [] };
  const sections = selectRows(kb, 'sections', 'where "sections"."file_id" = ?', [file.id]);
  const passages = (kb.sqlite.prepare(`select ${allColumnsSql('passages', true)}, "sections"."path" from "passages"
    inner join "sections" on "sections"."id" = "passages"."section_id" where "sections"."file_id" = ?`).raw(true).all(file.id) as unknown[][])
    .map((values) => ({ passage: decodeRow('passages', values), section: values.at(-1) as string }));
  const passageRow = (p: NotesPassage | null) => passages.find((r) => r.passage.startLine === p?.startLine && r.passage.endLine === p.endLine && r.section === p.section)?.passage ?? null;
  const first = context.lines[0]?.line ?? context.startLine;
  const last = context.lines.at(-1)?.line ?? context.endLine;
  return {
    headings: context.headings.map((h) => sections.find((s) => s.startLine === h.line && s.path === h.path)).filter((s): s is Section => !!s),
    passages: context.passages.map(passageRow).filter((p): p is Passage => !!p),
    previous: passageRow(context.previous),
    next: passageRow(context.next),
    errata: selectRows(kb, 'errata', 'where ("errata"."file_id" = ? and "errata"."line" between ? and ?) order by "errata"."line" asc, "errata"."column" asc', [file.id, first, last]),
  };
}
