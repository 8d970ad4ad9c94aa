/** `dref search <terms…> [--json] [--lang ko|en] [--kind KIND] [--limit N] [--db PATH]`. */
import { openKnowledgeBase } from '../../server/database/open-database.js';
import { databasePath } from '../../server/database/paths.js';
import { DrefError } from '../../server/errors.js';
import { searchEntries, type Lang } from '../../server/search/search-entries.js';
import type { EntryKind } from '../../schema/tables.js';
import { parseCliArgs } from '../parse-cli-args.js';

export const SEARCH_HELP = `Usage: dref search TERM… [--json] [--lang ko|en] [--kind KIND]… [--limit N] [--db PATH]

Finds commands, options, Dockerfile instructions, concepts, comparisons and recipes,
in Korean or English.

Options:
  --json        print {"query","results":[{"id","kind","name","title","summary","score","match"}]}
  --lang ko|en  language of titles and summaries (default: from LANG, else en)
  --kind KIND   only this kind: command, option, instruction, concept, comparison, recipe
  --limit N     at most N results (1–100, default 10)
  --db PATH     database to read (default: $DREF_DB, else the built-in one)

Exit status: 0 when something is found, 1 when nothing is, 2 on a usage error.

Examples:
  dref search restart
  dref search 재시작 정책
  dref search --json --lang ko 캐시`;

const KINDS: readonly EntryKind[] = ['command', 'option', 'instruction', 'concept', 'comparison', 'recipe'];

export function searchCommand(args: readonly string[], out: NodeJS.WritableStream): number {
  const { values, positionals } = parseCliArgs('search', args, {
    json: { type: 'boolean' }, lang: { type: 'string' }, kind: { type: 'string', multiple: true },
    limit: { type: 'string' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) { out.write(`${SEARCH_HELP}\n`); return 0; }
  const query = positionals.join(' ').trim();
  if (!query) throw new DrefError('USAGE', 'search needs at least one term', 'try `dref search restart`');
  const lang = parseLang(values.lang);
  const kinds = (values.kind ?? []).map((k) => {
    if (!KINDS.includes(k as EntryKind)) throw new DrefError('USAGE', `--kind ${k} is not a kind`, `use one of ${KINDS.join(', ')}`);
    return k as EntryKind;
  });
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new DrefError('USAGE', `--limit ${values.limit} is not a whole number from 1 to 100`);
  const kb = openKnowledgeBase(databasePath(values.db), { buildIfMissing: !values.db && !process.env.DREF_DB });
  try {
    const response = searchEntries(kb, query, { lang, kinds, limit });
    if (values.json) {
      out.write(`${JSON.stringify(response, null, 2)}\n`);
    } else if (response.results.length) {
      out.write(response.results.map((r) => `${r.name}  [${r.kind}]\n  ${r.summary}\n`).join('\n'));
    } else {
      out.write(`Nothing found for "${query}". Try fewer or other words, in Korean or English (e.g. \`dref search restart\`).\n`);
    }
    return response.results.length ? 0 : 1;
  } finally {
    kb.close();
  }
}

/** `--lang`, else the language of LANG (ko_KR.UTF-8 → ko), else English. */
export function parseLang(value: string | undefined): Lang {
  if (value === undefined) return /^ko/i.test(process.env.LC_ALL || process.env.LANG || '') ? 'ko' : 'en';
  if (value !== 'ko' && value !== 'en') throw new DrefError('USAGE', `--lang ${value} is not supported`, 'use --lang ko or --lang en');
  return value;
}
