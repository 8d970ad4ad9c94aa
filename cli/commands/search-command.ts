/** `dref search TERM… [--kind KIND]… [--limit N] [--after CURSOR]` and the shared read options. */
import { DrefError } from '../../server/errors.js';
import { READ_OPTIONS, READ_OPTIONS_HELP, printJson, withClient } from '../client.js';
import { SEARCH } from '../operations/documents.js';
import { parseCliArgs } from '../parse-cli-args.js';

export const SEARCH_HELP = `Usage: dref search TERM… [--kind KIND]… [--limit N] [--after CURSOR] [--json] [--lang ko|en]

Finds commands, options, Dockerfile instructions, concepts, comparisons and recipes,
in Korean or English, and the passages of the ingested notes that hold the words (with their
file:line). Typos are corrected ("did you mean").

Options:
  --kind KIND       only this kind: command, option, instruction, concept, comparison, recipe
  --limit N         at most N results (1–50, default 10)
  --after CURSOR    the next page (the nextCursor of a --json answer)
${READ_OPTIONS_HELP}

--json prints {"query","results":[{"id","kind","name","title","summary","score","snippet","matched"}],
"passages":[{"file","line","startLine","endLine","section","sectionTitle","snippet","score"}],
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
  passages: { file: string; line: number; snippet: string; score: number; passage: { startLine: number; endLine: number; section: { path: string; title: string } } }[];
}

/** How many of the notes' passages a search shows beside the entries. */
const PASSAGES_SHOWN = 3;

export async function searchCommand(args: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCliArgs('search', args, { ...READ_OPTIONS, kind: { type: 'string', multiple: true }, limit: { type: 'string' }, after: { type: 'string' } });
  if (values.help) { out.write(`${SEARCH_HELP}\n`); return 0; }
  const query = positionals.join(' ').trim();
  if (!query) throw new DrefError('USAGE', 'search needs at least one term', 'try `dref search restart`');
  for (const k of values.kind ?? []) if (!KINDS.includes(k)) throw new DrefError('USAGE', `--kind ${k} is not a kind`, `use one of ${KINDS.join(', ')}`);
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new DrefError('USAGE', `--limit ${values.limit} is not a whole number from 1 to 50`);
  return withClient(values, async ({ transport, style, json }) => {
    const { search, passages: hits } = await transport.execute<SearchData>(SEARCH, {
      query, first: limit, passages: PASSAGES_SHOWN, ...(values.after ? { after: values.after } : {}), ...(values.kind ? { kinds: values.kind.map((k) => k.toUpperCase()) } : {}),
    });
    const results = search.edges.map((e) => ({ ...e.node, kind: e.node.kind.toLowerCase(), score: e.score, snippet: e.snippet, matched: e.matched }));
    // Passages answer only the first page, and only when no kind is asked for (they are no kind of entry).
    const passages = values.after || values.kind ? [] : hits.map((h) => ({
      file: h.file, line: h.line, startLine: h.passage.startLine, endLine: h.passage.endLine,
      section: h.passage.section.path, sectionTitle: h.passage.section.title, snippet: h.snippet, score: h.score,
    }));
    if (json) {
      printJson(out, { query, results, passages, totalCount: search.totalCount, nextCursor: search.pageInfo.hasNextPage ? search.pageInfo.endCursor : null, ...(search.didYouMean ? { didYouMean: search.didYouMean } : {}) });
    } else if (results.length || passages.length) {
      // Words only the notes use (a tool, an example's name) match no entry, and a "did you mean" would lead away from them.
      const shown = passages.length && search.didYouMean ? [] : results;
      if (shown.length && search.didYouMean) out.write(`${style.yellow(`Showing results for "${search.didYouMean}".`)}\n\n`);
      out.write(shown.map((r) => `${style.bold(r.name)}  ${style.dim(`[${r.kind}]`)}\n  ${r.summary}\n`).join('\n'));
      if (shown.length && search.pageInfo.hasNextPage) out.write(style.dim(`\n${search.totalCount} results; more with --after ${search.pageInfo.endCursor}\n`));
      if (passages.length) {
        out.write(`${shown.length ? '\n' : ''}${style.bold('In the notes:')}\n`);
        out.write(passages.map((p) => `  ${style.dim(`${p.file}:${p.line}`)}  ${p.sectionTitle || p.section}\n    ${p.snippet}\n`).join(''));
      }
      return 0;
    } else {
      out.write(`Nothing found for "${query}". Try fewer or other words, in Korean or English (e.g. \`dref search restart\`).\n`);
    }
    return results.length ? 0 : 1;
  });
}
