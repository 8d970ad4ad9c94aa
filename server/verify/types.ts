/** What a notes check sees and what it reports. */
import type { Catalog, EntryRecord } from '../ingest/catalog-entries.js';
import type { EntryNames } from '../ingest/entry-names.js';
import type { NoteExample, NoteLink } from '../ingest/link-notes.js';
import type { CommandIndex } from '../commands/command-index.js';
import type { NotesDocument, ParsedSection } from '../notes/types.js';

/** A defect in the notes, with the corrected form. */
export interface ErratumRecord {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Which check found it: `command/missing-argument`, `dockerfile/unknown-instruction`, `claim/…`. */
  readonly rule: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** The corrected form: a fixed command line or Dockerfile line, or the correct statement. */
  readonly suggestion: string;
  /** The note's own text at that line. */
  readonly excerpt: string;
  readonly section: ParsedSection;
  readonly example?: NoteExample;
  readonly entryId?: string;
}

export interface NotesCheckContext {
  readonly doc: NotesDocument;
  readonly examples: readonly NoteExample[];
  readonly links: readonly NoteLink[];
  readonly entries: readonly EntryRecord[];
  readonly names: EntryNames;
  readonly index: CommandIndex;
  readonly catalog: Catalog;
}

/** One kind of check over a notes file. Checks are listed in `checks.ts`. */
export interface NotesCheck {
  readonly id: string;
  check(context: NotesCheckContext): ErratumRecord[];
}

/** The notes line's text, trimmed, for an erratum's excerpt. */
export function excerptAt(doc: NotesDocument, line: number): string {
  return (doc.lines[line - 1] ?? '').trim();
}

const sectionIndexes = new WeakMap<NotesDocument, (ParsedSection | undefined)[]>();

/** The section holding a notes line (through an index built once per document: checks ask for every line). */
export function sectionAt(doc: NotesDocument, line: number): ParsedSection | undefined {
  let index = sectionIndexes.get(doc);
  if (!index) {
    index = new Array<ParsedSection | undefined>(doc.lines.length + 2);
    for (const s of doc.sections) for (let l = s.startLine; l <= s.endLine; l++) index[l] ??= s;
    sectionIndexes.set(doc, index);
  }
  return index[line];
}
