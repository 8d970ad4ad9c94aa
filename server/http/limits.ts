/**
 * Every size and time limit the server enforces, in one place, so the errors that name them and the
 * OpenAPI document that declares them cannot disagree.
 */

/** The largest request body, in bytes. */
export const BODY_LIMIT = 1_048_576;
/** The largest Dockerfile POST /api/v1/lint and `lintDockerfile` take, in bytes and in lines. */
export const LINT_MAX_BYTES = 128 * 1024;
export const LINT_MAX_LINES = 3_000;
/** The same, where lint has no worker thread and runs on the event loop: tens of milliseconds of work at most. */
export const LINT_IN_PROCESS_MAX_BYTES = 4 * 1024;
export const LINT_IN_PROCESS_MAX_LINES = 100;
/** The most options and arguments POST /api/v1/generate takes, and the longest string in it. */
export const GENERATE_MAX_ITEMS = 100;
export const GENERATE_MAX_STRING = 1_000;
/** The longest search query, in characters (the search engine's own limit). */
export { MAX_QUERY_LENGTH as SEARCH_MAX_QUERY } from '../search/search-entries.js';
/** The longest command line /explain takes (the explain engine's own limit). */
export { MAX_LINE_LENGTH as EXPLAIN_MAX_LINE } from '../explain/explain-command-line.js';
/** The largest request head (request line and headers), in bytes. */
export const HEADER_LIMIT = 16 * 1024;
/** How long the request head may take to arrive, and the whole request with its body, in ms. */
export const HEADERS_TIMEOUT_MS = 5_000;
export const REQUEST_TIMEOUT_MS = 10_000;
