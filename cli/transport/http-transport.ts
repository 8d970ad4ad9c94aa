/** Runs GraphQL operations against a `dref serve` over HTTP. */
import { DrefError } from '../../server/errors.js';
import type { Lang } from '../../server/search/search-entries.js';
import { cliMessage } from '../messages/cli-messages.js';
import { unwrap, type Transport } from './transport.js';

export function httpTransport(endpoint: string, lang: Lang): Transport {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new DrefError('USAGE', cliMessage(lang, 'endpoint.notUrl', { endpoint }), cliMessage(lang, 'endpoint.notUrlHint'));
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
        throw new DrefError('IO', cliMessage(lang, 'endpoint.unreachable', { url: url.href, reason: (error as Error).message }), cliMessage(lang, 'endpoint.unreachableHint'));
      }
      const text = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new DrefError('IO', cliMessage(lang, 'endpoint.notJson', { url: url.href, status: response.status }), cliMessage(lang, 'endpoint.notJsonHint'));
      }
      return unwrap<T>(body as { data?: T }, lang);
    },
    close: () => undefined,
  };
}
