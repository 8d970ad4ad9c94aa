/**
 * What `dref ingest` says about the notes and the database it is given — a binary file, a file not
 * in UTF-8, a line too long, a missing file, a folder without Markdown, a --db it cannot write — in
 * the language asked for: Korean with --lang ko (or a Korean LANG), English with --lang en, each
 * naming the file (and line) and what to do next. First the real functions on real files, then the
 * built binary (npm run build) as users run it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DrefError } from '../../server/errors.js';
import { expandNotesPaths } from '../../server/ingest/notes-paths.js';
import { runIngest } from '../../server/ingest/run-ingest.js';
import { readNotesFile } from '../../server/notes/read-notes-file.js';
import { CLI, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-database.js';

const HANGUL = /[가-힣]/;

const dir = tempDir('dref-ingest-langs-');
const ok = join(dir, 'ok.md');
const binary = join(dir, 'binary.md');
const eucKr = join(dir, 'euc-kr.md');
const longLine = join(dir, 'long.md');
const missing = join(dir, 'missing.md');
const noMarkdown = join(dir, 'no-markdown');
const dbFolder = join(dir, 'db-folder');
const noFolderDb = join(dir, 'no', 'such', 'kb.db');
const underFileDb = join(ok, 'kb.db');
writeFileSync(ok, '# 메모\n\n본문\n');
writeFileSync(binary, Buffer.concat([Buffer.from('# a\nok\n'), Buffer.from([0x00, 0x0a])]));
writeFileSync(eucKr, Buffer.concat([Buffer.from('# a\n\n'), Buffer.from([0xb5, 0xb5, 0xc4, 0xbf, 0x0a])]));
writeFileSync(longLine, `# a\n${'x'.repeat(20_001)}\n`);
mkdirSync(noMarkdown);
writeFileSync(join(noMarkdown, 'readme.txt'), 'not notes\n');
mkdirSync(dbFolder);
/** Where the binary would build when no --db is given: never the shipped database. */
const env = { DREF_DB: join(dir, 'kb.db') };

/** Each bad input, with the exit status and the exact text after `dref: ` in each language. */
const CASES: readonly { what: string; args: readonly string[]; status: number; en: string; ko: string }[] = [
  {
    what: 'a binary file', args: [binary], status: 65,
    en: `${binary}:3: this is a binary file, not notes (it contains a NUL byte) (give a UTF-8 text file)`,
    ko: `${binary}:3: 노트가 아니라 바이너리 파일입니다(NUL 바이트가 들어 있습니다) (UTF-8 텍스트 파일을 넘기세요)`,
  },
  {
    what: 'a file not in UTF-8', args: [eucKr], status: 65,
    en: `${eucKr}:3: the file is not valid UTF-8 (convert it, e.g. \`iconv -f EUC-KR -t UTF-8\`)`,
    ko: `${eucKr}:3: 올바른 UTF-8 파일이 아닙니다 (UTF-8로 바꾸세요. 예: \`iconv -f EUC-KR -t UTF-8\`)`,
  },
  {
    what: 'a line too long', args: [longLine], status: 65,
    en: `${longLine}:2: line is 20001 characters long, over the limit of 20000 (split the line; notes this long are not prose)`,
    ko: `${longLine}:2: 줄이 20001자입니다. 한 줄은 최대 20000자까지 읽습니다 (줄을 나누세요. 이렇게 긴 줄은 노트가 아니라 데이터로 봅니다)`,
  },
  {
    what: 'a missing file', args: [missing], status: 74,
    en: `${missing}: no such notes file (check the path)`,
    ko: `${missing}: 그런 노트 파일이 없습니다 (경로를 확인하세요)`,
  },
  {
    what: 'a folder without Markdown files', args: [noMarkdown], status: 2,
    en: `${noMarkdown} holds no Markdown files (.md, .markdown) (give a folder of notes or the files themselves)`,
    ko: `${noMarkdown}에는 Markdown 파일(.md, .markdown)이 없습니다 (노트가 든 폴더나 노트 파일을 직접 넘기세요)`,
  },
  {
    what: 'a --db in a folder that does not exist', args: [ok, '--db', noFolderDb], status: 74,
    en: `${noFolderDb}: cannot write the database (ENOENT) (the folder ${join(dir, 'no', 'such')} does not exist: create it, or choose another with --db or DREF_DB)`,
    ko: `${noFolderDb}: 데이터베이스를 저장할 수 없습니다(ENOENT) (${join(dir, 'no', 'such')} 폴더가 없습니다. 폴더를 만들거나, --db나 DREF_DB로 다른 곳을 고르세요)`,
  },
  {
    what: 'a --db that is a folder', args: [ok, '--db', dbFolder], status: 74,
    en: `${dbFolder}: cannot write the database (EISDIR) (${dbFolder} is a folder: give the path of a file in it, e.g. --db ${join(dbFolder, 'dref.db')})`,
    ko: `${dbFolder}: 데이터베이스를 저장할 수 없습니다(EISDIR) (${dbFolder}은(는) 폴더입니다. 그 안의 파일 경로를 주세요. 예: --db ${join(dbFolder, 'dref.db')})`,
  },
  {
    what: 'a --db below a file', args: [ok, '--db', underFileDb], status: 74,
    en: `${underFileDb}: cannot write the database (ENOTDIR) (${ok} is a file, not a folder: choose another path with --db or DREF_DB)`,
    ko: `${underFileDb}: 데이터베이스를 저장할 수 없습니다(ENOTDIR) (${ok}은(는) 폴더가 아니라 파일입니다. --db나 DREF_DB로 다른 경로를 고르세요)`,
  },
];

/** What `run` throws, as the CLI prints it after `dref: `. */
function thrown(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DrefError);
    return (error as DrefError).describe();
  }
  throw new Error('nothing was thrown');
}

/** The case named `what`. */
const only = (what: string) => CASES.find((c) => c.what === what)!;

describe('the texts themselves', () => {
  it.each(CASES)('$what: Korean in Korean, English in English, both naming the file', ({ en, ko, args }) => {
    expect(ko).toMatch(HANGUL);
    expect(en).not.toMatch(HANGUL);
    const named = args.includes('--db') ? args[args.indexOf('--db') + 1]! : args[0]!;
    expect(ko.startsWith(named)).toBe(true);
    expect(en.startsWith(named)).toBe(true);
  });
});

describe('the core writes its ingest errors in the language asked for', () => {
  it('says a bad notes file in Korean and in English (English when none is asked)', () => {
    for (const [what, file] of [['a binary file', binary], ['a file not in UTF-8', eucKr], ['a line too long', longLine], ['a missing file', missing]] as const) {
      expect(thrown(() => readNotesFile(file, 'ko')), what).toBe(only(what).ko);
      expect(thrown(() => readNotesFile(file, 'en')), what).toBe(only(what).en);
      expect(thrown(() => readNotesFile(file)), what).toBe(only(what).en);
    }
  });

  it('says a folder without Markdown files in Korean and in English', () => {
    expect(thrown(() => expandNotesPaths([noMarkdown], 'ko'))).toBe(only('a folder without Markdown files').ko);
    expect(thrown(() => expandNotesPaths([noMarkdown]))).toBe(only('a folder without Markdown files').en);
  });

  it('says a database it cannot write in Korean and in English', () => {
    expect(thrown(() => runIngest([ok], noFolderDb, undefined, 'ko'))).toBe(only('a --db in a folder that does not exist').ko);
    expect(thrown(() => runIngest([ok], dbFolder, 'ko'))).toBe(only('a --db that is a folder').ko);
    expect(thrown(() => runIngest([ok], underFileDb))).toBe(only('a --db below a file').en);
  });
});

describe('dref ingest, the built binary', () => {
  it('is built', () => {
    expect(existsSync(CLI), 'dist/ is missing: run `npm run build`').toBe(true);
  });

  it.each(CASES)('$what: --lang ko prints it in Korean, --lang en in English', ({ args, status, en, ko }) => {
    expect(runCli(['ingest', ...args, '--lang', 'ko'], env)).toEqual({ status, stdout: '', stderr: `dref: ${ko}\n` });
    expect(runCli(['ingest', ...args, '--lang', 'en'], env)).toEqual({ status, stdout: '', stderr: `dref: ${en}\n` });
  });

  it('follows a Korean LANG without --lang, and --check says it as an ingest does', () => {
    const binaryFile = only('a binary file');
    expect(runCli(['ingest', binary], { ...env, LANG: 'ko_KR.UTF-8' }).stderr).toBe(`dref: ${binaryFile.ko}\n`);
    expect(runCli(['ingest', '--check', binary, '--lang', 'ko'], env).stderr).toBe(`dref: ${binaryFile.ko}\n`);
    expect(runCli(['ingest', '--check', binary], env).stderr).toBe(`dref: ${binaryFile.en}\n`);
    expect(existsSync(env.DREF_DB)).toBe(false);
  });

  it('refuses an empty --db (an unset variable) instead of building the default database', () => {
    for (const lang of ['ko', 'en'] as const) {
      const run = runCli(['ingest', ok, '--db', '', '--lang', lang], env);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(lang === 'ko' ? /'--db' 옵션 값이 비어 있습니다/ : /Option '--db' is empty/);
    }
    expect(runCli(['search', 'restart', '--db=', '--lang', 'en'], env).stderr).toMatch(/Option '--db' is empty/);
    expect(existsSync(env.DREF_DB)).toBe(false);
  });
});
