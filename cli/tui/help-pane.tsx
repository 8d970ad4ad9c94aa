/** The key help, shown with `?` in the keys mode: the table tui-keys.ts defines, wrapped to the pane. */
import { Box, Text } from 'ink';
import { fitToWidth, truncateToWidth, wrapToWidth } from '../render/display-width.js';
import { KEY_HELP } from './tui-keys.js';

const KEY_COLUMN = 14;

export function HelpPane({ width, height }: { readonly width: number; readonly height: number }) {
  const inner = width - 4;
  const rows = KEY_HELP.flatMap(([key, what]) => wrapToWidth(what, inner - KEY_COLUMN).map((text, i) => [i === 0 ? key : '', text] as const));
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="cyan" paddingX={1} width={width} height={height + 2} flexShrink={0} overflow="hidden">
      <Text bold>{truncateToWidth('dref — keys (typing goes to the query; ^ is Ctrl)', inner)}</Text>
      {rows.slice(0, Math.max(0, height - 1)).map(([key, what], i) => (
        <Text key={i}><Text color="cyan">{fitToWidth(key, KEY_COLUMN)}</Text>{fitToWidth(what, inner - KEY_COLUMN)}</Text>
      ))}
    </Box>
  );
}
