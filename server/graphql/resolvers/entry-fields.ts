/** The fields every Entry type shares; each type's resolver file spreads these in. */
import type { EntryModel } from '../models.js';
import type { GraphQLContext } from '../context.js';
import type { Lang as GqlLang, TextFormat } from '../__generated__/resolvers-types.js';
import { langOf, plainText, upper } from './lang.js';

type Args = { lang?: GqlLang | null };

export const entryFields = {
  kind: (e: EntryModel) => upper(e.kind),
  title: (e: EntryModel, { lang }: Args, ctx: GraphQLContext) => (langOf(lang, ctx) === 'ko' ? e.titleKo : e.titleEn),
  summary: (e: EntryModel, { lang }: Args, ctx: GraphQLContext) => (langOf(lang, ctx) === 'ko' ? e.summaryKo : e.summaryEn),
  body: (e: EntryModel, { lang, format }: Args & { format?: TextFormat | null }, ctx: GraphQLContext) => {
    const body = langOf(lang, ctx) === 'ko' ? e.bodyKo : e.bodyEn;
    return format === 'PLAIN' ? plainText(body) : body;
  },
  keywords: (e: EntryModel, { lang }: Args, ctx: GraphQLContext) =>
    (langOf(lang, ctx) === 'ko' ? e.keywordsKo : e.keywordsEn).split(', ').filter(Boolean),
  aliases: (e: EntryModel, _: unknown, ctx: GraphQLContext) => ctx.loaders.aliases.load(e.id),
  notes: (e: EntryModel, _: unknown, ctx: GraphQLContext) => ctx.loaders.notes.load(e.id),
  examples: (e: EntryModel, _: unknown, ctx: GraphQLContext) => ctx.loaders.examples.load(e.id),
  related: async (e: EntryModel, _: unknown, ctx: GraphQLContext) => {
    const ids = await ctx.loaders.related.load(e.id);
    return (await ctx.loaders.entry.loadMany(ids)).filter((x): x is EntryModel => !!x && !(x instanceof Error));
  },
  errata: (e: EntryModel, _: unknown, ctx: GraphQLContext) => ctx.loaders.errataByEntry.load(e.id),
};

/** The catalog record stored with the entry. */
export function dataOf<T>(e: EntryModel): T {
  return JSON.parse(e.data) as T;
}
