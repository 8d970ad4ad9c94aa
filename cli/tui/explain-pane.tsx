/** The explain view: a docker command line typed in, each token with what it does or says, and its problems with the corrected line. */
import { Box, Text } from 'ink';
import { displayWidth } from '../render/display-width.js';
import { isValueRole, tokenLabel } from '../render/explain-token.js';
import { explainLine, type ExplainState } from './tui-state.js';

export function ExplainPane({ explain, height }: { readonly explain: ExplainState; readonly height: number }) {
  const tokens = explain.tokens.filter((t) => t.role !== 'operator');
  const width = Math.min(22, Math.max(8, ...tokens.map((t) => displayWidth(tokenLabel(t)))));
  const roleWidth = Math.max(4, ...tokens.map((t) => t.role.length));
  // `height` rows inside the border: the title, the hint, the input and a blank line before each of
  // the last two take 5; each problem 2; one more says how many tokens are above or below.
  const problems = explain.problems.slice(0, Math.max(0, Math.floor((height - 7) / 2)));
  const room = Math.max(1, height - 6 - problems.length * 2);
  const first = Math.min(explain.scroll, Math.max(0, tokens.length - 1));
  const shown = tokens.slice(first, first + room);
  const below = tokens.length - first - shown.length;
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="cyan" paddingX={1} flexGrow={1} height={height + 2} overflow="hidden">
      <Text bold>Explain a command line</Text>
      <Text dimColor wrap="truncate-end">Enter copies the line with the first fix · ↑↓ scroll · Esc closes · e.g. run -d -p 8080:80 --restart unless-stopped nginx:1.27</Text>
      <Box marginTop={1}>
        {explainLine(explain.text) === explain.text ? null : <Box flexShrink={0}><Text color="cyan">docker </Text></Box>}
        {/* One row: a long line shows its end, where the typing is. */}
        <Text wrap="truncate-start">{explain.text}</Text>
        <Box flexShrink={0}><Text inverse> </Text></Box>
      </Box>
      <Box marginTop={1} flexDirection="column">
        {explain.error ? <Text color="red">{explain.error}</Text> : null}
        {shown.map((t, i) => (
          <Box key={`${i}-${t.text}`}>
            {/* Fixed columns: without them flexbox shrinks the first two unevenly when the third is long. */}
            <Box width={width + 1} flexShrink={0}><Text color={isValueRole(t.role) ? undefined : 'cyan'} wrap="truncate-end">{tokenLabel(t)}</Text></Box>
            <Box width={roleWidth + 1} flexShrink={0}><Text dimColor>{t.role}</Text></Box>
            <Box flexGrow={1}><Text wrap="truncate-end">{isValueRole(t.role) ? t.meaning ?? '' : t.meaning ?? t.entry?.summary ?? ''}</Text></Box>
          </Box>
        ))}
        {first || below ? <Text dimColor>{[first ? `↑ ${first} above` : '', below ? `↓ ${below} below` : ''].filter(Boolean).join(' · ')}</Text> : null}
        {problems.map((p, i) => (
          <Box key={`p${i}`} flexDirection="column">
            <Text color="red" wrap="truncate-end">✗ {p.message}</Text>
            {p.suggestion ? <Text color="green" wrap="truncate-end">→ {p.suggestion}</Text> : <Text> </Text>}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
