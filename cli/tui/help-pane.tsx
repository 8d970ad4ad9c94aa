/** The key help, shown with `?`. */
import { Box, Text } from 'ink';

const KEYS: readonly [string, string][] = [
  ['type', 'search (Korean or English; results update as you type)'],
  ['↑ ↓  PgUp PgDn', 'move in the list, scroll the detail'],
  ['Enter', 'open the selected entry'],
  ['Esc', 'go back'],
  ['Tab', 'next pane: search → results → detail'],
  ['/', 'back to the search box'],
  ['c', 'copy the example (or name) to the clipboard (OSC 52, works over SSH)'],
  ['g', 'generator: type a command, see the checked command line'],
  ['e', 'explain: type a command line, see what each flag and value means'],
  ['?', 'this help'],
  ['q  Ctrl-C', 'quit'],
];

export function HelpPane() {
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="cyan" paddingX={1} flexGrow={1}>
      <Text bold>dref — keys</Text>
      {KEYS.map(([key, what]) => (
        <Box key={key}>
          <Text color="cyan">{key.padEnd(16)}</Text>
          <Text>{what}</Text>
        </Box>
      ))}
      <Text dimColor>Press ? or Esc to close.</Text>
    </Box>
  );
}
