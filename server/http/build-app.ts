/**
 * The HTTP server: GraphQL at /graphql, REST at /api/v1, /healthz and /readyz (and /metrics when
 * asked for). In the order a request meets them: security headers, CORS, CSRF prevention, the
 * per-client rate limit (keyed on the client behind --trust-proxy hops), the body limit and parser,
 * the response cache, the route; every error on the way answered by one mapping (error-response.ts).
 */
import rateLimit from '@fastify/rate-limit';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { createApolloServer } from '../graphql/apollo-server.js';
import { createContext, type GraphQLContext } from '../graphql/context.js';
import { restRoutes } from '../rest/rest-routes.js';
import { DrefError } from '../errors.js';
import { registerCors } from './cors.js';
import { registerCsrfPrevention } from './csrf-prevention.js';
import { errorResponseFor, restError } from './error-response.js';
import { registerGraphQLStatus } from './graphql-status.js';
import { HttpError } from './http-error.js';
import { answerClientError, createHttpServer } from './http-server.js';
import type { KnowledgeSource } from './knowledge-source.js';
import { BODY_LIMIT, REQUEST_TIMEOUT_MS } from './limits.js';
import { createLintPool } from './lint-pool.js';
import { registerMetrics } from './metrics.js';
import { registerRepresentations } from './representation.js';
import { ResponseCache } from './response-cache.js';
import { collectRouteMethods } from './route-methods.js';
import { registerSecurityHeaders, SECURITY_HEADERS } from './security-headers.js';
import type { TrustProxy } from './trust-proxy.js';

export { BODY_LIMIT } from './limits.js';

export interface AppOptions {
  readonly source: KnowledgeSource;
  /** Origins allowed to read; empty means any origin. */
  readonly corsOrigins?: readonly string[];
  /** Requests per minute per client IP; 0 turns the limit off. */
  readonly rateLimit?: number;
  /** pino log level; 'silent' for tests. */
  readonly logLevel?: string;
  readonly production?: boolean;
  /** Longest a whole request (head and body) may take to arrive, in ms. */
  readonly requestTimeoutMs?: number;
  /** Longest the request head may take to arrive, in ms. */
  readonly headersTimeoutMs?: number;
  /** How many whole responses to keep in memory for repeated requests (default 2000; 0 turns the cache off). */
  readonly responseCacheEntries?: number;
  /** Which proxies may name the client (X-Forwarded-For): a hop count or addresses and CIDRs. Default: none. */
  readonly trustProxy?: TrustProxy;
  /** Serve /metrics (Prometheus text format). Default off. */
  readonly metrics?: boolean;
  /** Worker threads for lint (default 1; 0 lints in-process). */
  readonly lintWorkers?: number;
}

/** Paths that answer however often they are asked: probes and the metrics scrape. */
const UNLIMITED = new Set(['/healthz', '/readyz', '/metrics']);

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const sendError = (request: FastifyRequest, reply: FastifyReply, error: unknown) => {
    const { status, headers, body } = errorResponseFor(request.url, error);
    if (status >= 500 && !(error instanceof HttpError)) request.log.error({ err: error }, 'request failed');
    void reply.status(status).headers(headers).header('cache-control', 'no-store').type('application/json; charset=utf-8').send(body);
  };
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info' },
    bodyLimit: BODY_LIMIT,
    connectionTimeout: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    // Fastify takes a hop count too (proxy-addr's), though its types leave numbers out.
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy as string } : {}),
    serverFactory: (handler) => createHttpServer(handler, { requestTimeoutMs: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS, ...(options.headersTimeoutMs ? { headersTimeoutMs: options.headersTimeoutMs } : {}) }),
    clientErrorHandler: answerClientError,
    frameworkErrors: (error, request, reply) => {
      // Called before any hook runs (the URL could not be routed), so the security headers are set here.
      void reply.headers(SECURITY_HEADERS);
      sendError(request, reply, error);
    },
  });
  const routes = collectRouteMethods(app);
  const lintPool = createLintPool(options.lintWorkers ?? 1);
  const cache = options.responseCacheEntries === 0 ? undefined : new ResponseCache(options.responseCacheEntries ?? 2_000);
  const apollo = createApolloServer({ production: options.production ?? true, plugins: [fastifyApolloDrainPlugin(app)] });
  await apollo.start();
  app.addHook('onClose', async () => { await lintPool.close(); });

  app.setErrorHandler((error, request, reply) => sendError(request, reply, error));
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    const allowed = routes.allowedMethods(path);
    sendError(request, reply, allowed.length
      ? new HttpError(405, 'METHOD_NOT_ALLOWED', `${path} does not answer ${request.method}`, `use ${allowed.filter((m) => m !== 'OPTIONS' && m !== 'HEAD').join(' or ')}`, { allow: allowed.join(', ') })
      : new DrefError('NOT_FOUND', `no route ${request.method} ${path}`, 'see /api/v1/openapi.json and /graphql'));
  });

  registerSecurityHeaders(app);
  registerCors(app, { origins: options.corsOrigins ?? [], routes, sendError });
  registerCsrfPrevention(app, sendError);
  if (options.metrics) registerMetrics(app, { source: options.source, lintPool, ...(cache ? { cache } : {}) });
  if ((options.rateLimit ?? 600) > 0) {
    await app.register(rateLimit, {
      max: options.rateLimit ?? 600,
      timeWindow: '1 minute',
      allowList: (request) => UNLIMITED.has(request.url.split('?')[0]!),
      errorResponseBuilder: (_request, context) => {
        const error = new DrefError('RATE_LIMITED', `too many requests: the limit is ${context.max} a minute per client`, `try again in ${Math.ceil(context.ttl / 1000)} s`);
        return Object.assign(error, { statusCode: 429 });
      },
    });
  }
  registerGraphQLStatus(app);
  registerRepresentations(app, { buildId: () => options.source.current().buildId, ...(cache ? { cache } : {}) });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      const kb = options.source.current();
      kb.sqlite.prepare('SELECT 1 FROM entries LIMIT 1').get();
      return { status: 'ready', build: kb.buildId };
    } catch (error) {
      const { status, body } = restError(new DrefError('DATABASE', 'the knowledge base cannot be read', 'check the file given to --db; `dref ingest` rebuilds it', undefined, { cause: error }));
      return reply.status(status).header('cache-control', 'no-store').send(body);
    }
  });

  const handler = fastifyApolloHandler<GraphQLContext>(apollo, {
    context: async (request) => createContext(options.source.current(), request.headers['accept-language'], lintPool),
  });
  app.route({ url: '/graphql', method: ['GET', 'POST'], handler });
  await app.register(restRoutes, { prefix: '/api/v1', source: options.source, lintPool });
  return app;
}
