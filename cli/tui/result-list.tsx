/** The result list: one line per entry with a kind badge; the selection stays in view. */
import { Box, Text } from 'ink';
import type { ResultItem } from './tui-state.js';

const BADGE: Readonly<Record<string, { label: string; color: string }>> = {
  command: { label: 'cmd', color: 'green' },
  option: { label: 'opt', color: 'yellow' },
  instruction: { label: 'ins', color: 'magenta' },
  concept: { label: 'con', color: 'blue' },
  comparison: { label: 'cmp', color: 'cyan' },
  recipe: { label: 'rec', color: 'red' },
};

export interface ResultListProps {
  readonly results: readonly ResultItem[];
  readonly selected: number;
  readonly isFocused: boolean;
  readonly height: number;
  readonly width: number;
}

export function ResultList({ results, selected, isFocused, height, width }: ResultListProps) {
  const rows = Math.max(1, height);
  const start = Math.min(Math.max(0, selected - Math.floor(rows / 2)), Math.max(0, results.length - rows));
  return (
    <Box flexDirection="column" width={width} borderStyle="single" borderColor={isFocused ? 'cyan' : 'gray'}>
      {results.length === 0 ? <Text dimColor> no results</Text> : null}
      {results.slice(start, start + rows).map((r, i) => {
        const index = start + i;
        const badge = BADGE[r.kind.toLowerCase()] ?? { label: r.kind, color: 'white' };
        return (
          <Box key={r.id} height={1}>
            <Box width={4} flexShrink={0}><Text color={badge.color}>{badge.label}</Text></Box>
            <Text inverse={index === selected} bold={index === selected} wrap="truncate-end">{r.name}</Text>
          </Box>
        );
      })}
    </Box>
  );
}
