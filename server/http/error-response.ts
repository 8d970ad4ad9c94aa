/**
 * The one place errors become HTTP responses. REST and every other route answer
 * `{"error": {"code", "message", "hint"?}}`; /graphql answers in GraphQL's shape,
 * `{"errors": [{"message", "extensions": {"code"}}]}`. Fastify's own errors (bad URL encoding,
 * bodies too large or of a type no route reads, bad JSON) and Node's (headers too large, a client
 * too slow) come through here too, so no error reaches a client in another shape.
 */
import { DrefError, toDrefError, type ErrorCode } from '../errors.js';
import { HttpError, type HttpOnlyCode } from './http-error.js';
import { BODY_LIMIT } from './limits.js';

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

export type ResponseCode = ErrorCode | HttpOnlyCode;

export interface ErrorBody {
  readonly error: { readonly code: ResponseCode; readonly message: string; readonly hint?: string };
}

export interface ErrorResponse<B> {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: B;
}

const KIB = 1024;

/** Fastify's and Node's own errors as DrefErrors, each saying which limit or rule the request broke. */
export function fromHttpError(error: unknown): DrefError {
  if (error instanceof DrefError) return error;
  const e = error as { statusCode?: number; message?: string; code?: string };
  switch (e.code) {
    case 'FST_ERR_BAD_URL': return new DrefError('BAD_INPUT', 'the URL is not valid percent-encoded UTF-8', 'encode the path with encodeURIComponent');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY': return new DrefError('BAD_INPUT', 'the JSON body is empty', 'send a JSON object, or no Content-Type');
    case 'FST_ERR_CTP_INVALID_JSON_BODY': case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new DrefError('BAD_INPUT', `the request body is malformed: ${e.message ?? 'bad JSON'}`);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new DrefError('TOO_LARGE', `the request body is over the body limit of ${BODY_LIMIT / KIB} KB (${BODY_LIMIT} bytes)`, 'send less; a Dockerfile to lint has a lower limit of its own');
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new HttpError(408, 'REQUEST_TIMEOUT', 'the request did not arrive within the request timeout', 'send the whole request at once');
    case 'HPE_HEADER_OVERFLOW':
      return new HttpError(431, 'HEADERS_TOO_LARGE', 'the request headers are over the header size limit', 'send fewer or shorter headers (cookies are not needed: the API reads none)');
    default:
      // llhttp's other parse errors: bytes that are not an HTTP/1.1 request.
      if (e.code?.startsWith('HPE_')) return new DrefError('BAD_INPUT', `the request is not valid HTTP/1.1 (${e.code})`, 'send a well-formed request');
      break;
  }
  switch (e.statusCode) {
    case 413: return new DrefError('TOO_LARGE', `the request body is over the body limit of ${BODY_LIMIT / KIB} KB (${BODY_LIMIT} bytes)`);
    case 415: return new DrefError('UNSUPPORTED_MEDIA_TYPE', 'this route does not read that content type', 'send application/json (POST /api/v1/lint also reads text/plain)');
    case 429: return new DrefError('RATE_LIMITED', 'too many requests', 'wait for the time in Retry-After, then try again');
    case 400: return new DrefError('BAD_INPUT', `the request is malformed: ${e.message ?? 'bad request'}`);
    case 404: return new DrefError('NOT_FOUND', e.message ?? 'not found');
    default: return toDrefError(error);
  }
}

/** Status, headers and REST body for an error; internal details stay out of the body. */
export function restError(error: unknown): ErrorResponse<ErrorBody> {
  const e = fromHttpError(error);
  const message = e.code === 'INTERNAL' && !(e instanceof HttpError) ? 'something went wrong on the server' : e.message;
  const status = e instanceof HttpError ? e.status : HTTP_STATUS[e.code];
  const code = e instanceof HttpError ? e.httpCode : e.code;
  return { status, headers: e instanceof HttpError ? e.headers : {}, body: { error: { code, message, ...(e.hint ? { hint: e.hint } : {}) } } };
}

export interface GraphQLErrorBody {
  readonly errors: readonly { readonly message: string; readonly extensions: { readonly code: string; readonly hint?: string } }[];
}

/** Status, headers and GraphQL-shaped body, for errors that happen before GraphQL runs (bad JSON, too large, 405). */
export function graphqlTransportError(error: unknown): ErrorResponse<GraphQLErrorBody> {
  const { status, headers, body } = restError(error);
  return { status, headers, body: { errors: [{ message: body.error.message, extensions: { code: body.error.code, ...(body.error.hint ? { hint: body.error.hint } : {}) } }] } };
}

/** The answer for a request to `path`, in the shape its route speaks. */
export function errorResponseFor(path: string, error: unknown): ErrorResponse<ErrorBody | GraphQLErrorBody> {
  return path === '/graphql' || path.startsWith('/graphql?') || path.startsWith('/graphql/') ? graphqlTransportError(error) : restError(error);
}
