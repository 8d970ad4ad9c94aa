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
  /** The language errata are written in: the notes' own (Korean notes get Korean text), or as asked. */
  readonly lang: 'ko' | 'en';
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

/** The text in the errata's language. */
export function say(lang: 'ko' | 'en', ko: string, en: string): string {
  return lang === 'ko' ? ko : en;
}

/** The language a notes file is written in: Korean when Hangul makes up a fair share of its prose letters. */
export function notesLanguage(doc: NotesDocument): 'ko' | 'en' {
  let hangul = 0;
  let latin = 0;
  for (const line of doc.lines) {
    // By UTF-16 unit: a surrogate is neither a syllable (가–힣) nor a Latin letter, as a whole astral character is neither.
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c >= 0xac00 && c <= 0xd7a3) hangul++;
      else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
    }
  }
  // A Hangul syllable carries about three letters' worth of a word.
  return hangul * 3 >= latin * 0.5 ? 'ko' : 'en';
}
