/** The options every read command shares, and the transport they choose: in-process or --endpoint. */
import { ensureKnowledgeBase } from '../server/database/open-database.js';
import { databasePath } from '../server/database/paths.js';
import { DrefError } from '../server/errors.js';
import type { Lang } from '../server/search/search-entries.js';
import { cliLang, cliMessage } from './messages/cli-messages.js';
import { createStyle, type ColorMode, type Style } from './render/style.js';
import type { Transport } from './transport/transport.js';

/** node:util parseArgs definitions of the shared options. */
export const READ_OPTIONS = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  db: { type: 'string' },
  endpoint: { type: 'string' },
  color: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface ReadOptions {
  readonly json?: boolean;
  readonly lang?: string;
  readonly db?: string;
  readonly endpoint?: string;
  readonly color?: string;
}

/** `--lang`, else the language of LANG (ko_KR.UTF-8 → ko), else English. */
export function parseLang(value: string | undefined): Lang {
  if (value === undefined) return /^ko/i.test(process.env.LC_ALL || process.env.LANG || '') ? 'ko' : 'en';
  // The message in LANG's language: --lang itself is what is wrong.
  const lang = cliLang([]);
  if (value !== 'ko' && value !== 'en') throw new DrefError('USAGE', cliMessage(lang, 'client.badLang', { value }), cliMessage(lang, 'client.badLangHint'));
  return value;
}

export function parseColor(value: string | undefined): ColorMode {
  if (value === undefined) return 'auto';
  if (value !== 'auto' && value !== 'always' && value !== 'never') throw new DrefError('USAGE', cliMessage(cliLang(), 'client.badColor', { value }));
  return value;
}

export interface Client {
  readonly transport: Transport;
  readonly lang: Lang;
  readonly style: Style;
  readonly json: boolean;
}

export async function createClient(options: ReadOptions): Promise<Client> {
  const lang = parseLang(options.lang);
  const style = createStyle(parseColor(options.color));
  const endpoint = options.endpoint ?? process.env.DREF_ENDPOINT;
  if (endpoint) {
    const { httpTransport } = await import('./transport/http-transport.js');
    return { transport: httpTransport(endpoint, lang), lang, style, json: !!options.json };
  }
  const kb = await ensureKnowledgeBase(databasePath(options.db), { buildIfMissing: !options.db && !process.env.DREF_DB, lang });
  const { inProcessTransport } = await import('./transport/in-process-transport.js');
  return { transport: inProcessTransport(kb, lang), lang, style, json: !!options.json };
}

/** Runs a command body with a client, closing it afterwards. */
export async function withClient<T>(options: ReadOptions, run: (client: Client) => Promise<T>): Promise<T> {
  const client = await createClient(options);
  try {
    return await run(client);
  } finally {
    client.transport.close();
  }
}

export function printJson(out: NodeJS.WritableStream, value: unknown): void {
  out.write(`${JSON.stringify(value, null, 2)}\n`);
}
