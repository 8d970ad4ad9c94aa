import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DrefError } from '../../server/errors.js';
import { decodeNotes, MAX_LINE_LENGTH, readNotesFile } from '../../server/notes/read-notes-file.js';
import { parseNotes } from '../../server/notes/parse-notes.js';

function describeError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DrefError);
    return `${(error as DrefError).code} ${(error as DrefError).describe()}`;
  }
  throw new Error('expected an error');
}

describe('bad notes files', () => {
  it('refuses binary data and names the line of the NUL byte', () => {
    const bytes = new TextEncoder().encode('# title\nline two\0\n');
    expect(describeError(() => decodeNotes(bytes, 'bin.md'))).toBe(
      'NOTES_INVALID bin.md:2: this is a binary file, not notes (it contains a NUL byte) (give a UTF-8 text file)');
  });

  it('refuses invalid UTF-8 (an EUC-KR file) and names the line', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('ok\nok\n'), 0xb5, 0xb5, 0xc4, 0xbf, 0x0a]);
    expect(describeError(() => decodeNotes(bytes, 'euc.md'))).toBe(
      'NOTES_INVALID euc.md:3: the file is not valid UTF-8 (convert it, e.g. `iconv -f EUC-KR -t UTF-8`)');
  });

  it('refuses a 1 MB line', () => {
    const bytes = new TextEncoder().encode(`# a\n\n${'x'.repeat(1_000_000)}\n`);
    expect(describeError(() => decodeNotes(bytes, 'long.md'))).toBe(
      `NOTES_INVALID long.md:3: line is 1000000 characters long, over the limit of ${MAX_LINE_LENGTH} (split the line; notes this long are not prose)`);
  });

  it('reads an unterminated fence as code to the end (as GitHub does) and says where it opens', () => {
    const doc = parseNotes('# a\n\n```dockerfile\nFROM x\n# b\n', 'fence.md');
    expect(doc.sections.map((s) => s.title)).toEqual(['a']);
    expect(doc.markupProblems).toEqual([{
      line: 3, column: 1, message: 'this code fence (```) is never closed, so everything after it reads as code', suggestion: 'close it with ``` on a line of its own',
      messageKo: '이 코드 펜스(```)가 닫히지 않아 그 뒤가 모두 코드로 보입니다', suggestionKo: '```만 있는 줄로 닫으세요',
    }]);
  });

  it('reads an unterminated <pre> to the end and says where it opens', () => {
    expect(parseNotes('<pre>\ntext\n', 'pre.md').markupProblems.map((p) => `${p.line}: ${p.message}`)).toEqual(['1: this <pre> block is never closed, so everything after it reads as one block']);
  });

  it('reports a missing file as an IO error naming it', () => {
    expect(describeError(() => readNotesFile('/nonexistent/notes.md'))).toBe('IO /nonexistent/notes.md: no such notes file (check the path)');
  });

  it('accepts a UTF-8 file with a byte order mark', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dref-notes-'));
    writeFileSync(join(dir, 'bom.md'), '\uFEFF# 제목\n본문\n');
    expect(readNotesFile(join(dir, 'bom.md'))).toBe('# 제목\n본문\n');
  });
});
