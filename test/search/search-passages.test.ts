/** The notes' own passages are found by their own words, with file, line and section: engine and GraphQL. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openKnowledgeBase } from '../../server/database/open-database.js';
import { buildApp } from '../../server/http/build-app.js';
import { createKnowledgeSource } from '../../server/http/knowledge-source.js';
import { runIngest } from '../../server/ingest/run-ingest.js';
import { searchPassages } from '../../server/search/search-passages.js';
import { graphql } from '../helpers/test-app.js';
import { tempDir } from '../helpers/temp-database.js';

const dir = tempDir('dref-passages-');
const notes = join(dir, 'my-notes.md');
writeFileSync(notes, [
  '# Container internals',
  '',
  'Early Docker drove the kernel through libcontainer, its own runtime library.',
  '',
  '- A container is a process with chroot, cgroups and namespaces.',
  '- 이미지 취약점은 Trivy 로 검사한다.',
  '',
  '## 예제',
  '',
  '```bash',
  'docker run -d --name my-webapp-77 nginx',
  '```',
  '',
].join('\n'));
const dbPath = join(dir, 'kb.db');
runIngest([notes], dbPath);
const kb = openKnowledgeBase(dbPath);
afterAll(() => kb.close());

describe('searchPassages', () => {
  it.each([
    ['libcontainer', 3, 'Container internals'],
    ['chroot', 5, 'Container internals'],
    ['Trivy', 6, 'Container internals'],
    ['취약점 검사', 6, 'Container internals'],
    ['my-webapp-77', 11, '예제'],
  ])('finds %s at its line, with its section', (query, line, title) => {
    const [first] = searchPassages(kb, query);
    expect(first).toMatchObject({ file: notes.startsWith(process.cwd()) ? expect.any(String) : notes, line, sectionTitle: title });
    expect(first!.snippet).toMatch(/«/);
  });

  it('finds nothing for words the notes do not hold, and reads no query as FTS syntax', () => {
    expect(searchPassages(kb, 'kubernetes')).toEqual([]);
    expect(searchPassages(kb, '"chroot"* )(')).toHaveLength(1);
  });

  it('refuses a bad page size with the field named', () => {
    expect(() => searchPassages(kb, 'chroot', 0)).toThrow('first must be a whole number from 1 to 20, not 0');
  });
});

describe('GraphQL and REST passages', () => {
  it('serve a passage with its file, line, snippet and section', async () => {
    const source = await createKnowledgeSource(dbPath);
    const app = await buildApp({ source, logLevel: 'silent', rateLimit: 0 });
    try {
      const r = await graphql(app, 'query($q: String!) { passages(query: $q, first: 2) { file line snippet passage { startLine endLine text section { title path } } } }', { q: 'libcontainer' });
      expect(r.status).toBe(200);
      const hits = r.body.data!.passages as { line: number; snippet: string; passage: { startLine: number; text: string; section: { title: string } } }[];
      expect(hits[0]).toMatchObject({ line: 3, passage: { startLine: 3, section: { title: 'Container internals' } } });
      expect(hits[0]!.snippet).toContain('«libcontainer»');
      const rest = await app.inject({ method: 'GET', url: '/api/v1/passages?q=chroot&limit=1' });
      expect(rest.statusCode).toBe(200);
      expect(rest.json()).toMatchObject({ query: 'chroot', passages: [{ line: 5, startLine: 5, sectionTitle: 'Container internals' }] });
      const restBad = await app.inject({ method: 'GET', url: '/api/v1/passages?q=chroot&limit=0' });
      expect([restBad.statusCode, restBad.json().error.message]).toEqual([400, 'limit: must be a whole number from 1 to 20, not "0"']);
      const bad = await graphql(app, '{ passages(query: "x", first: 99) { line } }');
      expect(bad.body.errors?.[0]?.message).toContain('first must be a whole number from 1 to 20');
    } finally {
      await app.close();
      source.close();
    }
  });
});
