/**
 * `dref show FILE:LINE` through the real binary, on real databases built by ingest: the shipped
 * notes (by DREF_DB) and a folder of notes of our own (by --db) — the lines in context, the entries
 * linked to them, --json, --lang ko, names that still mean entries, and every kind of bad input.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHOW_LINE_MESSAGES } from '../../cli/messages/show-line-messages.js';
import { parseLineReference } from '../../server/knowledge/line-reference.js';
import { findNotesFile } from '../../server/knowledge/find-notes-file.js';
import { runIngest } from '../../server/ingest/run-ingest.js';
import { ROOT } from '../helpers/catalog-model.js';
import { CLI, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-database.js';

const HANGUL = /[가-힣]/;
const dir = tempDir('dref-show-line-');
const db = join(dir, 'kb.db');
const env = { DREF_DB: db };
const notes = join(dir, 'notes');
const own = join(dir, 'own.db');
const NOTES = 'data/notes/docker-images.ko.md';

beforeAll(() => {
  runIngest([], db);
  mkdirSync(join(notes, 'a'), { recursive: true });
  mkdirSync(join(notes, 'b'), { recursive: true });
  writeFileSync(join(notes, 'a', 'README.md'), [
    '# Alpha', '', '## 1. Runtime', '', 'The zorbleflux runtime starts containers with a restart policy.', 'It reads its settings from a file.', '',
    '- docker run -d --restart always nginx keeps a zorbleflux service up', '', '', '## 2. Images', '', 'Images are built in layers.', '',
  ].join('\n'));
  writeFileSync(join(notes, 'b', 'README.md'), '# Beta\n\nOnly zorbleflux text here.\n');
  writeFileSync(join(notes, 'empty.md'), '# Empty\n');
  runIngest([notes], own);
}, 60_000);

/** The binary run from another folder than the project's. */
function runIn(cwd: string, args: readonly string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', DREF_DB: db } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('dref show FILE:LINE on the shipped notes', () => {
  it('prints the passage holding the line, in context, with the headings, errata and linked entries', () => {
    const r = runCli(['show', 'docker-images.ko.md:131'], env);
    expect([r.status, r.stderr]).toEqual([0, '']);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([`${NOTES}:130-133`, '2.3 도커 이미지 > 2.3.3 이미지 추출', '']);
    // Two lines either side of the passage; the line asked for marked, the rest of the passage numbered.
    expect(lines.filter((l) => /^[> ] {0,4}\d+  /.test(l)).map((l) => Number(/\d+/.exec(l)![0]))).toEqual([128, 129, 130, 131, 132, 133, 134, 135]);
    expect(lines).toContain('>  131  만들면 컨테이너에서 변경된 사항뿐만 아니라 컨테이너가 생성될 때 설정된 detached 모드, 컨테이너 커맨드와 같은 컨테이너 설정 등도');
    expect(lines).toContain("   128      'docker load -i ubuntu_14_04.tar'");
    // The erratum on line 132, under it.
    const at132 = lines.findIndex((l) => l.startsWith('   132  '));
    expect(lines[at132 + 1]).toBe('        ↳ warning: detached 모드(-d)는 docker run의 실행 방식일 뿐 이미지에 저장되지 않습니다');
    expect(lines[at132 + 2]).toMatch(/^ {10}→ docker commit은/);
    // The command alone on line 128 is a passage of its own (no paragraph holds it): the one before.
    expect(lines).toContain(`previous passage: dref show ${NOTES}:128`);
    expect(lines).toContain(`next passage: dref show ${NOTES}:135-137`);
    expect(lines).toContain('Linked entries:');
    expect(lines.find((l) => l.startsWith('  docker commit  '))).toMatch(/^ {2}docker commit {2}\[command\] {2}\S.* {2}\(passage 130-133\)$/);
    expect(lines.find((l) => l.startsWith('  docker save  '))).toMatch(/\(passage 130\)$/);
    expect(r.stdout).toMatch(/^Related: docker compose export$/m);
  });

  it('finds the file by the path it was ingested as, a path from here, a path from elsewhere, or its name', () => {
    const expected = runCli(['show', 'docker-images.ko.md:131'], env).stdout;
    for (const file of [NOTES, `./${NOTES}`, join(ROOT, NOTES)]) expect(runCli(['show', `${file}:131`], env).stdout, file).toBe(expected);
    expect(runIn(dir, ['show', `${join(ROOT, NOTES)}:131`]).stdout).toBe(expected);
    expect(runIn(dir, ['show', 'notes/docker-images.ko.md:131']).stdout).toBe(expected);
  });

  it('takes START-END: the passages that hold any of the lines', () => {
    const r = runCli(['show', 'docker-images.ko.md:126-130'], env);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`${NOTES}:125-133`);
    expect(r.stdout.match(/^> +\d+/gm)!.map((m) => Number(m.slice(1)))).toEqual([126, 127, 128, 129, 130]);
  });

  it('shows the nearest passage for a blank line or a heading between passages, and says so', () => {
    const blank = runCli(['show', 'docker-images.ko.md:127'], env);
    expect(blank.status).toBe(0);
    expect(blank.stdout.split('\n').slice(0, 3)).toEqual([`${NOTES}:127`, '2.3 도커 이미지 > 2.3.3 이미지 추출', `Nothing is written on line 127; the nearest passage is ${NOTES}:128.`]);
    expect(blank.stdout).toContain('>  127  \n');
    const heading = runCli(['show', 'docker-images.ko.md:117'], env);
    expect(heading.stdout.split('\n')[2]).toBe(`No passage holds line 117 (a heading or a fence between passages); the nearest passage is ${NOTES}:119-121.`);
    // A command on a line of its own is a passage, linked to its entries as an example.
    const command = runCli(['show', 'docker-images.ko.md:128'], env);
    expect(command.stdout.split('\n').slice(0, 2)).toEqual([`${NOTES}:128`, '2.3 도커 이미지 > 2.3.3 이미지 추출']);
    expect(command.stdout).toContain(`previous passage: dref show ${NOTES}:125-126`);
    expect(command.stdout).toContain(`next passage: dref show ${NOTES}:130-133`);
    expect(command.stdout).toMatch(/^ {2}docker load {2}\[command\] .* {2}\(example 128\)$/m);
  });

  it('prints --json: the place, its headings, the passages, the lines and the linked entries', () => {
    const r = runCli(['show', '--json', 'docker-images.ko.md:131'], env);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown> & { headings: { path: string }[]; passages: { startLine: number; endLine: number; section: string; text: string }[]; lines: { line: number; text: string }[]; entries: { name: string; kind: string; role: string }[]; errata: { line: number; severity: string }[] };
    expect(Object.keys(json)).toEqual(['file', 'lineCount', 'startLine', 'endLine', 'place', 'isBlank', 'headings', 'passages', 'previous', 'next', 'lines', 'errata', 'entries']);
    expect(json).toMatchObject({ file: NOTES, lineCount: 634, startLine: 131, endLine: 131, place: 'passage', isBlank: false, previous: { startLine: 128, endLine: 128 }, next: { startLine: 135, endLine: 137 } });
    expect(json.headings.map((h) => h.path)).toEqual(['2.3', '2.3.3']);
    expect(json.passages).toEqual([expect.objectContaining({ startLine: 130, endLine: 133, section: '2.3.3' })]);
    expect(json.passages[0]!.text).toMatch(/^'save', 'load'와/);
    expect(json.lines.map((l) => l.line)).toEqual([128, 129, 130, 131, 132, 133, 134, 135]);
    expect(json.errata).toEqual([expect.objectContaining({ line: 132, severity: 'warning' })]);
    expect(json.entries.find((e) => e.name === 'docker load')).toMatchObject({ kind: 'command', role: 'passage' });
    expect(json.entries.find((e) => e.name === 'docker compose export')).toMatchObject({ role: 'related' });
    // The entries of the line asked for come before those of the rest of the passage.
    expect(json.entries.at(-1)).toMatchObject({ name: 'docker save', role: 'passage' });
  });

  it('speaks Korean under --lang ko: headings, labels and the entries\' own words', () => {
    const r = runCli(['show', 'docker-images.ko.md:131', '--lang', 'ko'], env);
    expect(r.stdout).toContain(`앞 본문: dref show ${NOTES}:128`);
    expect(r.stdout).toContain('이 줄과 연결된 항목:');
    expect(r.stdout).toMatch(/^ {2}docker commit {2}\[명령\] {2}.*[가-힣].* {2}\(본문 130-133\)$/m);
    expect(r.stdout).toContain('        ↳ 경고: ');
    expect(r.stdout).not.toMatch(/Linked entries|previous passage|\[command\]|\(passage /);
    expect(runCli(['show', 'docker-images.ko.md:127', '--lang', 'ko'], env).stdout.split('\n')[2]).toBe(`127행은 빈 줄입니다. 가장 가까운 본문은 ${NOTES}:128입니다.`);
  });

  it('keeps names: flags, and names with a colon, still mean entries', () => {
    expect(runCli(['show', 'docker', 'run', '--restart'], env).stdout.split('\n')[0]).toBe('docker run --restart  [option]');
    expect(runCli(['show', 'concept:dangling-images'], env).stdout.split('\n')[0]).toMatch(/^concept:dangling-images {2}\[concept\]/);
    expect(runCli(['show', 'run', '-p', '8080:80'], env)).toMatchObject({ status: 1, stdout: 'No entry named "run -p 8080:80". Find it with `dref search run -p 8080:80`.\n' });
  });
});

describe('dref show FILE:LINE, bad input', () => {
  it('names the files there are when the file is unknown (exit 1)', () => {
    expect(runCli(['show', 'nosuch.md:3'], env)).toMatchObject({ status: 1, stdout: '', stderr: `dref: no notes file named nosuch.md in this database; files: ${NOTES} (try \`dref show ${NOTES}:3\`, or ingest the file with \`dref ingest FILE --add\`)\n` });
    expect(runCli(['show', 'other/docker-images.ko.md:3'], env).status).toBe(1);
    expect(runCli(['show', 'nosuch.md:3', '--lang', 'ko'], env).stderr).toBe(`dref: 이 데이터베이스에는 nosuch.md(이)라는 노트 파일이 없습니다. 있는 파일: ${NOTES} (\`dref show ${NOTES}:3\`처럼 쓰거나, \`dref ingest FILE --add\`로 그 파일을 넣으세요)\n`);
  });

  it('says how many lines the file has when a line is outside it (exit 2)', () => {
    const outside = (line: number) => `dref: ${NOTES} has 634 lines; line ${line} is outside it (lines go from 1 to 634, e.g. \`dref show ${NOTES}:634\`)\n`;
    expect(runCli(['show', 'docker-images.ko.md:900'], env)).toMatchObject({ status: 2, stdout: '', stderr: outside(900) });
    expect(runCli(['show', 'docker-images.ko.md:0'], env)).toMatchObject({ status: 2, stderr: outside(0) });
    expect(runCli(['show', 'docker-images.ko.md:630-640'], env)).toMatchObject({ status: 2, stderr: outside(640) });
    expect(runCli(['show', 'docker-images.ko.md:634'], env).status).toBe(0);
  });

  it('refuses a range that ends before it starts, a missing line number and --endpoint (exit 2)', () => {
    expect(runCli(['show', 'docker-images.ko.md:20-10'], env)).toMatchObject({ status: 2, stderr: 'dref: docker-images.ko.md:20-10 ends before it starts (write the first line first, e.g. `dref show docker-images.ko.md:10-20`)\n' });
    expect(runCli(['show', 'docker-images.ko.md:abc'], env)).toMatchObject({ status: 2, stderr: 'dref: docker-images.ko.md:abc has no line number after the colon (write FILE:LINE or FILE:START-END, e.g. `dref show docker-images.ko.md:131`)\n' });
    expect(runCli(['show', 'docker-images.ko.md:131', '--endpoint', 'http://127.0.0.1:9/graphql'], env)).toMatchObject({ status: 2, stderr: 'dref: show FILE:LINE reads the notes from a database, not from a server (--endpoint or DREF_ENDPOINT) (leave out --endpoint and DREF_ENDPOINT, or name the database with --db PATH)\n' });
    // A database named with --db is read even when DREF_ENDPOINT is set.
    expect(runCli(['show', 'docker-images.ko.md:131', '--db', db], { DREF_ENDPOINT: 'http://127.0.0.1:9/graphql' }).status).toBe(0);
  });
});

describe('dref show FILE:LINE on notes of our own (--db)', () => {
  it('asks for more of the path when the name fits several files', () => {
    const r = runCli(['show', 'README.md:5', '--db', own]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`dref: README.md could be any of these notes files: ${join(notes, 'a', 'README.md')}, ${join(notes, 'b', 'README.md')} (give more of its path, e.g. \`dref show ${join(notes, 'a', 'README.md')}:5\`)\n`);
    expect(runCli(['show', 'a/README.md:5', '--db', own]).stdout.split('\n').slice(0, 2)).toEqual([`${join(notes, 'a', 'README.md')}:5-6`, 'Alpha > 1 Runtime']);
  });

  it('shows a command line between passages as a passage, linked to its entries, and names the related ones on one line', () => {
    const r = runCli(['show', 'a/README.md:8', '--db', own]);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`${join(notes, 'a', 'README.md')}:8`);
    expect(r.stdout).toContain(`previous passage: dref show ${join(notes, 'a', 'README.md')}:5-6`);
    expect(r.stdout).toMatch(/^ {2}docker run --restart {2}\[option\] .* {2}\(example 8\)$/m);
    expect(r.stdout).toMatch(/^Related: .*concept:restart-policies/m);
    expect(r.stdout).toContain(`next passage: dref show ${join(notes, 'a', 'README.md')}:13`);
  });

  it('says so for blank lines, a file without passages, and lines with no entry', () => {
    const blank = runCli(['show', `${join(notes, 'a', 'README.md')}:9-10`, '--db', own]).stdout;
    expect(blank).toContain(`Nothing is written on lines 9-10; the nearest passage is ${join(notes, 'a', 'README.md')}:8.`);
    const empty = runCli(['show', 'empty.md:1', '--db', own]);
    expect(empty.status).toBe(0);
    expect(empty.stdout).toBe([`${join(notes, 'empty.md')}:1`, 'Empty', `No passage holds line 1, and ${join(notes, 'empty.md')} has no passages at all.`, '', '>    1  # Empty', '', 'No catalog entry is linked to these lines.', ''].join('\n'));
    expect(runCli(['show', 'empty.md:2', '--db', own])).toMatchObject({ status: 2 });
  });
});

describe('the parts', () => {
  it('reads FILE:LINE and FILE:START-END, and leaves names alone', () => {
    expect(parseLineReference('docker-images.ko.md:131')).toEqual({ file: 'docker-images.ko.md', startLine: 131, endLine: 131 });
    expect(parseLineReference('C:\\notes\\x.md:3-9')).toEqual({ file: 'C:\\notes\\x.md', startLine: 3, endLine: 9 });
    for (const name of ['concept:dangling-images', 'run --restart', 'nginx:1.27', 'x.md:', ':12']) expect(parseLineReference(name), name).toBeUndefined();
  });

  it('finds a notes file by its stored path, a path from the working directory, or a unique end of its path', () => {
    const files = ['data/notes/x.md', 'notes/a/README.md', 'notes/b/README.md'];
    expect(findNotesFile(files, 'x.md', '/p')).toEqual({ status: 'found', file: 'data/notes/x.md' });
    expect(findNotesFile(files, '/p/data/notes/x.md', '/p')).toEqual({ status: 'found', file: 'data/notes/x.md' });
    expect(findNotesFile(files, '../p/notes/a/README.md', '/p')).toEqual({ status: 'found', file: 'notes/a/README.md' });
    expect(findNotesFile(files, 'README.md', '/p')).toEqual({ status: 'ambiguous', files: ['notes/a/README.md', 'notes/b/README.md'] });
    expect(findNotesFile(files, 'c/README.md', '/p')).toEqual({ status: 'noFile', files });
  });

  it('has every message in English and in Korean, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [id, { en, ko }] of Object.entries(SHOW_LINE_MESSAGES)) {
      expect(ko, id).toMatch(HANGUL);
      expect(en, id).not.toMatch(HANGUL);
      expect(placeholders(ko), id).toEqual(placeholders(en));
    }
  });
});
