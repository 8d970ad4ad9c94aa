/** What each GraphQL type resolves from: database rows and the engines' results (codegen mappers). */
import type { ComparisonSpec, InstructionFlagSpec, InstructionForm, PlaceholderSpec, RecipeSpec } from '../../data/catalog/types.js';
import type { Entry, EntrySection, Erratum, Example, Passage, Section } from '../../schema/tables.js';
import type { ExplainedToken } from '../explain/explain-command-line.js';
import type { DockerfileToken } from '../explain/explain-dockerfile-line.js';
import type { NotesAtLineRows } from '../knowledge/notes-at-line-rows.js';
import type { NotesContext, NotesLinkedEntry } from '../knowledge/notes-at-line.js';
import type { LintFinding } from '../lint/lint-dockerfile.js';
import type { Lang, SearchResponse, SearchResult } from '../search/search-entries.js';

export type EntryModel = Entry;
export type NoteLinkModel = EntrySection;
export type SectionModel = Section;
export type ExampleModel = Example;
export type ErratumModel = Erratum;
export type PassageModel = Passage;
export type PassageHitModel = import('../search/search-passages.js').PassageHit;
export interface SearchConnectionModel {
  readonly response: SearchResponse;
  readonly offset: number;
}
export interface SearchEdgeModel {
  readonly result: SearchResult;
  readonly cursor: string;
}
export interface SideBySideModel {
  readonly a: EntryModel;
  readonly b: EntryModel;
  readonly comparison: EntryModel | null;
}
/** A token, with the language its explain was asked in: the default of its `meaning`. */
export type ExplainedTokenModel = ExplainedToken & { readonly askedLang?: Lang };
export type DockerfileTokenModel = DockerfileToken & { readonly askedLang?: Lang };
export type LintFindingModel = LintFinding;
export interface FilledRecipeModel {
  readonly recipe: EntryModel;
  readonly commands: readonly string[];
}
export type InstructionFormModel = InstructionForm;
export type InstructionFlagModel = InstructionFlagSpec;
export type ComparisonRowModel = ComparisonSpec['rows'][number];
export type PlaceholderModel = PlaceholderSpec;
export type RecipeStepModel = RecipeSpec['steps'][number];
export interface NotesAtLineModel {
  readonly context: NotesContext;
  readonly rows: NotesAtLineRows;
}
export type LinkedEntryModel = NotesLinkedEntry;
