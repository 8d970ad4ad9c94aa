/** The explain view: a docker command line typed in, each token with what it does or says, and its problems with the corrected line. */
import { Box, Text } from 'ink';
import { displayWidth, fitToWidth, truncateStartToWidth, truncateToWidth } from '../render/display-width.js';
import { isValueRole, tokenLabel } from '../render/explain-token.js';
import type { Lang } from '../../server/search/search-entries.js';
import { cliLabel } from '../messages/cli-messages.js';
import { tuiMessage } from '../messages/tui-messages.js';
import { explainLine, type ExplainState } from './tui-state.js';

export interface ExplainPaneProps {
  readonly explain: ExplainState;
  /** Rows inside the border. */
  readonly height: number;
  /** Columns, border included. */
  readonly width: number;
  readonly lang?: Lang;
}

export function ExplainPane({ explain, height, width, lang = 'en' }: ExplainPaneProps) {
  const inner = width - 4;
  const tokens = explain.tokens.filter((t) => t.role !== 'operator');
  // Fixed columns, each cut to fit and followed by a space: a long token never runs into its role.
  const labelWidth = Math.min(22, Math.floor(inner * 0.35), Math.max(8, ...tokens.map((t) => displayWidth(tokenLabel(t)))));
  const role = (r: string) => cliLabel(lang, 'role', r);
  const roleWidth = Math.max(4, ...tokens.map((t) => displayWidth(role(t.role))));
  const meaningWidth = Math.max(0, inner - labelWidth - roleWidth - 2);
  // `height` rows inside the border: the title, the hint, the input and a blank line before each of
  // the last two take 5; each problem 2; one more says how many tokens are above or below.
  const problems = explain.problems.slice(0, Math.max(0, Math.floor((height - 7) / 2)));
  const room = Math.max(1, height - 6 - problems.length * 2);
  const first = Math.min(explain.scroll, Math.max(0, tokens.length - 1));
  const shown = tokens.slice(first, first + room);
  const below = tokens.length - first - shown.length;
  const prefix = explainLine(explain.text) === explain.text ? '' : 'docker ';
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="cyan" paddingX={1} width={width} height={height + 2} flexShrink={0} overflow="hidden">
      <Text bold>{truncateToWidth(tuiMessage(lang, 'explain.title'), inner)}</Text>
      <Text dimColor>{truncateToWidth(tuiMessage(lang, 'explain.hint'), inner)}</Text>
      <Text> </Text>
      {/* One row: a long line shows its end, where the typing is. */}
      <Text><Text color="cyan">{prefix}</Text>{truncateStartToWidth(explain.text, inner - prefix.length - 1)}<Text inverse> </Text></Text>
      <Text> </Text>
      {explain.error ? <Text color="red">{truncateToWidth(explain.error, inner)}</Text> : null}
      {shown.map((t, i) => (
        <Text key={`${i}-${t.text}`}>
          <Text color={isValueRole(t.role) ? undefined : 'cyan'}>{fitToWidth(tokenLabel(t), labelWidth)} </Text>
          <Text dimColor>{fitToWidth(role(t.role), roleWidth)} </Text>
          {truncateToWidth(isValueRole(t.role) ? t.meaning ?? '' : t.meaning ?? t.entry?.summary ?? '', meaningWidth)}
        </Text>
      ))}
      {first || below ? <Text dimColor>{[first ? tuiMessage(lang, 'explain.above', { count: first }) : '', below ? tuiMessage(lang, 'explain.below', { count: below }) : ''].filter(Boolean).join(' · ')}</Text> : null}
      {problems.map((p, i) => (
        <Box key={`p${i}`} flexDirection="column">
          <Text color="red">{truncateToWidth(`✗ ${p.message}`, inner)}</Text>
          <Text color="green">{p.suggestion ? truncateToWidth(`→ ${p.suggestion}`, inner) : ' '}</Text>
        </Box>
      ))}
    </Box>
  );
}
