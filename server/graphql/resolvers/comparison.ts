/** Comparison: subjects side by side, one row per aspect. */
import type { ComparisonSpec } from '../../../data/catalog/types.js';
import type { ComparisonResolvers, ComparisonRowResolvers } from '../__generated__/resolvers-types.js';
import { dataOf, entryFields } from './entry-fields.js';
import { langOf } from './lang.js';

export const Comparison: ComparisonResolvers = {
  ...entryFields,
  slug: (e) => e.name.replace(/^compare:/, ''),
  subjects: (e) => [...dataOf<ComparisonSpec>(e).subjects],
  rows: (e) => [...dataOf<ComparisonSpec>(e).rows],
};

export const ComparisonRow: ComparisonRowResolvers = {
  aspect: (r, { lang }, ctx) => r.aspect[langOf(lang, ctx)],
  cells: (r, { lang }, ctx) => r.cells.map((c) => c[langOf(lang, ctx)]),
};
