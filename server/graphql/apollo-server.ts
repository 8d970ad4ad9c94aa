/**
 * Apollo Server over the hand-written schema: cost, depth, alias and token limits (graphql-armor,
 * limits named but their values not exposed), cache-control hints (no-store for any answer with
 * errors), persisted queries, and in production no field suggestions and no stack traces.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { packageRoot } from '../database/paths.js';
import { cacheControlPlugins } from './cache-control.js';
import type { GraphQLContext } from './context.js';
import { formatGraphQLError } from './format-error.js';
import { resolvers } from './resolvers/index.js';

export const TYPE_DEFS = readFileSync(join(packageRoot(), 'schema', 'dref.graphql'), 'utf8');

export interface ApolloOptions {
  readonly production: boolean;
  readonly plugins?: readonly ApolloServerPlugin<GraphQLContext>[];
}

/** An answer with errors is never cached, anywhere: a persisted query not found now is found after it is sent once. */
const noStoreForErrors: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

export function createApolloServer(options: ApolloOptions): ApolloServer<GraphQLContext> {
  // Each limit's message says which limit the query broke, not its value.
  const armor = new ApolloArmor({
    maxDepth: { n: 12, exposeLimits: false, flattenFragments: true, errorMessage: 'the query is nested too deeply: over the depth limit (flatten it, or ask in two queries)' },
    maxAliases: { n: 15, exposeLimits: false, errorMessage: 'the query uses too many aliases: over the alias limit (ask in two queries)' },
    costLimit: { maxCost: 20_000, exposeLimits: false, errorMessage: 'the query asks for too much at once: over the cost limit (ask for fewer fields or smaller pages)' },
    maxTokens: { n: 3_000, exposeLimits: false, errorMessage: 'the query is too long: over the token limit (send a shorter document)' },
    maxDirectives: { n: 30, exposeLimits: false, errorMessage: 'the query uses too many directives: over the directive limit' },
  });
  const protection = armor.protect();
  return new ApolloServer<GraphQLContext>({
    typeDefs: TYPE_DEFS,
    resolvers: resolvers as never,
    // graphql-armor is typed against Apollo's CommonJS build; the plugins are the same at run time.
    plugins: [
      ...(protection.plugins as unknown as ApolloServerPlugin<GraphQLContext>[]),
      // Every answer is fixed for a given build of the knowledge base; fields without a hint get this.
      ...cacheControlPlugins<GraphQLContext>(TYPE_DEFS, 300),
      noStoreForErrors,
      ...(options.plugins ?? []),
    ],
    validationRules: [...protection.validationRules],
    // CSRF prevention is the server's own (server/http/csrf-prevention.ts): Apollo's refuses a plain GET, which this API needs to allow.
    csrfPrevention: false,
    formatError: formatGraphQLError,
    includeStacktraceInErrorResponses: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    introspection: true,
  });
}
