/** The generator form: what the user types after `docker `, and the validated command line as a live preview. */
import { Box, Text } from 'ink';
import { fitToWidth, truncateStartToWidth, truncateToWidth, wrapToWidth } from '../render/display-width.js';
import type { Lang } from '../../server/search/search-entries.js';
import { tuiMessage } from '../messages/tui-messages.js';
import type { GenState } from './tui-state.js';

export function GenForm({ gen, width, height, lang = 'en' }: { readonly gen: GenState; readonly width: number; readonly height: number; readonly lang?: Lang }) {
  const inner = width - 4;
  // `docker ` and the typed text are one string, so no layout can drop the space between them.
  const line = `docker ${truncateStartToWidth(gen.text, inner - 8)}`;
  const answer = gen.error ? wrapToWidth(gen.error, inner) : wrapToWidth(gen.preview, inner);
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="cyan" paddingX={1} width={width} height={height + 2} flexShrink={0} overflow="hidden">
      <Text bold>{truncateToWidth(tuiMessage(lang, 'gen.title'), inner)}</Text>
      <Text dimColor>{truncateToWidth(tuiMessage(lang, 'gen.hint'), inner)}</Text>
      <Text> </Text>
      <Text><Text color="cyan">{line.slice(0, 7)}</Text>{line.slice(7)}<Text inverse> </Text></Text>
      <Text> </Text>
      {answer.slice(0, Math.max(1, height - 5)).map((text, i) => <Text key={i} color={gen.error ? 'red' : 'green'}>{fitToWidth(text, inner)}</Text>)}
    </Box>
  );
}
