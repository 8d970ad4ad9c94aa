/** Reads a notes file and refuses what cannot be notes: binary data, invalid UTF-8, absurdly long lines. */
import { readFileSync } from 'node:fs';
import { DrefError } from '../errors.js';

/** Longest line accepted; anything longer is data, not notes. */
export const MAX_LINE_LENGTH = 20_000;

/** Decodes and checks a notes file's bytes; `file` is only used in messages. */
export function decodeNotes(bytes: Uint8Array, file: string): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new DrefError('NOTES_INVALID', 'this is a binary file, not notes (it contains a NUL byte)',
      'give a UTF-8 text file', { file, line: lineAt(bytes, nul) });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new DrefError('NOTES_INVALID', 'the file is not valid UTF-8',
      'convert it, e.g. `iconv -f EUC-KR -t UTF-8`', { file, line: lineAt(bytes, bad) });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let line = 1;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      if (i - start > MAX_LINE_LENGTH) {
        throw new DrefError('NOTES_INVALID', `line is ${i - start} characters long, over the limit of ${MAX_LINE_LENGTH}`,
          'split the line; notes this long are not prose', { file, line });
      }
      line++;
      start = i + 1;
    }
  }
  return text;
}

/** Reads a notes file from disk. */
export function readNotesFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DrefError('IO', code === 'ENOENT' ? 'no such notes file' : `cannot read the notes file (${code ?? 'error'})`,
      code === 'ENOENT' ? 'check the path' : undefined, { file: path }, { cause: error });
  }
  return decodeNotes(bytes, path);
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
