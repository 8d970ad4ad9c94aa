/**
 * The footer: how to quit and how to get help first, always (it is cut at the right edge, never
 * there), then the keys of the view on screen, or what the last key did ("copied: …").
 */
import { Text } from 'ink';
import type { Lang } from '../../server/search/search-entries.js';
import { tuiMessage } from '../messages/tui-messages.js';
import { fitToWidth } from '../render/display-width.js';
import type { TuiState } from './tui-state.js';

/** The footer's text: the part always shown, then the view's keys or the last key's status. */
export function statusText(state: Pick<TuiState, 'view' | 'focus' | 'status'> & { readonly lang?: Lang }): string {
  const lang = state.lang ?? 'en';
  const place = state.view === 'main' ? state.focus : state.view;
  const always = tuiMessage(lang, `footer.${place}.always`);
  const rest = place === 'help' ? '' : tuiMessage(lang, `footer.${place}.rest`);
  const tail = state.status || rest;
  return tail ? `${always} · ${tail}` : always;
}

export function StatusBar({ state, width }: { readonly state: Pick<TuiState, 'view' | 'focus' | 'status' | 'lang'>; readonly width: number }) {
  return <Text dimColor>{fitToWidth(statusText(state), width)}</Text>;
}
