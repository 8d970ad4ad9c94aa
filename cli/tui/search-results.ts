/**
 * The search answer as the result list's rows, the way `dref search` prints it: the entries, then
 * the notes' passages that hold the words (`file:line`). When passages answer and the entries are
 * for a corrected query, only the passages are listed: words only the notes use (a tool, an
 * example's name) match no entry, and the correction would lead away from them.
 */
import type { PassageResult, ResultItem } from './tui-state.js';

/** How many passages a search lists after the entries. */
export const PASSAGES_LISTED = 5;

/** The search operation's answer, as the TUI asks for it. */
export interface SearchAnswer {
  readonly search: { readonly didYouMean: string | null; readonly edges: readonly { readonly node: ResultItem }[] };
  readonly passages: readonly {
    readonly file: string; readonly line: number; readonly snippet: string;
    readonly passage: { readonly startLine: number; readonly endLine: number; readonly section: { readonly path: string; readonly title: string } };
  }[];
}

/** A passage's row: `passage:` and its place, named `file:line`, its snippet as the summary. */
export function passageItem(hit: SearchAnswer['passages'][number]): ResultItem {
  const passage: PassageResult = {
    file: hit.file, line: hit.line, startLine: hit.passage.startLine, endLine: hit.passage.endLine,
    section: hit.passage.section.path, sectionTitle: hit.passage.section.title, snippet: hit.snippet,
  };
  return { id: `passage:${hit.file}:${hit.line}`, kind: 'passage', name: `${hit.file}:${hit.line}`, title: hit.passage.section.title, summary: hit.snippet.replace(/[«»]/g, ''), passage };
}

export function searchResultItems(answer: SearchAnswer): { results: ResultItem[]; didYouMean: string | null } {
  const passages = answer.passages.map(passageItem);
  if (passages.length && answer.search.didYouMean) return { results: passages, didYouMean: null };
  return { results: [...answer.search.edges.map((e) => e.node), ...passages], didYouMean: answer.search.didYouMean };
}
