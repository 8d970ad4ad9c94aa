/**
 * Apollo Server over the hand-written schema: cost, depth, alias and token limits (graphql-armor,
 * limits not exposed), CSRF prevention, cache-control hints, persisted queries, and in production
 * no field suggestions and no stack traces.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { packageRoot } from '../database/paths.js';
import type { GraphQLContext } from './context.js';
import { formatGraphQLError } from './format-error.js';
import { resolvers } from './resolvers/index.js';

export const TYPE_DEFS = readFileSync(join(packageRoot(), 'schema', 'dref.graphql'), 'utf8');

export interface ApolloOptions {
  readonly production: boolean;
  readonly plugins?: readonly ApolloServerPlugin<GraphQLContext>[];
}

export function createApolloServer(options: ApolloOptions): ApolloServer<GraphQLContext> {
  const armor = new ApolloArmor({
    maxDepth: { n: 12, exposeLimits: false, flattenFragments: true },
    maxAliases: { n: 15, exposeLimits: false },
    costLimit: { maxCost: 20_000, exposeLimits: false },
    maxTokens: { n: 3_000, exposeLimits: false },
    maxDirectives: { n: 30, exposeLimits: false },
  });
  const protection = armor.protect();
  return new ApolloServer<GraphQLContext>({
    typeDefs: TYPE_DEFS,
    resolvers: resolvers as never,
    // graphql-armor is typed against Apollo's CommonJS build; the plugins are the same at run time.
    plugins: [
      ...(protection.plugins as unknown as ApolloServerPlugin<GraphQLContext>[]),
      // Every answer is fixed for a given build of the knowledge base; fields without a hint get this.
      ApolloServerPluginCacheControl({ defaultMaxAge: 300 }),
      ...(options.plugins ?? []),
    ],
    validationRules: [...protection.validationRules],
    csrfPrevention: true,
    formatError: formatGraphQLError,
    includeStacktraceInErrorResponses: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    introspection: true,
  });
}
