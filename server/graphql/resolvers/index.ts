/** Every resolver, one file per type (or per small family of types). */
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Command } from './command.js';
import { Comparison, ComparisonRow } from './comparison.js';
import { Concept } from './concept.js';
import { Entry } from './entry.js';
import { Instruction, InstructionFlag, InstructionForm } from './instruction.js';
import { LinkedEntry, NotesAtLine, NotesAtQuery } from './notes-at-line.js';
import { Erratum, Example, NoteLink, NoteSection } from './notes.js';
import { Option } from './option.js';
import { Passage, PassageHit, PassageQuery } from './passage-search.js';
import { Query } from './query.js';
import { FilledRecipe, Placeholder, Recipe, RecipeStep } from './recipe.js';
import { DockerfileToken, ExplainedToken, LintFinding, SearchConnection, SearchEdge } from './results.js';

export const resolvers: Resolvers = {
  Query: { ...Query, ...PassageQuery, ...NotesAtQuery }, Passage, PassageHit, NotesAtLine, LinkedEntry, Entry, Command, Option, Instruction, InstructionForm, InstructionFlag, Concept, Comparison, ComparisonRow,
  Recipe, Placeholder, RecipeStep, FilledRecipe, NoteLink, NoteSection, Example, Erratum,
  SearchConnection, SearchEdge, ExplainedToken, DockerfileToken, LintFinding,
};
