/** The detail pane: the open entry as `dref show` prints it (summary, options, the notes' lines and errata, examples), scrollable. */
import { Box, Text } from 'ink';
import { renderEntry, type EntryView } from '../render/render-entry.js';
import { createStyle } from '../render/style.js';
import type { ResultItem } from './tui-state.js';

const plain = createStyle('never');

export interface DetailPaneProps {
  readonly entry: EntryView | null;
  readonly preview: ResultItem | undefined;
  readonly scroll: number;
  readonly isFocused: boolean;
  readonly height: number;
}

export function DetailPane({ entry, preview, scroll, isFocused, height }: DetailPaneProps) {
  const lines = entry ? renderEntry(entry, plain).split('\n') : preview ? [preview.name, preview.summary, '', 'Enter: open · c: copy'] : ['Search, then pick a result.'];
  const rows = Math.max(1, height);
  const top = Math.min(scroll, Math.max(0, lines.length - rows));
  return (
    <Box flexDirection="column" flexGrow={1} borderStyle="single" borderColor={isFocused ? 'cyan' : 'gray'} paddingX={1}>
      {lines.slice(top, top + rows).map((line, i) => (
        <Text key={`${top + i}`} wrap="truncate-end" bold={top + i === 0} color={/^\s+↳ error/.test(line) ? 'red' : /^\s+↳ warning/.test(line) ? 'yellow' : /^\s+→ /.test(line) ? 'green' : undefined}>
          {line || ' '}
        </Text>
      ))}
    </Box>
  );
}
