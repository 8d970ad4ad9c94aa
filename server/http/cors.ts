/**
 * CORS for docs sites on other origins. The API is public and reads no credentials, so any origin may
 * read it unless `--cors` names the ones that may; a preflight may ask for any request header (none
 * carries authority here) and for the methods the path answers. A preflight that cannot succeed is
 * answered with the error envelope, like every other error.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DrefError } from '../errors.js';
import { HttpError } from './http-error.js';
import type { RouteMethods } from './route-methods.js';

export interface CorsOptions {
  /** Origins allowed to read; empty means any origin. */
  readonly origins: readonly string[];
  readonly routes: RouteMethods;
  /** Answers an error in the envelope of the request's route. */
  readonly sendError: (request: FastifyRequest, reply: FastifyReply, error: unknown) => void;
}

/** Response headers a page may read besides the safelisted ones. */
const EXPOSED = 'etag, retry-after, x-dref-cache, x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset';
const MAX_AGE = '600';

export function registerCors(app: FastifyInstance, options: CorsOptions): void {
  const allowList = new Set(options.origins);
  const anyOrigin = allowList.size === 0;
  const allowed = (origin: string) => anyOrigin || allowList.has(origin);

  app.addHook('onRequest', (request, reply, done) => {
    const origin = request.headers.origin;
    if (request.method === 'OPTIONS') { answerOptions(request, reply, origin); return; }
    if (origin !== undefined && allowed(origin)) {
      void reply.header('access-control-allow-origin', anyOrigin ? '*' : origin).header('access-control-expose-headers', EXPOSED);
    }
    done();
  });

  function answerOptions(request: FastifyRequest, reply: FastifyReply, origin: string | undefined) {
    const path = request.url.split('?')[0]!;
    const methods = options.routes.allowedMethods(path);
    const wanted = request.headers['access-control-request-method'];
    void reply.header('vary', 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers');
    if (!methods.length) {
      options.sendError(request, reply, new DrefError('NOT_FOUND', `no route ${path}`, 'see /api/v1/openapi.json and /graphql'));
      return;
    }
    if (origin === undefined || typeof wanted !== 'string') {
      // Not a preflight: a plain OPTIONS asks what the path allows.
      void reply.code(204).header('allow', methods.join(', ')).send();
      return;
    }
    if (!allowed(origin)) {
      options.sendError(request, reply, new HttpError(403, 'FORBIDDEN', `origin ${origin} may not read this API`, `the server allows ${[...allowList].join(', ')}; start it with --cors ${origin} to add this one`));
      return;
    }
    if (!methods.includes(wanted.toUpperCase())) {
      options.sendError(request, reply, new HttpError(405, 'METHOD_NOT_ALLOWED', `${path} does not answer ${wanted}`, `use ${methods.filter((m) => m !== 'OPTIONS' && m !== 'HEAD').join(' or ')}`, { allow: methods.join(', ') }));
      return;
    }
    void reply.code(204)
      .header('access-control-allow-origin', anyOrigin ? '*' : origin)
      .header('access-control-allow-methods', methods.filter((m) => m !== 'OPTIONS').join(', '))
      .header('access-control-max-age', MAX_AGE);
    const headers = request.headers['access-control-request-headers'];
    if (typeof headers === 'string' && headers.trim()) void reply.header('access-control-allow-headers', headers);
    void reply.send();
  }
}
