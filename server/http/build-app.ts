/**
 * The HTTP server: GraphQL at /graphql, REST at /api/v1, /healthz and /readyz. CORS for docs sites,
 * a per-client rate limit, a body limit, ETag/304 from the database's build id, and one error handler.
 */
import { createHash } from 'node:crypto';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import { createApolloServer } from '../graphql/apollo-server.js';
import { createContext, type GraphQLContext } from '../graphql/context.js';
import { restRoutes } from '../rest/rest-routes.js';
import { graphqlTransportError, restError } from './error-response.js';
import type { KnowledgeSource } from './knowledge-source.js';
import { registerResponseCache } from './response-cache.js';
import { DrefError } from '../errors.js';

export interface AppOptions {
  readonly source: KnowledgeSource;
  /** Origins allowed to read; empty means any origin. */
  readonly corsOrigins?: readonly string[];
  /** Requests per minute per client IP; 0 turns the limit off. */
  readonly rateLimit?: number;
  /** pino log level; 'silent' for tests. */
  readonly logLevel?: string;
  readonly production?: boolean;
  /** Longest a request may take to arrive, in ms. */
  readonly requestTimeoutMs?: number;
  /** How many whole responses to keep in memory for repeated requests (default 2000; 0 turns the cache off). */
  readonly responseCacheEntries?: number;
}

export const BODY_LIMIT = 1_048_576;

/** GraphQL error codes that mean the request was at fault. */
const CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'BAD_INPUT', 'NOT_FOUND', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info' },
    bodyLimit: BODY_LIMIT,
    requestTimeout: options.requestTimeoutMs ?? 10_000,
    connectionTimeout: options.requestTimeoutMs ?? 10_000,
    forceCloseConnections: 'idle',
  });
  const apollo = createApolloServer({ production: options.production ?? true, plugins: [fastifyApolloDrainPlugin(app)] });
  await apollo.start();

  app.setErrorHandler((error, request, reply) => {
    const { status, body } = request.url.startsWith('/graphql') ? graphqlTransportError(error) : restError(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (status === 429 && 'headers' in reply) reply.header('retry-after', reply.getHeader('retry-after') ?? '60');
    void reply.status(status).type('application/json').send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    const { status, body } = restError(new DrefError('NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0]}`, 'see /api/v1/openapi.json and /graphql'));
    void reply.status(status).send(body);
  });

  await app.register(cors, {
    origin: options.corsOrigins?.length ? [...options.corsOrigins] : '*',
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'apollo-require-preflight', 'x-apollo-operation-name', 'if-none-match', 'accept-language'],
    exposedHeaders: ['etag', 'retry-after'],
    maxAge: 600,
  });
  if ((options.rateLimit ?? 600) > 0) {
    await app.register(rateLimit, {
      max: options.rateLimit ?? 600,
      timeWindow: '1 minute',
      allowList: (request) => request.url === '/healthz' || request.url === '/readyz',
      errorResponseBuilder: (_request, context) => {
        const error = new DrefError('RATE_LIMITED', `too many requests: the limit is ${context.max} a minute`, `try again in ${Math.ceil(context.ttl / 1000)} s`);
        return Object.assign(error, { statusCode: 429 });
      },
    });
  }

  // graphql-armor's token limit parses documents itself, and Apollo answers its syntax errors with a
  // 500: a GraphQL response whose errors are all the client's is a 400.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (reply.statusCode >= 500 && request.url.startsWith('/graphql') && typeof payload === 'string') {
      try {
        const body = JSON.parse(payload) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
        if (!body.data && body.errors?.length && body.errors.every((e) => CLIENT_CODES.has(String(e.extensions?.code)))) reply.code(400);
      } catch {
        // Not JSON: leave it.
      }
    }
    done(null, payload);
  });

  // ETag from the build id: the data only changes when the knowledge base is rebuilt.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (request.method !== 'GET' || reply.statusCode !== 200 || reply.getHeader('x-dref-cache')) { done(null, payload); return; }
    const build = options.source.current().buildId;
    const tag = `"${build}-${createHash('sha1').update(`${request.url}|${request.headers['accept-language'] ?? ''}`).digest('hex').slice(0, 16)}"`;
    reply.header('etag', tag);
    reply.header('vary', 'accept-language, origin');
    if (!reply.getHeader('cache-control')) reply.header('cache-control', 'public, max-age=300');
    if (request.headers['if-none-match'] === tag) {
      reply.code(304);
      done(null, '');
      return;
    }
    done(null, payload);
  });

  // Registered after the ETag hook, so a response is stored with its ETag and a hit skips that hook.
  if (options.responseCacheEntries !== 0) {
    registerResponseCache(app, { buildId: () => options.source.current().buildId, maxEntries: options.responseCacheEntries ?? 2_000 });
  }

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      const kb = options.source.current();
      kb.sqlite.prepare('SELECT 1 FROM entries LIMIT 1').get();
      return { status: 'ready', build: kb.buildId };
    } catch (error) {
      return reply.status(503).send(restError(new DrefError('DATABASE', 'the knowledge base cannot be read', undefined, undefined, { cause: error })).body);
    }
  });

  const handler = fastifyApolloHandler<GraphQLContext>(apollo, {
    context: async (request) => createContext(options.source.current(), request.headers['accept-language']),
  });
  app.route({ url: '/graphql', method: ['GET', 'POST'], handler });
  await app.register(restRoutes, { prefix: '/api/v1', source: options.source });
  return app;
}
