/** `dref serve [--port 4000] [--host 127.0.0.1] [--db PATH] [--cors ORIGIN]… [--rate-limit N] [--trust-proxy HOPS|CIDRS] [--metrics] [--log-level L]`. */
import { DrefError } from '../../server/errors.js';
import { databasePath } from '../../server/database/paths.js';
import { parseLang } from '../client.js';
import { cliMessage } from '../messages/cli-messages.js';
import { TOOL_HELP_TEXTS } from '../messages/tool-help-texts.js';
import { parseCliArgs } from '../parse-cli-args.js';

export const SERVE_HELP = TOOL_HELP_TEXTS.serve.en;

export async function serveCommand(args: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCliArgs('serve', args, {
    port: { type: 'string' }, host: { type: 'string' }, db: { type: 'string' }, cors: { type: 'string', multiple: true },
    'rate-limit': { type: 'string' }, 'log-level': { type: 'string' }, 'response-cache': { type: 'string' }, 'trust-proxy': { type: 'string' },
    metrics: { type: 'boolean' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' },
  });
  const lang = parseLang(values.lang);
  if (values.help) { out.write(`${TOOL_HELP_TEXTS.serve[lang]}\n`); return 0; }
  const port = values.port === undefined ? 4000 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new DrefError('USAGE', cliMessage(lang, 'serve.badPort', { value: String(values.port) }), cliMessage(lang, 'serve.badPortHint'));
  const rate = values['rate-limit'] === undefined ? 600 : Number(values['rate-limit']);
  if (!Number.isInteger(rate) || rate < 0) throw new DrefError('USAGE', cliMessage(lang, 'serve.badRateLimit', { value: String(values['rate-limit']) }));
  const cacheSize = values['response-cache'] === undefined ? 2000 : Number(values['response-cache']);
  if (!Number.isInteger(cacheSize) || cacheSize < 0) throw new DrefError('USAGE', cliMessage(lang, 'serve.badResponseCache', { value: String(values['response-cache']) }));
  const { parseTrustProxy } = await import('../../server/http/trust-proxy.js');
  const trustProxy = values['trust-proxy'] === undefined ? undefined : parseTrustProxy(values['trust-proxy'], lang);
  const { createKnowledgeSource } = await import('../../server/http/knowledge-source.js');
  const { buildApp } = await import('../../server/http/build-app.js');
  const source = await createKnowledgeSource(databasePath(values.db), { buildIfMissing: !values.db && !process.env.DREF_DB });
  const app = await buildApp({
    source, rateLimit: rate, responseCacheEntries: cacheSize, logLevel: values['log-level'] ?? 'info', production: process.env.NODE_ENV !== 'development',
    ...(values.cors ? { corsOrigins: values.cors } : {}),
    ...(trustProxy !== undefined ? { trustProxy } : {}),
    ...(values.metrics ? { metrics: true } : {}),
  });
  const address = await app.listen({ port, host: values.host ?? '127.0.0.1' });
  process.stderr.write(`dref: ${cliMessage(lang, 'serve.serving', { path: source.current().path, address })}\n`);
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.stderr.write(`dref: ${cliMessage(lang, 'serve.stopping', { signal })}\n`);
      void app.close().then(() => { source.close(); resolve(0); });
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
