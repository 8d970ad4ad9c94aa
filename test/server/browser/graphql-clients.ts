/**
 * Bundled with esbuild for a page in Chromium (real-clients.test.ts): Apollo Client 4 with automatic
 * persisted queries over GET, urql with its plain GET, and graphql-request, each with its defaults
 * apart from that. Each function runs one query in a fresh client, so only the server can cache.
 */
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { Client, fetchExchange } from '@urql/core';
import { GraphQLClient } from 'graphql-request';

const sha256 = async (text: string) => [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))]
  .map((b) => b.toString(16).padStart(2, '0')).join('');

export const SEARCH = 'query Search($q: String!) { search(query: $q, first: 3) { totalCount nodes { id name } } }';

async function apollo(endpoint: string, q: string): Promise<unknown> {
  const link = new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(new HttpLink({ uri: endpoint }));
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  const result = await client.query({ query: gql(SEARCH), variables: { q }, fetchPolicy: 'network-only' });
  return result.data;
}

async function urql(endpoint: string, q: string): Promise<unknown> {
  const client = new Client({ url: endpoint, exchanges: [fetchExchange], preferGetMethod: true, requestPolicy: 'network-only' });
  const result = await client.query(SEARCH, { q }).toPromise();
  if (result.error) throw new Error(result.error.message);
  return result.data;
}

async function graphqlRequest(endpoint: string, q: string): Promise<unknown> {
  return new GraphQLClient(endpoint).request(SEARCH, { q });
}

async function graphqlRequestGet(endpoint: string, q: string): Promise<unknown> {
  return new GraphQLClient(endpoint, { method: 'GET' }).request(SEARCH, { q });
}

(globalThis as Record<string, unknown>).graphqlClients = { apollo, urql, graphqlRequest, graphqlRequestGet };
