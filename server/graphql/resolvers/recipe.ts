/** Recipe: steps with placeholders; FilledRecipe: the same with values in. */
import type { RecipeSpec } from '../../../data/catalog/types.js';
import type { FilledRecipeResolvers, PlaceholderResolvers, RecipeResolvers, RecipeStepResolvers } from '../__generated__/resolvers-types.js';
import { dataOf, entryFields } from './entry-fields.js';
import { langOf } from './lang.js';

export const Recipe: RecipeResolvers = {
  ...entryFields,
  slug: (e) => e.name.replace(/^recipe:/, ''),
  placeholders: (e) => [...dataOf<RecipeSpec>(e).placeholders],
  steps: (e) => [...dataOf<RecipeSpec>(e).steps],
};

export const Placeholder: PlaceholderResolvers = {
  default: (p) => p.default ?? null,
  summary: (p, { lang }, ctx) => p.summary[langOf(lang, ctx)],
};

export const RecipeStep: RecipeStepResolvers = {
  summary: (s, { lang }, ctx) => s.summary[langOf(lang, ctx)],
};

export const FilledRecipe: FilledRecipeResolvers = {
  recipe: (f) => f.recipe,
  commands: (f) => [...f.commands],
};
