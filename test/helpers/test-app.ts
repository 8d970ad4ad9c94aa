/** The real HTTP app in-process (fastify inject), over a real SQLite file built from the shipped notes. */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../server/http/build-app.js';
import { createKnowledgeSource, type KnowledgeSource } from '../../server/http/knowledge-source.js';
import { runIngest } from '../../server/ingest/run-ingest.js';
import { tempDir } from './temp-database.js';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly source: KnowledgeSource;
  readonly dbPath: string;
  close(): Promise<void>;
}

export async function createTestApp(options: Partial<AppOptions> = {}): Promise<TestApp> {
  const dbPath = join(tempDir('dref-app-'), 'kb.db');
  runIngest([], dbPath);
  const source = await createKnowledgeSource(dbPath);
  const app = await buildApp({ source, logLevel: 'silent', rateLimit: 0, ...options });
  return { app, source, dbPath, close: async () => { await app.close(); source.close(); } };
}

/** POST a GraphQL operation; returns status, headers and parsed body. */
export async function graphql(app: FastifyInstance, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify({ query, variables }) });
  return { status: response.statusCode, headers: response.headers, body: response.json() as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] } };
}
