/**
 * The footer: how to quit and how to get help first, always (it is cut at the right edge, never
 * there), then the keys of the view on screen, or what the last key did ("copied: …").
 */
import { Text } from 'ink';
import { fitToWidth } from '../render/display-width.js';
import type { TuiState } from './tui-state.js';

/** [always shown, then the rest] for each place the cursor can be. */
const KEYS: Readonly<Record<string, readonly [string, string]>> = {
  search: ['^C quit · Esc ? help', '↑↓ move · Enter open · ^Y copy · ^G generate · ^E explain · Tab pane'],
  results: ['q quit · ? help', '/ search · ↑↓ move · Enter open · c copy · g generate · e explain'],
  detail: ['q quit · ? help', '↑↓ scroll · Esc list · / search · c copy an example'],
  help: ['^C quit · Esc close the help', ''],
  gen: ['^C quit · Esc ? help', 'type a docker command · Enter copy the line · ^U clear'],
  explain: ['^C quit · Esc ? help', 'type or paste a command line · ↑↓ scroll · Enter copy the fix · ^U clear'],
};

export function statusText(state: Pick<TuiState, 'view' | 'focus' | 'status'>): string {
  const [always, rest] = KEYS[state.view === 'main' ? state.focus : state.view]!;
  const tail = state.status || rest;
  return tail ? `${always} · ${tail}` : always;
}

export function StatusBar({ state, width }: { readonly state: Pick<TuiState, 'view' | 'focus' | 'status'>; readonly width: number }) {
  return <Text dimColor>{fitToWidth(statusText(state), width)}</Text>;
}
