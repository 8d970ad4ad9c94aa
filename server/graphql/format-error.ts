/** The one place errors become GraphQL errors: a DrefError's code is `extensions.code`; internals are hidden. */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DrefError } from '../errors.js';

export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DrefError) {
    return {
      message: original.code === 'INTERNAL' ? 'something went wrong on the server' : original.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: original.code, ...(original.hint ? { hint: original.hint } : {}) },
    };
  }
  // Syntax, validation, limit and Apollo's own request errors carry a code and are safe to show; anything else was a bug.
  const code = formatted.extensions?.code;
  // graphql-armor's token limit parses the document itself, so a syntax error reaches here as a validation error.
  if (code === 'GRAPHQL_VALIDATION_FAILED' && formatted.message.startsWith('Syntax Error: ')) {
    const limit = / limit \(/.test(formatted.message);
    return { ...formatted, message: limit ? formatted.message.slice('Syntax Error: '.length) : formatted.message, extensions: { ...formatted.extensions, code: limit ? 'GRAPHQL_VALIDATION_FAILED' : 'GRAPHQL_PARSE_FAILED' } };
  }
  if ((original instanceof GraphQLError || typeof code === 'string') && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  return { message: 'something went wrong on the server', ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: 'INTERNAL' } };
}
