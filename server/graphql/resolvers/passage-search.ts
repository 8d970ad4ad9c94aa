/** Query.passages and PassageHit: the notes' own passages, found by their words. */
import { DrefError } from '../../errors.js';
import type { PassageHitResolvers, PassageResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';

export const PassageQuery: Pick<QueryResolvers, 'passages'> = {
  // Imported when asked for, as Query.search is.
  passages: async (_, { query, first }, ctx) => (await import('../../search/search-passages.js')).searchPassages(ctx.kb, query, first ?? 5),
};

export const PassageHit: PassageHitResolvers = {
  passage: async (hit, _, ctx) => {
    const passage = (await ctx.loaders.passages.load(hit.sectionId)).find((p) => p.id === hit.passageId);
    if (!passage) throw new DrefError('INTERNAL', `passage ${hit.passageId} is missing from section ${hit.sectionId}`);
    return passage;
  },
};

export const Passage: PassageResolvers = {
  section: async (p, _, ctx) => {
    const section = await ctx.loaders.section.load(p.sectionId);
    if (!section) throw new DrefError('INTERNAL', `passage ${p.id} has no section`);
    return section;
  },
};
