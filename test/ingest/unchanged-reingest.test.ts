/** A re-ingest of unchanged notes into a real SQLite file leaves it as it is; a changed line, language or build rebuilds it. */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestCommand } from '../../cli/commands/ingest-command.js';
import { openSqlite } from '../../server/database/open-sqlite.js';
import { runIngest, runIngestIfChanged } from '../../server/ingest/run-ingest.js';
import { tempDir } from '../helpers/temp-database.js';

const NOTES = `# 1. 컨테이너 실행

컨테이너를 실행할 때는 다음처럼 합니다.

\`\`\`
docker run -d --name web -p 8080:80 nginx
\`\`\`

종료되면 지우려면 \`docker run -rm nginx\`처럼 씁니다.
`;

function sha(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function run(args: readonly string[]): string {
  let text = '';
  const out = new Writable({ write(chunk, _encoding, done) { text += String(chunk); done(); } });
  expect(ingestCommand(args, out as unknown as NodeJS.WritableStream)).toBe(0);
  return text;
}

describe('re-ingest of unchanged notes', () => {
  const dir = tempDir();
  const notes = join(dir, 'my.md');
  const db = join(dir, 'my.db');
  writeFileSync(notes, NOTES);

  it('reads the summary back instead of rebuilding, and the database stays byte for byte the same', () => {
    const first = runIngestIfChanged([notes], db);
    expect(first.unchanged).toBe(false);
    expect(first.errata.length).toBeGreaterThan(0);
    const before = { sha: sha(db), mtime: statSync(db).mtimeMs };
    const second = runIngestIfChanged([notes], db);
    expect(second.unchanged).toBe(true);
    expect(second.summary).toEqual(first.summary);
    expect(second.errata).toEqual(first.errata.map((e) => ({
      file: e.file, line: e.line, column: e.column, rule: e.rule, severity: e.severity, message: e.message, suggestion: e.suggestion, excerpt: e.excerpt,
    })));
    // The same bytes, touched: a tool that rebuilds what is older than its notes sees it as current.
    expect(sha(db)).toBe(before.sha);
    expect(statSync(db).mtimeMs).toBeGreaterThanOrEqual(before.mtime);
    expect(statSync(db).mtimeMs).toBeGreaterThanOrEqual(statSync(notes).mtimeMs);
  });

  it('builds for another database, for the same text under another name, and with force', () => {
    runIngestIfChanged([notes], db);
    expect(runIngestIfChanged([notes], join(dir, 'other.db')).unchanged).toBe(false);
    const renamed = join(dir, 'renamed.md');
    writeFileSync(renamed, NOTES);
    expect(runIngestIfChanged([renamed], db).unchanged).toBe(false);
    expect(runIngestIfChanged([renamed], db).unchanged).toBe(true);
    expect(runIngestIfChanged([renamed], db, undefined, true).unchanged).toBe(false);
    expect(JSON.parse(run([renamed, '--db', db, '--force', '--json'])).unchanged).toBe(false);
    runIngestIfChanged([notes], db);
  });

  it('rebuilds when one line of a file changes, and the new line is in the database', () => {
    runIngestIfChanged([notes], db);
    writeFileSync(notes, NOTES.replace('다음처럼 합니다', '이렇게 합니다'));
    const changed = runIngestIfChanged([notes], db);
    expect(changed.unchanged).toBe(false);
    const sqlite = openSqlite(db, { readonly: true });
    const text = (sqlite.prepare('SELECT text FROM note_files').get() as { text: string }).text;
    sqlite.close();
    expect(text).toContain('이렇게 합니다');
    expect(runIngestIfChanged([notes], db).unchanged).toBe(true);
    writeFileSync(notes, NOTES);
  });

  it('rebuilds for another errata language, and for a database another way of building left', () => {
    runIngestIfChanged([notes], db);
    const english = runIngestIfChanged([notes], db, 'en');
    expect(english.unchanged).toBe(false);
    expect(english.errata.every((e) => !/[가-힣]/.test(e.message))).toBe(true);
    // A build that did not record its inputs (runIngest) is never taken as unchanged.
    runIngest([notes], db, 'en');
    expect(runIngestIfChanged([notes], db, 'en').unchanged).toBe(false);
  });

  it('says so in the summary, in English and in Korean', () => {
    const built = run([notes, '--db', db, '--lang', 'en', '--quiet']);
    expect(built).toBe('');
    const en = run([notes, '--db', db, '--lang', 'en']);
    expect(en).toMatch(/^Unchanged .*my\.db: 1 notes file, 1 sections, \d+ passages, \d+ examples, \d+ entries \(build [0-9a-f]{16}\)\nThe notes files, dref and the errata language are the same as at the last build, so nothing was rebuilt\.\nErrata: \d+ errors?, \d+ warnings?\nList them with `dref errata --db .*my\.db`\.\n$/);
    const ko = run([notes, '--db', db, '--lang', 'ko']);
    expect(ko).toMatch(/^.*my\.db을\(를\) 만들었습니다: 노트 파일 1개, 섹션 1개, 구절 \d+개, 예제 \d+개, 항목 \d+개 \(빌드 [0-9a-f]{16}\)\n정오표: 오류 \d+개, 경고 \d+개\n목록은 `dref errata --db .*my\.db`로 보세요\.\n$/);
    const again = run([notes, '--db', db, '--lang', 'ko']);
    expect(again).toContain('그대로입니다: 노트 파일 1개');
    expect(again).toContain('다시 만들지 않았습니다.');
    const json = JSON.parse(run([notes, '--db', db, '--lang', 'ko', '--json'])) as { unchanged: boolean; errata: unknown[] };
    expect(json.unchanged).toBe(true);
    expect(json.errata.length).toBeGreaterThan(0);
  });
});
