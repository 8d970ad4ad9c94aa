/**
 * GraphQL answers' Cache-Control (server/graphql/cache-control.ts): read from the document once, the
 * same header Apollo's own cache-control plugin writes field by field, for a table of operations.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApolloServer, TYPE_DEFS } from '../../server/graphql/apollo-server.js';
import { hasMaxAgeOnlyHints } from '../../server/graphql/cache-control.js';
import { createContext, type GraphQLContext } from '../../server/graphql/context.js';
import { resolvers } from '../../server/graphql/resolvers/index.js';
import { createTestApp, graphql, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let apollos: ApolloServer<GraphQLContext>;
beforeAll(async () => {
  t = await createTestApp();
  apollos = new ApolloServer<GraphQLContext>({ typeDefs: TYPE_DEFS, resolvers: resolvers as never, plugins: [ApolloServerPluginCacheControl({ defaultMaxAge: 300 })] });
  await apollos.start();
});
afterAll(async () => { await apollos.stop(); await t.close(); });

const OPERATIONS = [
  '{ search(query: "restart", first: 3) { totalCount edges { score node { id name title } } } }',
  '{ build { id version } }',
  '{ build { id } search(query: "volume") { totalCount } }',
  'query { ...B } fragment B on Query { build { builtAt } }',
  '{ command(name: "docker run") { name options { name } } }',
  '{ __typename }',
  '{ __schema { queryType { name } } }',
];

describe('Cache-Control of GraphQL answers', () => {
  it('reads hints of maxAge alone from the schema (else Apollo\'s plugin computes them)', () => {
    expect(hasMaxAgeOnlyHints(TYPE_DEFS)).toBe(true);
    expect(hasMaxAgeOnlyHints('type Query { a: Int @cacheControl(maxAge: 5, scope: PRIVATE) }')).toBe(false);
  });

  it.each(OPERATIONS)('%s: the header Apollo\'s plugin gives', async (query) => {
    const ours = await graphql(t.app, query);
    expect(ours.body.errors).toBeUndefined();
    const theirs = await apollos.executeOperation({ query }, { contextValue: createContext(t.source.current(), undefined) });
    expect(ours.headers['cache-control']).toBe(theirs.http.headers.get('cache-control'));
  });

  it('is no-store for an answer with errors', async () => {
    const r = await graphql(t.app, '{ search(query: "restart", first: 99) { totalCount } }');
    expect(r.body.errors?.length).toBeGreaterThan(0);
    expect(r.headers['cache-control']).toBe('no-store');
  });
});

describe('Apollo server options', () => {
  it('still builds with the production settings', async () => {
    const server = createApolloServer({ production: true });
    await server.start();
    await server.stop();
  });
});
