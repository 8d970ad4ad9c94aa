/** NoteLink, NoteSection, Passage, Example and Erratum: the notes' own text, with corrections beside it. */
import { DrefError } from '../../errors.js';
import { linesOf } from '../../knowledge/knowledge-queries.js';
import type { GraphQLContext } from '../context.js';
import type { SectionModel } from '../models.js';
import type { ErratumResolvers, ExampleResolvers, NoteLinkResolvers, NoteSectionResolvers } from '../__generated__/resolvers-types.js';
import { upper } from './lang.js';

async function sectionOf(id: number | null, ctx: GraphQLContext): Promise<SectionModel | null> {
  return id === null ? null : ctx.loaders.section.load(id);
}

async function fileTextOf(section: SectionModel, ctx: GraphQLContext): Promise<string> {
  const file = await ctx.loaders.file.load(section.fileId);
  if (!file) throw new DrefError('INTERNAL', `section ${section.path} has no file`);
  return file.text;
}

export const NoteLink: NoteLinkResolvers = {
  section: async (l, _, ctx) => {
    const section = await sectionOf(l.sectionId, ctx);
    if (!section) throw new DrefError('INTERNAL', `link to missing section ${l.sectionId}`);
    return section;
  },
  role: (l) => upper(l.role),
  text: async (l, _, ctx) => {
    const section = await ctx.loaders.section.load(l.sectionId);
    return section ? linesOf(await fileTextOf(section, ctx), l.startLine, l.endLine) : '';
  },
  errata: async (l, _, ctx) => (await ctx.loaders.errataBySection.load(l.sectionId)).filter((e) => e.line >= l.startLine && e.line <= l.endLine),
};

export const NoteSection: NoteSectionResolvers = {
  file: async (s, _, ctx) => (await ctx.loaders.file.load(s.fileId))?.path ?? '',
  text: async (s, _, ctx) => linesOf(await fileTextOf(s, ctx), s.startLine, s.endLine),
  passages: (s, _, ctx) => ctx.loaders.passages.load(s.id),
  errata: (s, _, ctx) => ctx.loaders.errataBySection.load(s.id),
  entries: async (s, _, ctx) => {
    const ids = await ctx.loaders.sectionEntries.load(s.id);
    return (await ctx.loaders.entry.loadMany(ids)).filter((x) => !!x && !(x instanceof Error)) as NonNullable<Awaited<ReturnType<typeof ctx.loaders.entry.load>>>[];
  },
  parent: (s, _, ctx) => sectionOf(s.parentId, ctx),
};

export const Example: ExampleResolvers = {
  kind: (x) => upper(x.kind),
  source: (x) => upper(x.source),
  valid: (x) => x.isValid,
  section: (x, _, ctx) => sectionOf(x.sectionId, ctx),
};

export const Erratum: ErratumResolvers = {
  file: async (e, _, ctx) => (await ctx.loaders.file.load(e.fileId))?.path ?? '',
  severity: (e) => upper(e.severity),
  entry: (e, _, ctx) => (e.entryId ? ctx.loaders.entry.load(e.entryId) : null),
  section: (e, _, ctx) => sectionOf(e.sectionId, ctx),
};
