/** Terminal styling: colour on a terminal, plain text when piped, NO_COLOR and --color honoured. */
import { stdoutIsTTY } from '../standard-output.js';

export type ColorMode = 'auto' | 'always' | 'never';

export interface Style {
  readonly enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  magenta(text: string): string;
  /** Turns «marked» words into bold (or leaves plain brackets-free text). */
  marks(text: string): string;
}

export function createStyle(mode: ColorMode, stream: { isTTY?: boolean } = { isTTY: stdoutIsTTY() }): Style {
  const enabled = mode === 'always' || (mode === 'auto' && !!stream.isTTY && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '') && process.env.TERM !== 'dumb');
  const wrap = (open: number, close: number) => (text: string) => (enabled ? `\x1b[${open}m${text}\x1b[${close}m` : text);
  const bold = wrap(1, 22);
  return {
    enabled, bold, dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), cyan: wrap(36, 39), magenta: wrap(35, 39),
    marks: (text) => text.replace(/«([^»]*)»/g, (_, word: string) => bold(word)),
  };
}
