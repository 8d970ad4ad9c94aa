/** The search box: the query (its end, where the typing is, when it is long), a cursor while it has focus, and how many results. */
import { Box, Text } from 'ink';
import type { Lang } from '../../server/search/search-entries.js';
import { tuiMessage } from '../messages/tui-messages.js';
import { displayWidth, padToWidth, truncateStartToWidth } from '../render/display-width.js';

export interface SearchBoxProps {
  readonly query: string;
  readonly isFocused: boolean;
  readonly count: number;
  readonly isLoading: boolean;
  readonly didYouMean: string | null;
  /** Columns, border included. */
  readonly width: number;
  readonly lang?: Lang;
}

export function SearchBox({ query, isFocused, count, isLoading, didYouMean, width, lang = 'en' }: SearchBoxProps) {
  const inner = width - 4;
  const found = () => `${tuiMessage(lang, 'search.found', { count })}${didYouMean ? ` · ${tuiMessage(lang, 'search.didYouMean', { query: didYouMean })}` : ''}`;
  const hint = isLoading ? '…' : query ? found() : tuiMessage(lang, isFocused ? 'search.typeToSearch' : 'search.slashToSearch');
  // The query keeps at least 16 columns; the hint goes first when there is no room for both.
  const room = inner - 2 - 1;
  const right = displayWidth(hint) + 1 <= room - 16 ? hint : '';
  const shown = truncateStartToWidth(query, room - (right ? displayWidth(right) + 1 : 0));
  const gap = room - displayWidth(shown) - displayWidth(right);
  return (
    <Box borderStyle="round" borderColor={isFocused ? 'cyan' : 'gray'} paddingX={1} width={width} height={3} flexShrink={0}>
      <Text>
        <Text bold color="cyan">/ </Text>
        <Text>{shown}</Text>
        <Text inverse={isFocused}> </Text>
        <Text>{padToWidth('', gap)}</Text>
        <Text dimColor>{right}</Text>
      </Text>
    </Box>
  );
}
