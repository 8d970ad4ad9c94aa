/** End to end: the real binary, a real database file, exit statuses and the exact text users see. */
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog-model.js';
import { CLI, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-database.js';

const dir = tempDir('dref-cli-');
const db = join(dir, 'kb.db');
const env = { DREF_DB: db };

beforeAll(() => {
  expect(existsSync(CLI), 'dist/ is missing: run `npm run build` (npm test does)').toBe(true);
  const built = runCli(['ingest', '--quiet'], env);
  expect(built).toMatchObject({ status: 0, stdout: '', stderr: '' });
});

describe('dref search', () => {
  it('prints ranked results, the exact name first, and exits 0', () => {
    const r = runCli(['search', 'restart'], env);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      'docker restart  [command]',
      '  Stop containers and start them again',
    ]);
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('--json prints {query, results:[{id, kind, name, title, summary}]}', () => {
    const r = runCli(['search', '--json', 'healthcheck'], env);
    const json = JSON.parse(r.stdout) as { query: string; results: Record<string, unknown>[] };
    expect(json.query).toBe('healthcheck');
    expect(json.results[0]).toMatchObject({ id: 'instruction:HEALTHCHECK', kind: 'instruction', name: 'HEALTHCHECK', title: 'HEALTHCHECK' });
    for (const result of json.results) expect(Object.keys(result)).toEqual(expect.arrayContaining(['id', 'kind', 'name', 'title', 'summary']));
  });

  it('answers Korean queries, in Korean with --lang ko', () => {
    const r = runCli(['search', '--json', '--lang', 'ko', '댕글링'], env);
    const json = JSON.parse(r.stdout) as { results: { name: string; summary: string }[] };
    expect(json.results.map((x) => x.name)).toContain('concept:dangling-images');
    expect(json.results[0]!.summary).toMatch(/\p{Script=Hangul}/u);
  });

  it('exits 1 with a suggestion when nothing is found', () => {
    const r = runCli(['search', 'zzqxw'], env);
    expect(r).toMatchObject({ status: 1, stdout: 'Nothing found for "zzqxw". Try fewer or other words, in Korean or English (e.g. `dref search restart`).\n' });
  });

  it('exits 2 on usage errors, naming the fix', () => {
    expect(runCli(['search'], env)).toMatchObject({ status: 2, stderr: 'dref: search needs at least one term (try `dref search restart`)\n' });
    expect(runCli(['search', '--lang', 'fr', 'x'], env)).toMatchObject({ status: 2, stderr: 'dref: --lang fr is not supported (use --lang ko or --lang en)\n' });
    expect(runCli(['search', '--bogus', 'x'], env)).toMatchObject({ status: 2, stderr: "dref: Unknown option '--bogus' (to search for a flag, put -- before it: dref search -- --bogus; else see `dref search --help`)\n" });
    expect(runCli(['frobnicate'], env)).toMatchObject({ status: 2, stderr: 'dref: unknown command `frobnicate` (the commands are: search, show, explain, gen, lint, compare, errata, browse, ingest, serve, completions; see `dref --help`)\n' });
  });

  it('says how to build a database that is missing', () => {
    const r = runCli(['search', 'restart', '--db', join(dir, 'missing.db')]);
    expect(r.status).toBe(66);
    expect(r.stderr).toBe(`dref: ${join(dir, 'missing.db')}: no database here (run \`dref ingest\` to build it, or point --db / DREF_DB at one)\n`);
  });
});

describe('dref ingest', () => {
  it('--check --json lists the errata with file, line, message and suggestion, and exits 1 on errors', () => {
    const r = runCli(['ingest', '--check', '--json'], env);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as { errata: Record<string, unknown>[] };
    expect(json.errata).toContainEqual(expect.objectContaining({
      file: 'data/notes/docker-images.ko.md', line: 389, message: 'docker build에는 PATH | URL | - 인자가 필요합니다(사용법: docker build [OPTIONS] PATH | URL | -)',
      suggestion: 'docker build --no-cache -t mybuild:0.1 .',
    }));
  });

  it('ingests a user\'s own notes in the same dialect', () => {
    const notes = join(dir, 'mine.md');
    writeFileSync(notes, "### 1 재시작\n'docker run -d --restart=unless-stopped --name web nginx:1.27'\n");
    const own = join(dir, 'own.db');
    const r = runCli(['ingest', notes, '--db', own]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Built .*own\.db: 1 notes file, 1 sections, \d+ passages, \d+ examples, \d+ entries \(build [0-9a-f]{16}\)\nErrata: 0 errors, 0 warnings\n$/);
    expect(runCli(['ingest', '--check', notes])).toMatchObject({ status: 0, stdout: 'No errata: every command line and Dockerfile snippet checks out.\n' });
  });

  it('adds a user\'s notes to the shipped ones with --add', () => {
    const notes = join(dir, 'extra.md');
    writeFileSync(notes, "### 9 내 메모\n'docker image prune -a --force'\n");
    const both = join(dir, 'both.db');
    expect(runCli(['ingest', '--add', notes, '--db', both]).stdout).toMatch(/: 2 notes files, 19 sections, \d+ passages, /);
    expect(runCli(['ingest', '--add'], env)).toMatchObject({ status: 2, stderr: 'dref: --add needs notes files to add (e.g. dref ingest --add my-notes/*.md)\n' });
  });

  it('refuses a bad notes file with file:line, exit 65, and keeps the database', () => {
    const bad = join(dir, 'bad.md');
    writeFileSync(bad, Buffer.concat([Buffer.from('# 1 a\nok\n'), Buffer.from([0xff, 0x0a])]));
    const before = readFileSync(db);
    const r = runCli(['ingest', bad], env);
    expect(r).toMatchObject({ status: 65, stdout: '' });
    expect(r.stderr).toBe(`dref: ${bad}:3: the file is not valid UTF-8 (convert it, e.g. \`iconv -f EUC-KR -t UTF-8\`)\n`);
    expect(readFileSync(db).equals(before)).toBe(true);
  });
});

describe('a fresh install', () => {
  it('builds the default database on the first search and answers it', () => {
    const pkg = join(tempDir('dref-pkg-'), 'dref');
    mkdirSync(join(pkg, 'data'), { recursive: true });
    cpSync(join(ROOT, 'dist'), join(pkg, 'dist'), { recursive: true });
    cpSync(join(ROOT, 'schema'), join(pkg, 'schema'), { recursive: true });
    cpSync(join(ROOT, 'data', 'notes'), join(pkg, 'data', 'notes'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
    const r = runCli(['search', 'restart'], { DREF_DB: undefined }, join(pkg, 'dist', 'bundle', 'dref.js'));
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('docker restart  [command]');
    expect(existsSync(join(pkg, 'data', 'dref.db'))).toBe(true);
  });

  it('prints its version', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(runCli(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
  });
});
