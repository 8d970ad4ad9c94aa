/**
 * The one error model: every failure the user can cause or meet is a DrefError with a code.
 * Adapters map codes in exactly one place each (CLI exit status, HTTP status, GraphQL extensions.code).
 */

/** What went wrong, as a stable machine-readable code. */
export type ErrorCode =
  | 'USAGE'            // a bad argument or option on the command line
  | 'BAD_INPUT'        // a bad value in a request or a command line's argument
  | 'NOTES_INVALID'    // a notes file that cannot be ingested
  | 'NOT_FOUND'        // nothing matches
  | 'DATABASE'         // the database is missing, unreadable or from another version
  | 'IO'               // a file could not be read or written
  | 'TOO_LARGE'        // a request body over the limit
  | 'UNSUPPORTED_MEDIA_TYPE' // a request body of a type the route does not read
  | 'RATE_LIMITED'     // too many requests from one client
  | 'INTERNAL';

/** Where in a file the problem is, 1-based. */
export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

export class DrefError extends Error {
  override readonly name = 'DrefError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** What the user can do next, e.g. "run `dref ingest`". */
    readonly hint?: string,
    readonly location?: SourceLocation,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** `file:line:column: message (hint)` — the text users see. */
  describe(): string {
    const where = this.location
      ? `${this.location.file}${this.location.line ? `:${this.location.line}` : ''}${this.location.column ? `:${this.location.column}` : ''}: `
      : '';
    return `${where}${this.message}${this.hint ? ` (${this.hint})` : ''}`;
  }
}

/** Wraps anything thrown into a DrefError so adapters see one type. */
export function toDrefError(error: unknown): DrefError {
  if (error instanceof DrefError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new DrefError('INTERNAL', message, undefined, undefined, { cause: error });
}
