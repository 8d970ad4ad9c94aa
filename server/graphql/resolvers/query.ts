/** Query: thin adapters over the core (search, explain, generate, lint, lookups). */
import type { ComparisonSpec } from '../../../data/catalog/types.js';
import { DrefError } from '../../errors.js';
import * as q from '../../knowledge/knowledge-queries.js';
import { decodeCursor } from '../../search/search-cursor.js';
import type { GraphQLContext } from '../context.js';
import type { EntryModel } from '../models.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { dataOf } from './entry-fields.js';
import { langOf } from './lang.js';

/** The largest page `search(first:)` serves. */
export const MAX_PAGE = 50;

async function byName(name: string, ctx: GraphQLContext, kind?: EntryModel['kind']): Promise<EntryModel | null> {
  const id = q.entryIdByName(ctx.kb, kind === 'instruction' ? name.toUpperCase() : name);
  const entry = id ? await ctx.loaders.entry.load(id) : null;
  return entry && (!kind || entry.kind === kind) ? entry : null;
}

export const Query: QueryResolvers = {
  // The search engine (word lists, Unicode patterns) is imported when a search asks for it: `show` and `explain` never do.
  search: async (_, { query, kinds, lang, first, after }, ctx) => {
    const size = first ?? 10;
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) throw new DrefError('BAD_INPUT', `first: must be from 1 to ${MAX_PAGE}, not ${size}`);
    const offset = after ? decodeCursor(after) : 0;
    const { searchEntries } = await import('../../search/search-entries.js');
    const response = searchEntries(ctx.kb, query, {
      lang: langOf(lang, ctx), limit: size, ...(after ? { after } : {}),
      ...(kinds?.length ? { kinds: kinds.map((k) => k.toLowerCase() as EntryModel['kind']) } : {}),
    });
    return { response, offset };
  },
  entry: (_, { id }, ctx) => ctx.loaders.entry.load(id),
  lookup: (_, { name }, ctx) => byName(name, ctx),
  command: (_, { name }, ctx) => byName(name, ctx, 'command'),
  instruction: (_, { name }, ctx) => byName(name, ctx, 'instruction'),
  concept: (_, { slug }, ctx) => byName(`concept:${slug.replace(/^concept:/, '')}`, ctx, 'concept'),
  compare: async (_, { a, b }, ctx) => {
    const [left, right] = await Promise.all([byName(a, ctx), byName(b, ctx)]);
    if (!left) throw new DrefError('NOT_FOUND', `a: no entry named ${a}`, 'try `lookup` or `search` to find its name');
    if (!right) throw new DrefError('NOT_FOUND', `b: no entry named ${b}`, 'try `lookup` or `search` to find its name');
    const comparison = q.entriesByKind(ctx.kb, 'comparison').find((c) => {
      const subjects = dataOf<ComparisonSpec>(c).subjects.map((s) => q.entryIdByName(ctx.kb, s));
      return subjects.includes(left.id) && subjects.includes(right.id);
    }) ?? null;
    return { a: left, b: right, comparison };
  },
  recipes: (_, __, ctx) => q.entriesByKind(ctx.kb, 'recipe'),
  section: (_, { path, file }, ctx) => q.sectionByPath(ctx.kb, path, file ?? undefined) ?? null,
  sections: (_, __, ctx) => q.allSections(ctx.kb),
  errata: (_, { severity }, ctx) => q.allErrata(ctx.kb, severity === 'ERROR' ? 'error' : severity === 'WARNING' ? 'warning' : undefined)
    .filter(() => severity !== 'INFO'),
  // The engines load the catalog and the Dockerfile parser: imported when first asked for, so a search does not pay for them.
  // Problems are written in `lang`, else the request's language (Accept-Language; the CLI's --lang in process), as REST's ?lang= has it;
  // each token's meaning defaults to the same language.
  // A command line is explained from the commands it names, read from the database, not the whole catalog.
  explain: async (_, { line, lang }, ctx) => {
    const [{ explainCommandLine }, { databaseCatalogContext }] = await Promise.all([import('../../explain/explain-command-line.js'), import('../../knowledge/database-catalog-context.js')]);
    const asked = langOf(lang, ctx);
    const explained = explainCommandLine(line, databaseCatalogContext(ctx.kb), asked);
    return { ...explained, tokens: explained.tokens.map((t) => ({ ...t, askedLang: asked })) };
  },
  explainDockerfileLine: async (_, { line, lang }, ctx) => {
    const asked = langOf(lang, ctx);
    const explained = (await import('../../explain/explain-dockerfile-line.js')).explainDockerfileLine(line, undefined, asked);
    return { ...explained, tokens: explained.tokens.map((t) => ({ ...t, askedLang: asked })) };
  },
  generate: async (_, { input, lang }, ctx) => (await import('../../generate/generate-command.js')).generateCommand({
    command: input.command, args: input.args ?? [], flagStyle: input.short ? 'short' : 'long',
    options: (input.options ?? []).map((o) => ({ name: o.name, ...(o.values?.length ? { value: o.values.length === 1 ? o.values[0]! : o.values } : {}) })),
  }, undefined, langOf(lang, ctx)),
  fillRecipe: async (_, { slug, values, lang }, ctx) => {
    const { fillRecipe } = await import('../../generate/fill-recipe.js');
    const filled = fillRecipe(slug, Object.fromEntries((values ?? []).map((v) => [v.name, v.value])), undefined, langOf(lang, ctx));
    const recipe = await ctx.loaders.entry.load(`recipe:${filled.slug}`);
    if (!recipe) throw new DrefError('NOT_FOUND', `no recipe named ${slug}`);
    return { recipe, commands: filled.steps.map((s) => s.command) };
  },
  // Findings in `lang`, else the request's language (Accept-Language), as REST's ?lang= gives them.
  lintDockerfile: async (_, { source, lang }, ctx) => {
    const asked = langOf(lang, ctx);
    if (ctx.lintPool) return { findings: await ctx.lintPool.lint(source, asked) };
    const { checkLintSize } = await import('../../http/lint-pool.js');
    checkLintSize(source, true);
    return { findings: (await import('../../lint/lint-dockerfile.js')).lintDockerfile(source, { lang: asked }) };
  },
  build: (_, __, ctx) => q.buildFacts(ctx.kb),
};
