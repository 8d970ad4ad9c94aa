/** The result list: a fixed-width pane, one row per result (a kind badge, then the name cut to fit), the selection kept in view. */
import { Box, Text } from 'ink';
import type { Lang } from '../../server/search/search-entries.js';
import { tuiMessage } from '../messages/tui-messages.js';
import { displayWidth, fitToWidth, padToWidth, truncateToWidth } from '../render/display-width.js';
import type { ResultItem } from './tui-state.js';

const BADGE: Readonly<Record<string, { label: string; color: string }>> = {
  command: { label: 'cmd', color: 'green' },
  option: { label: 'opt', color: 'yellow' },
  instruction: { label: 'ins', color: 'magenta' },
  concept: { label: 'con', color: 'blue' },
  comparison: { label: 'cmp', color: 'cyan' },
  recipe: { label: 'rec', color: 'red' },
  passage: { label: 'nts', color: 'white' },
};

/**
 * A result as a row shows it, the word that tells it apart first: an option as its flag and then
 * its command (`--restart  run`, `--restart  create`), a command without `docker `, a concept,
 * comparison or recipe without its prefix. Cut at the pane's edge, names would otherwise all read
 * `docker run -…`.
 */
export function resultLabel(result: Pick<ResultItem, 'kind' | 'name' | 'summary'>): string {
  // A passage of the notes: its file (without folders) and line, then its snippet.
  if (result.kind === 'passage') return `${result.name.replace(/^.*[\\/]/, '')}  ${result.summary}`;
  const name = result.name.replace(/^docker /, '');
  if (result.kind.toLowerCase() === 'option') {
    const flag = /^(.*?) ((?:--?)\S+)$/.exec(name);
    if (flag) return `${flag[2]}  ${flag[1]}`;
  }
  return name.replace(/^(concept|compare|recipe):/, '');
}

/** `text` in `width` columns, cut in the middle: its start and its end stay (`--restart…e update`). */
function truncateMiddle(text: string, width: number): string {
  if (displayWidth(text) <= width) return padToWidth(text, width);
  const chars = [...text];
  let tail = '';
  while (chars.length && displayWidth(tail) + displayWidth(chars.at(-1)!) <= Math.floor((width - 1) / 2)) tail = chars.pop()! + tail;
  return padToWidth(`${truncateToWidth(chars.join(''), width - displayWidth(tail))}${tail}`, width);
}

/** The rows' labels in `width` columns: cut at the end, or in the middle where two would read the same. */
export function rowLabels(results: readonly Pick<ResultItem, 'kind' | 'name' | 'summary'>[], width: number): string[] {
  const cut = results.map((r) => fitToWidth(resultLabel(r), width));
  return cut.map((label, i) => (cut.indexOf(label) !== cut.lastIndexOf(label) ? truncateMiddle(resultLabel(results[i]!), width) : label));
}

export interface ResultListProps {
  readonly results: readonly ResultItem[];
  readonly selected: number;
  readonly isFocused: boolean;
  /** Rows inside the border. */
  readonly height: number;
  /** Columns, border included. */
  readonly width: number;
  readonly lang?: Lang;
}

export function ResultList({ results, selected, isFocused, height, width, lang = 'en' }: ResultListProps) {
  const rows = Math.max(1, height);
  const inner = width - 2;
  const start = Math.min(Math.max(0, selected - Math.floor(rows / 2)), Math.max(0, results.length - rows));
  const shown = results.slice(start, start + rows);
  const labels = rowLabels(shown, inner - 4);
  return (
    <Box flexDirection="column" width={width} height={rows + 2} flexShrink={0} overflow="hidden" borderStyle="single" borderColor={isFocused ? 'cyan' : 'gray'}>
      {results.length === 0 ? <Text dimColor>{fitToWidth(` ${tuiMessage(lang, 'results.none')}`, inner)}</Text> : null}
      {shown.map((r, i) => {
        const index = start + i;
        const badge = BADGE[r.kind.toLowerCase()] ?? { label: r.kind.slice(0, 3), color: 'white' };
        return (
          <Text key={r.id}>
            <Text color={badge.color}>{fitToWidth(badge.label, 4)}</Text>
            <Text inverse={index === selected} bold={index === selected}>{labels[i]}</Text>
          </Text>
        );
      })}
    </Box>
  );
}
