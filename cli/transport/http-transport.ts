/** Runs GraphQL operations against a `dref serve` over HTTP. */
import { DrefError } from '../../server/errors.js';
import type { Lang } from '../../server/search/search-entries.js';
import { unwrap, type Transport } from './transport.js';

export function httpTransport(endpoint: string, lang: Lang): Transport {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new DrefError('USAGE', `--endpoint ${endpoint} is not a URL`, 'e.g. --endpoint http://127.0.0.1:4000/graphql');
  }
  return {
    async execute<T>(document: string, variables?: Record<string, unknown>) {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': lang },
          body: JSON.stringify({ query: document, variables }),
          signal: AbortSignal.timeout(15_000),
        });
      } catch (error) {
        throw new DrefError('IO', `cannot reach ${url.href} (${(error as Error).message})`, 'is `dref serve` running there?');
      }
      const text = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new DrefError('IO', `${url.href} answered ${response.status} with something that is not JSON`, 'point --endpoint at a dref server\'s /graphql');
      }
      return unwrap<T>(body as { data?: T });
    },
    close: () => undefined,
  };
}
