/** The Entry interface: each row resolves to the type of its kind. */
import type { EntryResolvers } from '../__generated__/resolvers-types.js';

const TYPES = { command: 'Command', option: 'Option', instruction: 'Instruction', concept: 'Concept', comparison: 'Comparison', recipe: 'Recipe' } as const;

export const Entry: EntryResolvers = {
  __resolveType: (e) => TYPES[e.kind],
};
