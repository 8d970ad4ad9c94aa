/** The per-request GraphQL context: the knowledge base this request reads, its loaders, and its language. */
import type { KnowledgeBase } from '../database/open-database.js';
import type { LintPool } from '../http/lint-pool.js';
import type { Lang } from '../search/search-entries.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface GraphQLContext {
  readonly kb: KnowledgeBase;
  readonly loaders: Loaders;
  /** From Accept-Language; fields with a `lang` argument override it. */
  readonly lang: Lang;
  /** Where lintDockerfile runs: the server's worker pool; absent, in-process within the same limits. */
  readonly lintPool?: LintPool;
}

/** `ko` when the client prefers Korean over English, else `en`. */
export function langFromAcceptLanguage(header: string | undefined): Lang {
  if (!header) return 'en';
  const ranked = header.split(',').map((part) => {
    const [tag, ...params] = part.trim().split(';');
    const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
    return { tag: (tag ?? '').toLowerCase(), q: q ? Number(q) : 1 };
  }).filter((x) => /^(ko|en)\b/.test(x.tag)).sort((a, b) => b.q - a.q);
  return ranked[0]?.tag.startsWith('ko') ? 'ko' : 'en';
}

export function createContext(kb: KnowledgeBase, acceptLanguage: string | undefined, lintPool?: LintPool): GraphQLContext {
  return { kb, loaders: createLoaders(kb), lang: langFromAcceptLanguage(acceptLanguage), ...(lintPool ? { lintPool } : {}) };
}
