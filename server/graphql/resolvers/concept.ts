/** Concept: an idea the notes teach. */
import type { ConceptResolvers } from '../__generated__/resolvers-types.js';
import { entryFields } from './entry-fields.js';

export const Concept: ConceptResolvers = {
  ...entryFields,
  slug: (e) => e.name.replace(/^concept:/, ''),
};
