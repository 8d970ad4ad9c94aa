/** `dref search TERM… [--kind KIND]… [--limit N] [--after CURSOR]` and the shared read options. */
import { DrefError } from '../../server/errors.js';
import { READ_OPTIONS, parseLang, printJson, withClient } from '../client.js';
import { cliLabel, cliMessage } from '../messages/cli-messages.js';
import { HELP_TEXTS } from '../messages/help-texts.js';
import { SEARCH } from '../operations/documents.js';
import { parseCliArgs } from '../parse-cli-args.js';

export const SEARCH_HELP = HELP_TEXTS.search.en;

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
  const lang = parseLang(values.lang);
  if (values.help) { out.write(`${HELP_TEXTS.search[lang]}\n`); return 0; }
  const query = positionals.join(' ').trim();
  if (!query) throw new DrefError('USAGE', cliMessage(lang, 'search.needsTerm'), cliMessage(lang, 'search.needsTermHint'));
  for (const k of values.kind ?? []) if (!KINDS.includes(k)) throw new DrefError('USAGE', cliMessage(lang, 'search.badKind', { kind: k }), cliMessage(lang, 'search.badKindHint', { kinds: KINDS.join(', ') }));
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new DrefError('USAGE', cliMessage(lang, 'search.badLimit', { value: String(values.limit) }));
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
      if (shown.length && search.didYouMean) out.write(`${style.yellow(cliMessage(lang, 'search.showingFor', { query: search.didYouMean }))}\n\n`);
      out.write(shown.map((r) => `${style.bold(r.name)}  ${style.dim(`[${cliLabel(lang, 'kind', r.kind)}]`)}\n  ${r.summary}\n`).join('\n'));
      if (shown.length && search.pageInfo.hasNextPage) out.write(style.dim(`\n${cliMessage(lang, 'search.more', { count: search.totalCount, cursor: search.pageInfo.endCursor ?? '' })}\n`));
      if (passages.length) {
        out.write(`${shown.length ? '\n' : ''}${style.bold(cliMessage(lang, 'search.inTheNotes'))}\n`);
        out.write(passages.map((p) => `  ${style.dim(`${p.file}:${p.line}`)}  ${p.sectionTitle || p.section}\n    ${p.snippet}\n`).join(''));
      }
      return 0;
    } else {
      out.write(`${cliMessage(lang, 'search.nothing', { query })}\n`);
    }
    return results.length ? 0 : 1;
  });
}
