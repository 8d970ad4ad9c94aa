/** Search connections and the engines' tokens and findings, with their entries loaded. */
import { encodeCursor } from '../../search/search-cursor.js';
import type { GraphQLContext } from '../context.js';
import type { EntryModel } from '../models.js';
import type {
  DockerfileTokenResolvers, ExplainedTokenResolvers, LintFindingResolvers, SearchConnectionResolvers, SearchEdgeResolvers,
} from '../__generated__/resolvers-types.js';
import { langOf, upper } from './lang.js';

async function entryOrNull(id: string | undefined, ctx: GraphQLContext): Promise<EntryModel | null> {
  return id ? ctx.loaders.entry.load(id) : null;
}

export const SearchConnection: SearchConnectionResolvers = {
  nodes: async (c, _, ctx) => (await ctx.loaders.entry.loadMany(c.response.results.map((r) => r.id))).filter((e): e is EntryModel => !!e && !(e instanceof Error)),
  edges: (c) => c.response.results.map((result, i) => ({ result, cursor: encodeCursor(c.offset + i + 1) })),
  pageInfo: (c) => ({
    hasNextPage: c.response.nextCursor !== null,
    endCursor: c.response.results.length ? encodeCursor(c.offset + c.response.results.length) : null,
  }),
  totalCount: (c) => c.response.totalCount,
  didYouMean: (c) => c.response.didYouMean ?? null,
};

export const SearchEdge: SearchEdgeResolvers = {
  node: async (e, _, ctx) => (await ctx.loaders.entry.load(e.result.id))!,
  score: (e) => e.result.score,
  snippet: (e) => e.result.snippet,
  matched: (e) => [...e.result.matched],
};

export const ExplainedToken: ExplainedTokenResolvers = {
  entry: (t, _, ctx) => entryOrNull(t.entry?.id, ctx),
  meaning: (t, { lang }, ctx) => t.meaning?.[lang ? langOf(lang, ctx) : t.askedLang ?? ctx.lang] ?? null,
};

export const DockerfileToken: DockerfileTokenResolvers = {
  entry: (t, _, ctx) => entryOrNull(t.entry?.id, ctx),
  meaning: (t, { lang }, ctx) => t.meaning?.[lang ? langOf(lang, ctx) : t.askedLang ?? ctx.lang] ?? null,
};

export const LintFinding: LintFindingResolvers = {
  severity: (f) => upper(f.severity),
  entry: (f, _, ctx) => entryOrNull(f.entry?.id, ctx),
};
