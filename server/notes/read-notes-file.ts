/** Reads a notes file and refuses what cannot be notes: binary data, invalid UTF-8, absurdly long lines. */
import { readFileSync } from 'node:fs';
import { DrefError } from '../errors.js';
import { errorMessage } from '../text/error-messages.js';
import type { MessageLang } from '../text/problem-messages.js';

/** Longest line accepted; anything longer is data, not notes. */
export const MAX_LINE_LENGTH = 20_000;

/** Decodes and checks a notes file's bytes; `file` is only used in messages, which are in `lang`. */
export function decodeNotes(bytes: Uint8Array, file: string, lang: MessageLang = 'en'): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new DrefError('NOTES_INVALID', errorMessage(lang, 'notes.binary'), errorMessage(lang, 'notes.binaryHint'), { file, line: lineAt(bytes, nul) });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new DrefError('NOTES_INVALID', errorMessage(lang, 'notes.notUtf8'), errorMessage(lang, 'notes.notUtf8Hint'), { file, line: lineAt(bytes, bad) });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let line = 1;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      if (i - start > MAX_LINE_LENGTH) {
        throw new DrefError('NOTES_INVALID', errorMessage(lang, 'notes.lineTooLong', { length: i - start, limit: MAX_LINE_LENGTH }),
          errorMessage(lang, 'notes.lineTooLongHint'), { file, line });
      }
      line++;
      start = i + 1;
    }
  }
  return text;
}

/** Reads a notes file from disk; its errors are in `lang`. */
export function readNotesFile(path: string, lang: MessageLang = 'en'): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DrefError('IO', errorMessage(lang, 'notes.missing'), errorMessage(lang, 'notes.missingHint'), { file: path }, { cause: error });
    const hint = code === 'EACCES' || code === 'EPERM' ? errorMessage(lang, 'notes.cannotReadHint') : undefined;
    throw new DrefError('IO', errorMessage(lang, 'notes.cannotRead', { code: code ?? 'error' }), hint, { file: path }, { cause: error });
  }
  return decodeNotes(bytes, path, lang);
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
