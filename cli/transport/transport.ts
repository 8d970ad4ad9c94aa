/**
 * How the CLI runs its GraphQL operations: in-process against the embedded database, or over HTTP
 * against a `dref serve` (--endpoint / DREF_ENDPOINT). Both return the same data for the same operation.
 */
import { DrefError, type ErrorCode } from '../../server/errors.js';
import type { Lang } from '../../server/search/search-entries.js';
import { cliMessage } from '../messages/cli-messages.js';

export interface Transport {
  execute<T>(document: string, variables?: Record<string, unknown>): Promise<T>;
  close(): void;
}

interface GraphQLResponse<T> {
  readonly data?: T | null;
  readonly errors?: readonly { readonly message: string; readonly extensions?: { readonly code?: string; readonly hint?: string } }[];
}

const CODES: readonly ErrorCode[] = ['USAGE', 'BAD_INPUT', 'NOTES_INVALID', 'NOT_FOUND', 'DATABASE', 'IO', 'TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'RATE_LIMITED', 'INTERNAL'];

/** Turns GraphQL errors into the CLI's one error model. */
export function unwrap<T>(response: GraphQLResponse<T>, lang: Lang): T {
  const error = response.errors?.[0];
  if (error) {
    const code = CODES.find((c) => c === error.extensions?.code) ?? (error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' ? 'INTERNAL' : 'BAD_INPUT');
    throw new DrefError(code, error.message, error.extensions?.hint);
  }
  if (!response.data) throw new DrefError('INTERNAL', cliMessage(lang, 'endpoint.noData'), cliMessage(lang, 'endpoint.notJsonHint'));
  return response.data;
}
