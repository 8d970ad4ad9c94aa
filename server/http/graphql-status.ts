/**
 * The status of a GraphQL answer whose errors are all request errors (a syntax error, a validation
 * error, a variable that does not coerce), as the GraphQL over HTTP spec has it: 400 when the client
 * accepts application/graphql-response+json, 200 when it is answered application/json (the legacy
 * type, whose clients read errors from the body alone). graphql-armor's token limit parses
 * documents itself and Apollo answers its syntax errors with a 500; they are request errors too.
 * Such answers are never cached (Apollo marks every answer with errors no-store).
 */
import type { FastifyInstance } from 'fastify';

/** GraphQL error codes of request errors: the document or its variables were at fault, nothing ran. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE']);
const LEGACY_JSON = /^application\/json\b/;

export function registerGraphQLStatus(app: FastifyInstance): void {
  app.addHook('onSend', (request, reply, payload, done) => {
    const status = reply.statusCode;
    if ((status !== 400 && status < 500) || typeof payload !== 'string' || !request.url.startsWith('/graphql')) { done(null, payload); return; }
    try {
      const body = JSON.parse(payload) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
      if (body.data === undefined && body.errors?.length && body.errors.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code)))) {
        reply.code(LEGACY_JSON.test(String(reply.getHeader('content-type') ?? '')) ? 200 : 400).header('cache-control', 'no-store');
      }
    } catch {
      // Not JSON: leave it.
    }
    done(null, payload);
  });
}
