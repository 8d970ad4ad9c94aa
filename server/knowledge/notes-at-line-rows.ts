/**
 * The database rows behind the notes at a line, so GraphQL serves its headings, passages and errata
 * as its own NoteSection, Passage and Erratum types (with everything those link to).
 */
import { and, asc, between, eq } from 'drizzle-orm';
import * as t from '../../schema/tables.js';
import type { Erratum, Passage, Section } from '../../schema/tables.js';
import type { KnowledgeBase } from '../database/open-database.js';
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
  const file = kb.db.select({ id: t.noteFiles.id }).from(t.noteFiles).where(eq(t.noteFiles.path, context.file)).get();
  if (!file) return { headings: [], passages: [], previous: null, next: null, errata: [] };
  const sections = kb.db.select().from(t.sections).where(eq(t.sections.fileId, file.id)).all();
  const passages = kb.db.select({ passage: t.passages, section: t.sections.path }).from(t.passages)
    .innerJoin(t.sections, eq(t.sections.id, t.passages.sectionId)).where(eq(t.sections.fileId, file.id)).all();
  const passageRow = (p: NotesPassage | null) => passages.find((r) => r.passage.startLine === p?.startLine && r.passage.endLine === p.endLine && r.section === p.section)?.passage ?? null;
  const first = context.lines[0]?.line ?? context.startLine;
  const last = context.lines.at(-1)?.line ?? context.endLine;
  return {
    headings: context.headings.map((h) => sections.find((s) => s.startLine === h.line && s.path === h.path)).filter((s): s is Section => !!s),
    passages: context.passages.map(passageRow).filter((p): p is Passage => !!p),
    previous: passageRow(context.previous),
    next: passageRow(context.next),
    errata: kb.db.select().from(t.errata).where(and(eq(t.errata.fileId, file.id), between(t.errata.line, first, last))).orderBy(asc(t.errata.line), asc(t.errata.column)).all(),
  };
}
