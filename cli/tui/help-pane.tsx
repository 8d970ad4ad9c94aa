/** The key help, shown with `?` in the keys mode: the table tui-messages.ts holds, in the TUI's language, wrapped to the pane. */
import { Box, Text } from 'ink';
import type { Lang } from '../../server/search/search-entries.js';
import { KEY_HELP, tuiMessage } from '../messages/tui-messages.js';
import { fitToWidth, truncateToWidth, wrapToWidth } from '../render/display-width.js';

const KEY_COLUMN = 14;

export function HelpPane({ width, height, lang = 'en' }: { readonly width: number; readonly height: number; readonly lang?: Lang }) {
  const inner = width - 4;
  const rows = KEY_HELP.flatMap(([key, what]) => wrapToWidth(what[lang], inner - KEY_COLUMN).map((text, i) => [i === 0 ? key[lang] : '', text] as const));
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="cyan" paddingX={1} width={width} height={height + 2} flexShrink={0} overflow="hidden">
      <Text bold>{truncateToWidth(tuiMessage(lang, 'help.title'), inner)}</Text>
      {rows.slice(0, Math.max(0, height - 1)).map(([key, what], i) => (
        <Text key={i}><Text color="cyan">{fitToWidth(key, KEY_COLUMN)}</Text>{fitToWidth(what, inner - KEY_COLUMN)}</Text>
      ))}
    </Box>
  );
}
