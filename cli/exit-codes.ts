/** The one place CLI errors become exit statuses and stderr text. */
import { toDrefError, type ErrorCode } from '../server/errors.js';

/** Exit statuses: 0 found, 1 nothing found, 2 usage, then sysexits-style codes for data, database and I/O. */
export const EXIT_STATUS: Readonly<Record<ErrorCode, number>> = {
  NOT_FOUND: 1,
  USAGE: 2,
  BAD_INPUT: 2,
  NOTES_INVALID: 65,
  DATABASE: 66,
  INTERNAL: 70,
  IO: 74,
  // HTTP-only codes, seen by the CLI only through --endpoint.
  TOO_LARGE: 2,
  UNSUPPORTED_MEDIA_TYPE: 2,
  RATE_LIMITED: 75,
};

/** Prints the error as `dref: file:line: message (hint)` and returns the exit status. */
export function reportError(error: unknown, stderr: NodeJS.WritableStream): number {
  const e = toDrefError(error);
  stderr.write(`dref: ${e.describe()}\n`);
  if (e.code === 'INTERNAL' && process.env.DREF_DEBUG && e.cause instanceof Error) stderr.write(`${e.cause.stack}\n`);
  return EXIT_STATUS[e.code];
}
