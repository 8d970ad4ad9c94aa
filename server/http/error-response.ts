/**
 * The one place errors become HTTP responses. REST and every other route answer
 * `{"error": {"code", "message", "hint"?}}`; /graphql answers in GraphQL's shape,
 * `{"errors": [{"message", "extensions": {"code"}}]}`.
 */
import { DrefError, toDrefError, type ErrorCode } from '../errors.js';

export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  USAGE: 400,
  BAD_INPUT: 400,
  NOTES_INVALID: 422,
  NOT_FOUND: 404,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  DATABASE: 503,
  IO: 500,
  INTERNAL: 500,
};

export interface ErrorBody {
  readonly error: { readonly code: ErrorCode; readonly message: string; readonly hint?: string };
}

/** Fastify's own errors (body too large, bad JSON, unknown media type) as DrefErrors. */
export function fromHttpError(error: unknown): DrefError {
  if (error instanceof DrefError) return error;
  const e = error as { statusCode?: number; message?: string; code?: string };
  switch (e.statusCode) {
    case 413: return new DrefError('TOO_LARGE', 'the request body is over the size limit', 'send less than 1 MB');
    case 415: return new DrefError('UNSUPPORTED_MEDIA_TYPE', `this route does not read that content type`, 'send application/json');
    case 429: return new DrefError('RATE_LIMITED', 'too many requests', 'wait for the time in Retry-After, then try again');
    case 400: return new DrefError('BAD_INPUT', e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'the JSON body is empty' : `the request is malformed: ${e.message ?? 'bad request'}`);
    case 404: return new DrefError('NOT_FOUND', e.message ?? 'not found');
    default: return toDrefError(error);
  }
}

/** Status and REST body for an error; internal details stay out of the body. */
export function restError(error: unknown): { status: number; body: ErrorBody } {
  const e = fromHttpError(error);
  const message = e.code === 'INTERNAL' ? 'something went wrong on the server' : e.message;
  return { status: HTTP_STATUS[e.code], body: { error: { code: e.code, message, ...(e.hint ? { hint: e.hint } : {}) } } };
}

/** Status and GraphQL-shaped body, for errors that happen before GraphQL runs (bad JSON, too large). */
export function graphqlTransportError(error: unknown): { status: number; body: { errors: { message: string; extensions: { code: string } }[] } } {
  const { status, body } = restError(error);
  return { status, body: { errors: [{ message: body.error.message, extensions: { code: body.error.code } }] } };
}
