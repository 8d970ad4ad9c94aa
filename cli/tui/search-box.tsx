/** The search box: the query, a cursor while focused, and how many results. */
import { Box, Text } from 'ink';

export interface SearchBoxProps {
  readonly query: string;
  readonly isFocused: boolean;
  readonly count: number;
  readonly isLoading: boolean;
  readonly didYouMean: string | null;
}

export function SearchBox({ query, isFocused, count, isLoading, didYouMean }: SearchBoxProps) {
  return (
    <Box borderStyle="round" borderColor={isFocused ? 'cyan' : 'gray'} paddingX={1}>
      <Text bold color="cyan">/ </Text>
      <Text>{query}</Text>
      {isFocused ? <Text inverse> </Text> : null}
      <Box flexGrow={1} />
      <Text dimColor>{isLoading ? '…' : query ? `${count} found${didYouMean ? ` · did you mean "${didYouMean}"` : ''}` : 'type to search (한국어 OK)'}</Text>
    </Box>
  );
}
