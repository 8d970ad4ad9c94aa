/**
 * The ingest's pure part: catalog + notes files → entries, sections, links, examples and errata,
 * ready to be written. Nothing here touches the database.
 */
import { buildCommandIndex, type CommandIndex } from '../commands/command-index.js';
import { parseNotes } from '../notes/parse-notes.js';
import type { NotesDocument } from '../notes/types.js';
import { verifyNotes } from '../verify/checks.js';
import { notesLanguage, type ErratumRecord } from '../verify/types.js';
import { catalogEntries, type Catalog, type EntryRecord } from './catalog-entries.js';
import { indexEntryNames, type EntryNames } from './entry-names.js';
import { linkNotes, type NoteExample, type NoteLink } from './link-notes.js';

/** One notes file after parsing, linking and checking. */
export interface IngestedNotes {
  readonly doc: NotesDocument;
  readonly text: string;
  readonly links: readonly NoteLink[];
  readonly examples: readonly NoteExample[];
  readonly errata: readonly ErratumRecord[];
}

export interface KnowledgeModel {
  readonly entries: readonly EntryRecord[];
  readonly names: EntryNames;
  readonly index: CommandIndex;
  readonly notes: readonly IngestedNotes[];
}

/** A notes file to ingest: its name (as shown in messages) and its decoded text. */
export interface NotesSource {
  readonly file: string;
  readonly text: string;
  /** The errata's language; by default the notes' own. */
  readonly lang?: 'ko' | 'en';
}

/** Builds the knowledge model from the catalog (its entries, when already built from it) and the given notes. */
export function ingestNotes(catalog: Catalog, sources: readonly NotesSource[], entries: readonly EntryRecord[] = catalogEntries(catalog)): KnowledgeModel {
  const names = indexEntryNames(entries);
  const index = buildCommandIndex(catalog.commands);
  const notes = sources.map((source): IngestedNotes => {
    const doc = parseNotes(source.text, source.file);
    const lang = source.lang ?? notesLanguage(doc);
    // The command problems in the errata are written by the command parser, in the errata's language.
    const { links, examples } = linkNotes(doc, entries, names, index, lang);
    const errata = verifyNotes({ doc, lang, examples, links, entries, names, index, catalog });
    return { doc, text: source.text, links, examples, errata };
  });
  return { entries, names, index, notes };
}
