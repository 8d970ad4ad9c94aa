/**
 * Runs GraphQL operations in this process with graphql-js, over the same schema file and resolvers
 * the server uses, against the embedded (or --db) database.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, defaultFieldResolver, execute, parse, type GraphQLFieldResolver, type GraphQLTypeResolver } from 'graphql';
import type { KnowledgeBase } from '../../server/database/open-database.js';
import { packageRoot } from '../../server/database/paths.js';
import { createContext } from '../../server/graphql/context.js';
import { resolvers } from '../../server/graphql/resolvers/index.js';
import type { Lang } from '../../server/search/search-entries.js';
import { unwrap, type Transport } from './transport.js';

type ResolverMap = Record<string, Record<string, unknown>>;
const map = resolvers as unknown as ResolverMap;

const fieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
  const resolve = map[info.parentType.name]?.[info.fieldName];
  return typeof resolve === 'function' ? (resolve as GraphQLFieldResolver<unknown, unknown>)(source, args, context, info) : defaultFieldResolver(source, args, context, info);
};

const typeResolver: GraphQLTypeResolver<unknown, unknown> = (value, context, info, abstractType) => {
  const resolve = map[abstractType.name]?.__resolveType;
  return typeof resolve === 'function' ? (resolve as GraphQLTypeResolver<unknown, unknown>)(value, context, info, abstractType) : undefined;
};

export function inProcessTransport(kb: KnowledgeBase, lang: Lang): Transport {
  // The server validates this schema (Apollo builds it with every check); here, once per run, skip that work.
  const schema = buildSchema(readFileSync(join(packageRoot(), 'schema', 'dref.graphql'), 'utf8'), { assumeValidSDL: true, assumeValid: true });
  return {
    async execute<T>(document: string, variables?: Record<string, unknown>) {
      const contextValue = createContext(kb, lang === 'ko' ? 'ko' : 'en');
      // The CLI's own documents: the tests run each through the server, which validates them; here they are parsed and run.
      const result = await execute({ schema, document: parse(document), variableValues: variables ?? {}, contextValue, fieldResolver, typeResolver });
      return unwrap<T>(JSON.parse(JSON.stringify(result)) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] });
    },
    close: () => kb.close(),
  };
}
