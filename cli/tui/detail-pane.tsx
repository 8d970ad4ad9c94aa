/**
 * The detail pane: the open entry as `dref show NAME` prints it (summary, options, the notes' lines
 * and errata, examples), or a passage of the notes as `dref show FILE:LINE` prints it, wrapped to
 * the pane and scrollable.
 */
import { Box, Text } from 'ink';
import { fitToWidth, wrapToWidth } from '../render/display-width.js';
import type { NotesContext } from '../../server/knowledge/notes-at-line.js';
import { renderEntry, type EntryView } from '../render/render-entry.js';
import { renderNotesAtLine } from '../render/render-notes-at-line.js';
import { createStyle } from '../render/style.js';
import type { Lang } from '../../server/search/search-entries.js';
import { CLI_MESSAGES } from '../messages/cli-messages.js';
import { tuiMessage } from '../messages/tui-messages.js';
import type { ResultItem } from './tui-state.js';

const plain = createStyle('never');

export interface DetailPaneProps {
  readonly entry: EntryView | null;
  /** The notes around the selected passage, once read. */
  readonly notes?: NotesContext | null;
  readonly preview: ResultItem | undefined;
  readonly scroll: number;
  readonly isFocused: boolean;
  /** Rows inside the border. */
  readonly height: number;
  /** Columns, border included. */
  readonly width: number;
  readonly lang?: Lang;
}

/** A line's colour: errata red or yellow, corrections green, as `dref show` colours them (its severity in either language). */
function colorOf(line: string): string | undefined {
  const severity = /^\s+↳ ([^:]+):/.exec(line)?.[1];
  if (severity === CLI_MESSAGES['severity.error'].en || severity === CLI_MESSAGES['severity.error'].ko) return 'red';
  if (severity === CLI_MESSAGES['severity.warning'].en || severity === CLI_MESSAGES['severity.warning'].ko) return 'yellow';
  if (/^\s+→ /.test(line)) return 'green';
  return undefined;
}

/** The pane's lines: each source line wrapped to `width`, a continuation indented like the line it continues. */
export function detailLines(entry: EntryView | null, preview: ResultItem | undefined, width: number, lang: Lang = 'en', notes: NotesContext | null = null): { text: string; color: string | undefined; isTitle: boolean }[] {
  const source = entry ? renderEntry(entry, plain, lang).trimEnd().split('\n')
    : notes ? renderNotesAtLine(notes, plain, lang).trimEnd().split('\n')
      : preview?.passage ? [preview.name, preview.passage.sectionTitle || preview.passage.section, preview.summary, '', tuiMessage(lang, 'detail.passageKeys', { place: preview.name })]
        : preview ? [preview.name, preview.summary, '', tuiMessage(lang, 'detail.previewKeys')] : [tuiMessage(lang, 'detail.start')];
  return source.flatMap((line, index) => {
    const indent = Math.min(8, /^ */.exec(line)![0].length);
    return wrapToWidth(line, width, indent + 2).map((text) => ({ text, color: colorOf(line), isTitle: index === 0 }));
  });
}

export function DetailPane({ entry, notes = null, preview, scroll, isFocused, height, width, lang = 'en' }: DetailPaneProps) {
  const inner = width - 4;
  const lines = detailLines(entry, preview, inner, lang, notes);
  const rows = Math.max(1, height);
  const top = Math.min(scroll, Math.max(0, lines.length - rows));
  return (
    <Box flexDirection="column" width={width} height={rows + 2} flexShrink={0} overflow="hidden" borderStyle="single" borderColor={isFocused ? 'cyan' : 'gray'} paddingX={1}>
      {lines.slice(top, top + rows).map((line, i) => (
        <Text key={`${top + i}`} bold={line.isTitle} color={line.color}>{fitToWidth(line.text, inner)}</Text>
      ))}
    </Box>
  );
}
