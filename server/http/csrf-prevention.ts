/**
 * CSRF prevention, as strict as a public, read-only API without credentials needs. A cross-site
 * request can only hurt through what the visitor's browser adds to it (cookies, HTTP auth, a client
 * certificate, its place on a private network) and through what it changes; dref reads none of the
 * first and has no operation that changes anything. What is left is a page making visitors' browsers
 * send work to a dref it may not read (one on their private network, or one whose --cors leaves that
 * page out): so a GraphQL POST must be JSON, a type browsers send cross-origin only after a CORS
 * preflight, which --cors refuses. A GET, an answer no page can read without CORS, needs nothing:
 * every GraphQL client's plain GET works. This runs in onRequest, before the response cache.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DrefError } from '../errors.js';

const JSON_TYPE = /^application\/json\s*(;|$)/i;

export function registerCsrfPrevention(app: FastifyInstance, sendError: (request: FastifyRequest, reply: FastifyReply, error: unknown) => void): void {
  app.addHook('onRequest', (request, reply, done) => {
    if (request.method !== 'POST' || !(request.url === '/graphql' || request.url.startsWith('/graphql?'))) { done(); return; }
    const type = request.headers['content-type'];
    if (type !== undefined && JSON_TYPE.test(type)) { done(); return; }
    sendError(request, reply, new DrefError('UNSUPPORTED_MEDIA_TYPE',
      type === undefined ? 'a GraphQL POST needs Content-Type: application/json' : `a GraphQL POST must be application/json, not ${type}`,
      'send the operation as JSON {"query", "variables"}, or as a GET'));
  });
}
