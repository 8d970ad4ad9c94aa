/** Opaque page cursors: the offset of the next result, base64url-encoded so clients treat it as a token. */
import { DrefError } from '../errors.js';
import { errorMessage } from '../text/error-messages.js';
import type { MessageLang } from '../text/problem-messages.js';

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string, lang: MessageLang = 'en'): number {
  const text = /^[A-Za-z0-9_-]{1,40}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString() : '';
  const m = /^o:(\d{1,6})$/.exec(text);
  if (!m) throw new DrefError('BAD_INPUT', errorMessage(lang, 'search.badCursor', { cursor: JSON.stringify(cursor.slice(0, 40)) }), errorMessage(lang, 'search.badCursorHint'));
  return Number(m[1]);
}
