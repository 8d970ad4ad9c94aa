/** The TUI: a search box whose results update as you type, a result list, a detail pane, help and a generator form. */
import { Box, useApp, useInput } from 'ink';
import { useEffect, useReducer } from 'react';
import { toDrefError } from '../../server/errors.js';
import type { NotesAtLine } from '../../server/knowledge/notes-at-line.js';
import type { Lang } from '../../server/search/search-entries.js';
import { EXPLAIN, GENERATE, SEARCH, SHOW } from '../operations/documents.js';
import { namingFlags, readGenerateWords } from '../gen-input.js';
import type { EntryView } from '../render/render-entry.js';
import type { Transport } from '../transport/transport.js';
import { DetailPane } from './detail-pane.js';
import { ExplainPane } from './explain-pane.js';
import { GenForm } from './gen-form.js';
import { HelpPane } from './help-pane.js';
import { osc52 } from './osc52.js';
import { ResultList } from './result-list.js';
import { SearchBox } from './search-box.js';
import { PASSAGES_LISTED, searchResultItems, type SearchAnswer } from './search-results.js';
import { StatusBar } from './status-bar.js';
import { explainLine, initialState, tuiReducer, type ExplainState, type TuiState } from './tui-state.js';
import { tuiLayout } from './tui-layout.js';
import { useTerminalSize } from './use-terminal-size.js';

export interface AppProps {
  readonly transport: Transport;
  /** Writes raw escape sequences (the clipboard). */
  readonly writeRaw: (text: string) => void;
  /** The language of the TUI's words (default English); the transport answers in its own. */
  readonly lang?: Lang;
  readonly initial?: Partial<TuiState>;
  /**
   * The notes around a line, for a passage found by search (the database's, notes-reader.ts); without
   * it (against a server) a passage shows what the search gave: its place, section and snippet.
   */
  readonly readNotes?: (file: string, line: number) => NotesAtLine | Promise<NotesAtLine>;
}

export function App({ transport, writeRaw, lang = 'en', initial, readNotes }: AppProps) {
  const [state, dispatch] = useReducer(tuiReducer, { ...initialState, lang, ...initial });
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();

  useEffect(() => { if (state.quit) exit(); }, [state.quit, exit]);

  // Results follow the query, after a short pause in typing.
  useEffect(() => {
    const query = state.query.trim();
    if (!query) return;
    dispatch({ type: 'loading', loading: true, query: state.query });
    const timer = setTimeout(() => {
      transport.execute<SearchAnswer>(SEARCH, { query, first: 30, passages: PASSAGES_LISTED })
        .then((answer) => dispatch({ type: 'results', query: state.query, ...searchResultItems(answer) }))
        .catch((error: unknown) => { dispatch({ type: 'loading', loading: false, query: state.query }); dispatch({ type: 'status', text: toDrefError(error).describe() }); });
    }, 80);
    return () => clearTimeout(timer);
  }, [state.query, transport]);

  // The detail of the selected entry, or the notes around the selected passage.
  const selected = state.results[state.selected];
  useEffect(() => {
    if (!selected) return;
    let live = true;
    const { passage, id } = selected;
    if (passage) {
      if (!readNotes) return;
      Promise.resolve().then(() => readNotes(passage.file, passage.line))
        .then((found) => { if (live && found.status === 'found') { const { status: _, ...context } = found; dispatch({ type: 'notes', id, context }); } })
        .catch((error: unknown) => dispatch({ type: 'status', text: toDrefError(error).describe() }));
      return () => { live = false; };
    }
    transport.execute<{ lookup: EntryView | null }>(SHOW, { name: selected.id })
      .then(({ lookup }) => { if (live) dispatch({ type: 'detail', entry: lookup }); })
      .catch((error: unknown) => dispatch({ type: 'status', text: toDrefError(error).describe() }));
    return () => { live = false; };
  }, [selected?.id, transport, readNotes]);

  // The generator's live preview.
  useEffect(() => {
    if (state.view !== 'gen') return;
    const words = state.gen.text.trim().split(/\s+/).filter(Boolean);
    if (!words.length) { dispatch({ type: 'genResult', preview: '', error: null }); return; }
    let live = true;
    readGenerateWords(transport, words, false, state.lang)
      .then((input) => transport.execute<{ generate: { line: string } }>(GENERATE, { input }).catch((error: unknown) => { throw namingFlags(error, input); }))
      .then(({ generate }) => { if (live) dispatch({ type: 'genResult', preview: generate.line, error: null }); })
      .catch((error: unknown) => { if (live) dispatch({ type: 'genResult', preview: '', error: toDrefError(error).describe() }); });
    return () => { live = false; };
  }, [state.view, state.gen.text, transport]);

  // The explained line, as it is typed.
  useEffect(() => {
    if (state.view !== 'explain') return;
    const text = state.explain.text;
    if (!text.trim()) { dispatch({ type: 'explainResult', text, tokens: [], problems: [], error: null }); return; }
    let live = true;
    const line = explainLine(text);
    transport.execute<{ explain: Pick<ExplainState, 'tokens' | 'problems'> }>(EXPLAIN, { line })
      .then(({ explain }) => { if (live) dispatch({ type: 'explainResult', text, tokens: explain.tokens, problems: explain.problems, error: null }); })
      .catch((error: unknown) => { if (live) dispatch({ type: 'explainResult', text, tokens: [], problems: [], error: toDrefError(error).describe() }); });
    return () => { live = false; };
  }, [state.view, state.explain.text, transport]);

  // Keys go through the reducer, so each is read against the latest state.
  useInput((input, key) => dispatch({ type: 'key', input, key }));

  // What `c` asked for goes to the terminal's clipboard.
  useEffect(() => { if (state.copies && state.copy) writeRaw(osc52(state.copy)); }, [state.copies]);

  const layout = tuiLayout(columns, rows);
  const pane = { width: layout.columns, height: layout.bodyRows };
  return (
    <Box flexDirection="column" width={layout.columns} height={layout.height}>
      <SearchBox query={state.query} isFocused={state.focus === 'search' && state.view === 'main'} count={state.results.length} isLoading={state.loading} didYouMean={state.didYouMean} width={layout.columns} lang={state.lang} />
      <Box height={layout.bodyRows + 2} flexShrink={0}>
        {state.view === 'help' ? <HelpPane {...pane} lang={state.lang} /> : state.view === 'gen' ? <GenForm gen={state.gen} {...pane} lang={state.lang} /> : state.view === 'explain' ? <ExplainPane explain={state.explain} {...pane} lang={state.lang} /> : (
          <>
            <ResultList results={state.results} selected={state.selected} isFocused={state.focus === 'results'} height={layout.bodyRows} width={layout.listWidth} lang={state.lang} />
            <DetailPane entry={state.detail?.id === selected?.id ? state.detail : null} notes={selected && state.notes?.id === selected.id ? state.notes.context : null} preview={selected} scroll={state.detailScroll} isFocused={state.focus === 'detail'} height={layout.bodyRows} width={layout.detailWidth} lang={state.lang} />
          </>
        )}
      </Box>
      <StatusBar state={state} width={layout.columns} />
    </Box>
  );
}
