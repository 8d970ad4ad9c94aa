/** `dref serve [--port 4000] [--host 127.0.0.1] [--db PATH] [--cors ORIGIN]… [--rate-limit N] [--trust-proxy HOPS|CIDRS] [--metrics] [--log-level L]`. */
import { DrefError } from '../../server/errors.js';
import { databasePath } from '../../server/database/paths.js';
import { parseCliArgs } from '../parse-cli-args.js';

export const SERVE_HELP = `Usage: dref serve [--port 4000] [--host 127.0.0.1] [--db PATH] [--cors ORIGIN]… [--rate-limit N]
                 [--trust-proxy HOPS|CIDRS] [--metrics] [--log-level LEVEL] [--response-cache N]

Serves the knowledge base over HTTP: GraphQL at /graphql, REST at /api/v1 (OpenAPI at
/api/v1/openapi.json), liveness at /healthz and readiness at /readyz. The database is opened
read-only; when it is rebuilt (dref ingest), the server picks the new one up without a restart.
SIGTERM or SIGINT stop it after the requests in flight finish.

Options:
  --port N          port to listen on (default 4000; 0 picks a free one)
  --host H          address to listen on (default 127.0.0.1)
  --db PATH         database to serve (default: $DREF_DB, else the built-in one)
  --cors ORIGIN     allow only this origin to read (repeatable; default: any origin)
  --rate-limit N    requests per minute per client (default 600; 0 turns it off)
  --trust-proxy P   take the client's address from X-Forwarded-For as set by these proxies:
                    a hop count (1 behind one nginx) or addresses and CIDRs, comma-separated
                    (127.0.0.1, 10.0.0.0/8, loopback); default: trust no proxy
  --metrics         serve /metrics in Prometheus text format (default off)
  --log-level L     fatal, error, warn, info (default), debug or silent
  --response-cache N  keep up to N whole responses in memory for repeated requests (default 2000; 0 off)

Examples:
  dref serve
  dref serve --port 8080 --host 0.0.0.0 --cors https://docs.example.com
  dref serve --trust-proxy 127.0.0.1 --metrics      (behind an nginx on the same host)`;

export async function serveCommand(args: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCliArgs('serve', args, {
    port: { type: 'string' }, host: { type: 'string' }, db: { type: 'string' }, cors: { type: 'string', multiple: true },
    'rate-limit': { type: 'string' }, 'log-level': { type: 'string' }, 'response-cache': { type: 'string' }, 'trust-proxy': { type: 'string' },
    metrics: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) { out.write(`${SERVE_HELP}\n`); return 0; }
  const port = values.port === undefined ? 4000 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new DrefError('USAGE', `--port ${values.port} is not a port number`, 'use 0–65535');
  const rate = values['rate-limit'] === undefined ? 600 : Number(values['rate-limit']);
  if (!Number.isInteger(rate) || rate < 0) throw new DrefError('USAGE', `--rate-limit ${values['rate-limit']} is not a whole number ≥ 0`);
  const cacheSize = values['response-cache'] === undefined ? 2000 : Number(values['response-cache']);
  if (!Number.isInteger(cacheSize) || cacheSize < 0) throw new DrefError('USAGE', `--response-cache ${values['response-cache']} is not a whole number ≥ 0`);
  const { parseTrustProxy } = await import('../../server/http/trust-proxy.js');
  const trustProxy = values['trust-proxy'] === undefined ? undefined : parseTrustProxy(values['trust-proxy']);
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
  process.stderr.write(`dref: serving ${source.current().path} at ${address} (GraphQL ${address}/graphql, REST ${address}/api/v1)\n`);
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.stderr.write(`dref: ${signal}: finishing requests in flight, then stopping\n`);
      void app.close().then(() => { source.close(); resolve(0); });
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
