/** The generator form: what the user types, and the validated command line as a live preview. */
import { Box, Text } from 'ink';
import type { GenState } from './tui-state.js';

export function GenForm({ gen }: { readonly gen: GenState }) {
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="cyan" paddingX={1} flexGrow={1}>
      <Text bold>Generate a command line</Text>
      <Text dimColor>e.g. run --restart always -d -p 8080:80 nginx:1.27 · Enter copies the line · Esc closes</Text>
      <Box marginTop={1}>
        <Text color="cyan">docker </Text>
        <Text>{gen.text}</Text>
        <Text inverse> </Text>
      </Box>
      <Box marginTop={1}>
        {gen.error ? <Text color="red">{gen.error}</Text> : <Text color="green">{gen.preview || ' '}</Text>}
      </Box>
    </Box>
  );
}
