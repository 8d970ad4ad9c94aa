/** Small adapters between GraphQL enums and the core's values. */
import type { Lang } from '../../search/search-entries.js';
import type { GraphQLContext } from '../context.js';
import type { Lang as GqlLang } from '../__generated__/resolvers-types.js';

export function langOf(lang: GqlLang | null | undefined, context: GraphQLContext): Lang {
  return lang === 'KO' ? 'ko' : lang === 'EN' ? 'en' : context.lang;
}

/** Markdown marks removed: backticks, emphasis, list bullets, headings. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[a-z]*\n?/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/^#+\s+/gm, '');
}

export const upper = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;
