/**
 * Errors only the HTTP transport can meet (a method a route does not answer, headers too large, a
 * client too slow, a refused preflight, a busy worker pool). They are DrefErrors, so every adapter
 * still sees one error type; the status and the code the client sees are carried beside the core's
 * code, and error-response.ts maps them with everything else.
 */
import { DrefError } from '../errors.js';

/** Codes beside the core's ErrorCode, for conditions that exist only over HTTP. */
export type HttpOnlyCode = 'METHOD_NOT_ALLOWED' | 'FORBIDDEN' | 'NOT_ACCEPTABLE' | 'REQUEST_TIMEOUT' | 'HEADERS_TOO_LARGE' | 'BUSY';

export class HttpError extends DrefError {
  constructor(
    readonly status: number,
    readonly httpCode: HttpOnlyCode,
    message: string,
    hint?: string,
    /** Headers the answer must carry, e.g. Allow for a 405 or Retry-After for a 503. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(status >= 500 ? 'INTERNAL' : 'BAD_INPUT', message, hint);
  }
}
