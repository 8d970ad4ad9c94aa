/** The real SQLite file: what a build holds, that it is atomic, and that bad input leaves the old one untouched. */
import { readFileSync, statSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openSqlite } from '../../server/database/open-sqlite.js';
import { describe, expect, it } from 'vitest';
import { ensureKnowledgeBase, openKnowledgeBase } from '../../server/database/open-database.js';
import { computeSchemaId, fingerprint, schemaId } from '../../server/database/schema-id.js';
import { DrefError } from '../../server/errors.js';
import { runIngest } from '../../server/ingest/run-ingest.js';
import { tempDir } from '../helpers/temp-database.js';

describe('building the database', () => {
  const dir = tempDir();
  const path = join(dir, 'kb.db');
  const first = runIngest([], path);

  it('holds sections with line ranges, entries, links, examples and errata', () => {
    const db = openSqlite(path, { readonly: true });
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count('sections')).toBe(18);
    expect(count('entries')).toBe(first.summary.entries);
    expect(count('errata')).toBe(first.errata.length);
    expect(db.prepare("SELECT path, title, start_line, end_line FROM sections WHERE path = '2.4.3.2'").get())
      .toEqual({ path: '2.4.3.2', title: '빌드 과정 살펴보기', start_line: 338, end_line: 438 });
    const restart = db.prepare(`SELECT s.path, l.start_line, l.end_line, l.role FROM entry_sections l JOIN sections s ON s.id = l.section_id
      WHERE l.entry_id = 'option:run:--restart' ORDER BY l.start_line`).all();
    expect(restart).toEqual(expect.arrayContaining([
      { path: '2.3.4.2', start_line: 184, end_line: 187, role: 'example' },
      { path: '2.3.4.2', start_line: 189, end_line: 190, role: 'passage' },
    ]));
    const healthcheck = db.prepare("SELECT l.start_line, l.role FROM entry_sections l WHERE l.entry_id = 'instruction:HEALTHCHECK' AND l.role = 'definition'").all();
    expect(healthcheck).toEqual([{ start_line: 491, role: 'definition' }]);
    const erratum = db.prepare(`SELECT e.line, e.suggestion, e.excerpt, x.is_valid FROM errata e JOIN examples x ON x.id = e.example_id WHERE e.line = 389`).get();
    expect(erratum).toEqual({ line: 389, suggestion: 'docker build --no-cache -t mybuild:0.1 .', excerpt: "'docker build --no-cache -t mybuild:0.1'", is_valid: 0 });
    db.close();
  });

  it('gives the same build id for the same inputs', () => {
    const again = runIngest([], join(dir, 'again.db'));
    expect(again.summary.buildId).toBe(first.summary.buildId);
  });

  it('leaves no temporary file behind', () => {
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces the database atomically: an open reader keeps reading the old build', () => {
    const reader = openKnowledgeBase(path);
    const notes = join(dir, 'mine.md');
    writeFileSync(notes, "# 1 내 노트\n'docker run -d --restart=always nginx'\n");
    const rebuilt = runIngest([notes], path);
    expect(rebuilt.summary.buildId).not.toBe(reader.buildId);
    expect((reader.sqlite.prepare('SELECT count(*) AS n FROM sections').get() as { n: number }).n).toBe(18);
    reader.close();
    const fresh = openKnowledgeBase(path);
    expect(fresh.buildId).toBe(rebuilt.summary.buildId);
    expect((fresh.sqlite.prepare('SELECT count(*) AS n FROM sections').get() as { n: number }).n).toBe(1);
    fresh.close();
  });
});

describe('bad input never touches the existing database', () => {
  const dir = tempDir();
  const path = join(dir, 'kb.db');
  runIngest([], path);
  const before = readFileSync(path);
  const mtime = statSync(path).mtimeMs;

  const cases: readonly [string, Uint8Array | string, string][] = [
    ['binary', Uint8Array.from([0x23, 0x20, 0x61, 0x0a, 0x00, 0x01]), 'NOTES_INVALID'],
    ['not UTF-8', Uint8Array.from([0x23, 0x0a, 0xc0, 0xaf, 0x0a]), 'NOTES_INVALID'],
    ['NUL inside a line', '# 1 a\nsome\u0000text\n', 'NOTES_INVALID'],
    ['1 MB line', `# 1 a\n${'가'.repeat(1_000_000)}\n`, 'NOTES_INVALID'],
  ];
  it.each(cases)('%s: the ingest fails with a clear error and the database is unchanged', (name, content, code) => {
    const file = join(dir, `${name.replace(/\W/g, '_')}.md`);
    writeFileSync(file, content);
    let error: unknown;
    try { runIngest([file], path); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(DrefError);
    expect((error as DrefError).code).toBe(code);
    expect((error as DrefError).location?.file).toContain(name.replace(/\W/g, '_'));
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(mtime);
  });

  it('a database path in a missing folder is an IO error that says the old one is unchanged', () => {
    expect(() => runIngest([], join(dir, 'no', 'such', 'dir', 'kb.db'))).toThrow(/cannot write the database/);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });

  it('opening a file that is not a database says how to rebuild it', () => {
    const bogus = join(dir, 'bogus.db');
    writeFileSync(bogus, 'not sqlite');
    expect(() => openKnowledgeBase(bogus)).toThrow('this file is not a dref database, or it is damaged');
  });

  it('a database built with another schema is refused, or rebuilt when it is the default one', async () => {
    const path = join(dir, 'old-schema.db');
    runIngest([], path);
    const db = openSqlite(path);
    db.prepare("UPDATE build_info SET value = 'an-old-schema' WHERE key = 'schema_id'").run();
    db.close();
    expect(() => openKnowledgeBase(path)).toThrow(expect.objectContaining({ code: 'DATABASE', message: 'this database was built by another version of dref', hint: `rebuild it with \`dref ingest --db ${path}\`` }));
    const rebuilt = await ensureKnowledgeBase(path, { buildIfMissing: true });
    expect(rebuilt.sqlite.prepare("SELECT value FROM build_info WHERE key = 'schema_id'").pluck().get()).toBe(schemaId());
    rebuilt.close();
  });
});

describe('the schema fingerprint', () => {
  it('matches the migrations and the search table', () => {
    expect(schemaId(), 'run `npm run db:generate`').toBe(computeSchemaId());
  });

  it('tells schemas apart', () => {
    expect(fingerprint('CREATE TABLE a (x)')).not.toBe(fingerprint('CREATE TABLE a (y)'));
    expect(fingerprint('')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('building from notes that use a group\'s flags', () => {
  it("links a compose subcommand's -f to the group's entry and a hidden flag to none, so the build's references hold", () => {
    const dir = tempDir();
    const notes = join(dir, 'compose.md');
    writeFileSync(notes, '# Compose\n\n## Testing\n\n```\ndocker-compose up -d\ndocker-compose logs -f\ndocker-compose -f a.yml up\ndocker-compose --version\n```\n\nThe -f flag names the file.\n');
    const path = join(dir, 'kb.db');
    runIngest([notes], path);
    const db = openSqlite(path, { readonly: true });
    const ids = db.prepare("SELECT DISTINCT entry_id AS id FROM entry_sections WHERE entry_id LIKE 'option:compose%' ORDER BY id").all();
    db.close();
    expect(ids).toContainEqual({ id: 'option:compose:--file' });
    expect(ids).not.toContainEqual({ id: 'option:compose-up:--file' });
  });
});
