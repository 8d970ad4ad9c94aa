/** `dref search TERM… [--kind KIND]… [--limit N] [--after CURSOR]` and the shared read options. */
import { DrefError } from '../../server/errors.js';
import { READ_OPTIONS, READ_OPTIONS_HELP, printJson, withClient } from '../client.js';
import { SEARCH } from '../operations/documents.js';
import { parseCliArgs } from '../parse-cli-args.js';

export const SEARCH_HELP = `Usage: dref search TERM… [--kind KIND]… [--limit N] [--after CURSOR] [--json] [--lang ko|en]

Finds commands, options, Dockerfile instructions, concepts, comparisons and recipes,
in Korean or English. Typos are corrected ("did you mean").

Options:
  --kind KIND       only this kind: command, option, instruction, concept, comparison, recipe
  --limit N         at most N results (1–50, default 10)
  --after CURSOR    the next page (the nextCursor of a --json answer)
${READ_OPTIONS_HELP}

--json prints {"query","results":[{"id","kind","name","title","summary","score","snippet","matched"}],
"totalCount","nextCursor"} and "didYouMean" when the query was corrected.
Exit status: 0 when something is found, 1 when nothing is, 2 on a usage error.

Examples:
  dref search restart
  dref search 재시작 정책
  dref search --json --lang ko 캐시`;

const KINDS = ['command', 'option', 'instruction', 'concept', 'comparison', 'recipe'];

interface SearchData {
  search: {
    totalCount: number; didYouMean: string | null; pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { score: number; snippet: string; matched: string[]; node: { id: string; kind: string; name: string; title: string; summary: string } }[];
  };
}

export async function searchCommand(args: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCliArgs('search', args, { ...READ_OPTIONS, kind: { type: 'string', multiple: true }, limit: { type: 'string' }, after: { type: 'string' } });
  if (values.help) { out.write(`${SEARCH_HELP}\n`); return 0; }
  const query = positionals.join(' ').trim();
  if (!query) throw new DrefError('USAGE', 'search needs at least one term', 'try `dref search restart`');
  for (const k of values.kind ?? []) if (!KINDS.includes(k)) throw new DrefError('USAGE', `--kind ${k} is not a kind`, `use one of ${KINDS.join(', ')}`);
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new DrefError('USAGE', `--limit ${values.limit} is not a whole number from 1 to 50`);
  return withClient(values, async ({ transport, style, json }) => {
    const { search } = await transport.execute<SearchData>(SEARCH, {
      query, first: limit, ...(values.after ? { after: values.after } : {}), ...(values.kind ? { kinds: values.kind.map((k) => k.toUpperCase()) } : {}),
    });
    const results = search.edges.map((e) => ({ ...e.node, kind: e.node.kind.toLowerCase(), score: e.score, snippet: e.snippet, matched: e.matched }));
    if (json) {
      printJson(out, { query, results, totalCount: search.totalCount, nextCursor: search.pageInfo.hasNextPage ? search.pageInfo.endCursor : null, ...(search.didYouMean ? { didYouMean: search.didYouMean } : {}) });
    } else if (results.length) {
      if (search.didYouMean) out.write(`${style.yellow(`Showing results for "${search.didYouMean}".`)}\n\n`);
      out.write(results.map((r) => `${style.bold(r.name)}  ${style.dim(`[${r.kind}]`)}\n  ${r.summary}\n`).join('\n'));
      if (search.pageInfo.hasNextPage) out.write(style.dim(`\n${search.totalCount} results; more with --after ${search.pageInfo.endCursor}\n`));
    } else {
      out.write(`Nothing found for "${query}". Try fewer or other words, in Korean or English (e.g. \`dref search restart\`).\n`);
    }
    return results.length ? 0 : 1;
  });
}
