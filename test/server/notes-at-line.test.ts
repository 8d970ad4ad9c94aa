/**
 * The notes at a line over the API, in-process through the real HTTP app on databases built by
 * ingest: GraphQL `notesAt` and REST /api/v1/notes/{file}/lines/{line} give the same notes as the
 * core (and so as `dref show FILE:LINE --json`), every bad request is a 4xx in the route's one error
 * shape with a message naming the file and line, and the `lang` argument of the fields that write
 * text in a language gives Korean.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/http/build-app.js';
import { createKnowledgeSource } from '../../server/http/knowledge-source.js';
import { runIngest } from '../../server/ingest/run-ingest.js';
import { notesAtLine } from '../../server/knowledge/notes-at-line.js';
import { NOTES_AT_LINE_MESSAGES } from '../../server/knowledge/notes-at-line-messages.js';
import { expectOpenApiSchema } from '../helpers/openapi-schema.js';
import { createTestApp, graphql, type TestApp } from '../helpers/test-app.js';
import { tempDir } from '../helpers/temp-database.js';

const HANGUL = /[가-힣]/;
const NOTES = 'data/notes/docker-images.ko.md';
const NOTES_AT = `query($file: String!, $line: Int!, $endLine: Int, $lang: Lang) {
  notesAt(file: $file, line: $line, endLine: $endLine, lang: $lang) {
    file lineCount startLine endLine place blank
    headings { path title level startLine }
    passages { startLine endLine text section { path } }
    previous { startLine endLine } next { startLine endLine }
    lines { line text }
    errata { line column severity rule message suggestion }
    entries { role startLine endLine entry { id kind name title summary } }
  }
}`;

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); }, 60_000);
afterAll(async () => { await t.close(); });

const check = expectOpenApiSchema;

const rest = async (url: string, headers: Record<string, string> = {}) => {
  const r = await t.app.inject({ url: `/api/v1${url}`, headers });
  return { status: r.statusCode, body: r.json() };
};
type GqlNotes = {
  file: string; place: string; blank: boolean; startLine: number; endLine: number; lineCount: number;
  headings: { path: string; title: string; level: number; startLine: number }[];
  passages: { startLine: number; endLine: number; text: string; section: { path: string } }[];
  previous: { startLine: number; endLine: number } | null; next: { startLine: number; endLine: number } | null;
  lines: { line: number; text: string }[];
  errata: { line: number; column: number; severity: string; rule: string; message: string; suggestion: string }[];
  entries: { role: string; startLine: number; endLine: number; entry: { id: string; kind: string; name: string; title: string; summary: string } }[];
};
const notesAt = async (variables: Record<string, unknown>, headers: Record<string, string> = {}) => graphql(t.app, NOTES_AT, variables, headers);

describe('the notes at a line, served', () => {
  it('REST answers the core\'s notes, as the document describes them', async () => {
    const { status, body } = await rest('/notes/docker-images.ko.md/lines/131');
    expect(status).toBe(200);
    check('NotesAtLine', body);
    const core = notesAtLine(t.source.current(), { file: NOTES, startLine: 131, lang: 'en' });
    const { status: _, ...context } = core as Extract<typeof core, { status: 'found' }>;
    expect(body).toEqual(JSON.parse(JSON.stringify(context)));
    expect(body).toMatchObject({ file: NOTES, lineCount: 634, startLine: 131, endLine: 131, place: 'passage', isBlank: false });
    expect(body.headings.map((h: { path: string }) => h.path)).toEqual(['2.3', '2.3.3']);
    expect(body.passages.map((p: { startLine: number; endLine: number }) => [p.startLine, p.endLine])).toEqual([[130, 133]]);
    expect(body.lines.map((l: { line: number }) => l.line)).toEqual([128, 129, 130, 131, 132, 133, 134, 135]);
    expect(body.errata.map((e: { line: number }) => e.line)).toEqual([132]);
    expect(body.entries.map((e: { name: string }) => e.name)).toContain('docker commit');
  });

  it('REST takes the path as ingested (slashes as %2F), endLine, and lang for the entries\' words', async () => {
    const { status, body } = await rest(`/notes/${encodeURIComponent(NOTES)}/lines/126?endLine=130&lang=ko`);
    expect(status).toBe(200);
    check('NotesAtLine', body);
    expect(body).toMatchObject({ file: NOTES, startLine: 126, endLine: 130 });
    // The command on a line of its own (128, `docker load -i …`) is a passage too: no paragraph holds it.
    expect(body.passages.map((p: { startLine: number }) => p.startLine)).toEqual([125, 128, 130]);
    expect(body.entries.some((e: { summary: string }) => HANGUL.test(e.summary))).toBe(true);
    const english = await rest(`/notes/${encodeURIComponent(NOTES)}/lines/126?endLine=130`);
    expect(english.body.entries.find((e: { name: string }) => e.name === 'docker save').summary).not.toMatch(HANGUL);
  });

  it('GraphQL answers the same notes as REST, with sections, passages, errata and entries of its own types', async () => {
    for (const [line, endLine] of [[131, undefined], [126, 130], [1, undefined], [634, undefined], [129, undefined]] as const) {
      const fromRest = (await rest(`/notes/docker-images.ko.md/lines/${line}${endLine ? `?endLine=${endLine}` : ''}`)).body;
      const { status, body } = await notesAt({ file: 'docker-images.ko.md', line, ...(endLine ? { endLine } : {}) });
      expect([status, body.errors]).toEqual([200, undefined]);
      const gql = body.data!.notesAt as GqlNotes;
      const where = `${line}-${endLine ?? line}`;
      expect([gql.file, gql.lineCount, gql.startLine, gql.endLine, gql.place.toLowerCase(), gql.blank], where)
        .toEqual([fromRest.file, fromRest.lineCount, fromRest.startLine, fromRest.endLine, fromRest.place, fromRest.isBlank]);
      expect(gql.headings.map((h) => ({ path: h.path, title: h.title, level: h.level, line: h.startLine })), where).toEqual(fromRest.headings);
      expect(gql.passages.map((p) => ({ startLine: p.startLine, endLine: p.endLine, section: p.section.path, text: p.text })), where).toEqual(fromRest.passages);
      expect([gql.previous?.startLine ?? null, gql.next?.startLine ?? null], where).toEqual([fromRest.previous?.startLine ?? null, fromRest.next?.startLine ?? null]);
      expect(gql.lines, where).toEqual(fromRest.lines);
      expect(gql.errata.map((e) => ({ ...e, severity: e.severity.toLowerCase() })), where).toEqual(fromRest.errata);
      expect(gql.entries.map((e) => ({ ...e.entry, kind: e.entry.kind.toLowerCase(), role: e.role.toLowerCase(), startLine: e.startLine, endLine: e.endLine })), where)
        .toEqual(fromRest.entries);
    }
  });

  it('GraphQL says when no passage holds the line', async () => {
    const { body } = await notesAt({ file: NOTES, line: 129 });
    const gql = body.data!.notesAt as GqlNotes;
    expect([gql.place, gql.blank]).toEqual(['BETWEEN', true]);
    expect(gql.passages).toHaveLength(1);
  });
});

describe('on the real server, on loopback', () => {
  it('serves the notes by GET over REST and GraphQL with cache headers, and errors in their envelope, never cached', async () => {
    const served = await createTestApp();
    try {
      const base = await served.app.listen({ port: 0, host: '127.0.0.1' });
      const ok = await fetch(`${base}/api/v1/notes/docker-images.ko.md/lines/131?lang=ko`);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('etag')).toBeTruthy();
      const again = await fetch(`${base}/api/v1/notes/docker-images.ko.md/lines/131?lang=ko`, { headers: { 'if-none-match': ok.headers.get('etag')! } });
      expect(again.status).toBe(304);
      expect(((await ok.json()) as { passages: { startLine: number }[] }).passages[0]!.startLine).toBe(130);
      const bad = await fetch(`${base}/api/v1/notes/docker-images.ko.md/lines/x`);
      expect([bad.status, ((await bad.json()) as { error: { code: string } }).error.code]).toEqual([400, 'BAD_INPUT']);
      const query = encodeURIComponent('{ notesAt(file: "docker-images.ko.md", line: 131) { place passages { startLine } entries { entry { name } } } }');
      const gql = await fetch(`${base}/graphql?query=${query}`, { headers: { accept: 'application/json' } });
      expect(gql.status).toBe(200);
      expect(gql.headers.get('cache-control')).toMatch(/max-age=300/);
      const data = ((await gql.json()) as { data: { notesAt: { place: string; passages: { startLine: number }[] } } }).data.notesAt;
      expect([data.place, data.passages[0]!.startLine]).toEqual(['PASSAGE', 130]);
      const missing = await fetch(`${base}/graphql?query=${encodeURIComponent('{ notesAt(file: "nope.md", line: 1) { file } }')}`, { headers: { accept: 'application/json' } });
      expect(missing.headers.get('cache-control')).toBe('no-store');
      expect(((await missing.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('NOT_FOUND');
    } finally {
      await served.close();
    }
  }, 60_000);
});

describe('no notes to give: one error model, a message naming the file and line', () => {
  it('an unknown file is 404 NOT_FOUND, listing the files', async () => {
    const r = await rest('/notes/nope.md/lines/3');
    expect(r).toEqual({ status: 404, body: { error: { code: 'NOT_FOUND', message: `no notes file named nope.md in this knowledge base; files: ${NOTES}`, hint: `name a file as ingested or the end of its path, e.g. ${NOTES}` } } });
    const { status, body } = await notesAt({ file: 'nope.md', line: 3 });
    expect(status).toBe(200);
    expect(body.data).toEqual({ notesAt: null });
    expect(body.errors).toMatchObject([{ message: r.body.error.message, path: ['notesAt'], extensions: { code: 'NOT_FOUND', hint: r.body.error.hint } }]);
  });

  it('a line outside the file is 400 BAD_INPUT, naming the file, its length and the line', async () => {
    const message = `${NOTES} has 634 lines; line 900 is outside it`;
    expect(await rest('/notes/docker-images.ko.md/lines/900')).toEqual({ status: 400, body: { error: { code: 'BAD_INPUT', message, hint: 'lines go from 1 to 634' } } });
    expect((await rest('/notes/docker-images.ko.md/lines/630?endLine=700')).body.error.message).toBe(`${NOTES} has 634 lines; line 700 is outside it`);
    const { body } = await notesAt({ file: 'docker-images.ko.md', line: 900 });
    expect(body.errors).toMatchObject([{ message, extensions: { code: 'BAD_INPUT', hint: 'lines go from 1 to 634' } }]);
  });

  it('a name several files end with is 400 BAD_INPUT, naming them', async () => {
    const dir = tempDir('dref-notes-at-');
    for (const folder of ['a', 'b']) {
      mkdirSync(join(dir, 'notes', folder), { recursive: true });
      writeFileSync(join(dir, 'notes', folder, 'README.md'), `# ${folder}\n\nThe zorbleflux text of ${folder}.\n`);
    }
    const dbPath = join(dir, 'kb.db');
    runIngest([join(dir, 'notes')], dbPath);
    const source = await createKnowledgeSource(dbPath);
    const app = await buildApp({ source, logLevel: 'silent', rateLimit: 0 });
    try {
      const r = await app.inject({ url: '/api/v1/notes/README.md/lines/3' });
      expect(r.statusCode).toBe(400);
      expect(r.json().error).toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/^README\.md could be any of these notes files: .*a\/README\.md, .*b\/README\.md$/), hint: expect.stringMatching(/^give more of its path, e\.g\. .*a\/README\.md$/) });
      const one = await app.inject({ url: `/api/v1/notes/${encodeURIComponent('b/README.md')}/lines/3` });
      expect([one.statusCode, one.json().lines.find((l: { line: number }) => l.line === 3).text]).toEqual([200, 'The zorbleflux text of b.']);
      const gql = await graphql(app, '{ notesAt(file: "README.md", line: 3, lang: KO) { file } }');
      expect(gql.body.errors![0]).toMatchObject({ extensions: { code: 'BAD_INPUT' } });
      expect(gql.body.errors![0]!.message).toMatch(/^README\.md\(이\)라고만 하면 다음 노트 파일 중 어느 것인지 알 수 없습니다: /);
    } finally {
      await app.close();
      source.close();
    }
  });

  const malformed: [string, string][] = [
    ['/notes/docker-images.ko.md/lines/abc', 'line: must be a whole number from 1, not "abc"'],
    ['/notes/docker-images.ko.md/lines/0', 'line: must be a whole number from 1, not "0"'],
    ['/notes/docker-images.ko.md/lines/-3', 'line: must be a whole number from 1, not "-3"'],
    ['/notes/docker-images.ko.md/lines/1.5', 'line: must be a whole number from 1, not "1.5"'],
    ['/notes/docker-images.ko.md/lines/1e2', 'line: must be a whole number from 1, not "1e2"'],
    ['/notes/docker-images.ko.md/lines/131?endLine=x', 'endLine: must be a whole number from 1, not "x"'],
    ['/notes/docker-images.ko.md/lines/131?endLine=', 'endLine: must be a whole number from 1, not ""'],
    ['/notes/docker-images.ko.md/lines/131?endLine=132&endLine=133', 'endLine: give it once'],
    ['/notes/docker-images.ko.md/lines/131?endLine=130', 'endLine 130 is before line 131 of docker-images.ko.md'],
    ['/notes/docker-images.ko.md/lines/131?lang=fr', 'lang: "fr" is not ko or en'],
  ];
  it.each(malformed)('GET %s → 400 BAD_INPUT: %s', async (url, message) => {
    const r = await rest(url);
    expect(r.status).toBe(400);
    check('Error', r.body);
    expect(r.body.error).toMatchObject({ code: 'BAD_INPUT', message });
  });

  it('GraphQL refuses a line from 1 or an endLine before it with BAD_INPUT, and a line of the wrong type as GraphQL does', async () => {
    const zero = await notesAt({ file: NOTES, line: 0 });
    expect(zero.body.errors).toMatchObject([{ message: 'line: must be a whole number from 1, not 0', extensions: { code: 'BAD_INPUT' } }]);
    const backwards = await notesAt({ file: NOTES, line: 131, endLine: 130 });
    expect(backwards.body.errors).toMatchObject([{ message: `endLine 130 is before line 131 of ${NOTES}`, extensions: { code: 'BAD_INPUT' } }]);
    const typed = await notesAt({ file: NOTES, line: 'abc' });
    expect(typed.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('answers errors in the language asked for: lang, else Accept-Language', async () => {
    const ko = 'data/notes/docker-images.ko.md은(는) 634행까지 있습니다. 900행은 파일 밖입니다';
    expect((await rest('/notes/docker-images.ko.md/lines/900?lang=ko')).body.error).toEqual({ code: 'BAD_INPUT', message: ko, hint: '줄 번호는 1부터 634까지입니다' });
    expect((await rest('/notes/docker-images.ko.md/lines/900', { 'accept-language': 'ko-KR' })).body.error.message).toBe(ko);
    expect((await notesAt({ file: NOTES, line: 900, lang: 'KO' })).body.errors![0]!.message).toBe(ko);
    expect((await notesAt({ file: NOTES, line: 900 }, { 'accept-language': 'ko' })).body.errors![0]!.message).toBe(ko);
    expect((await notesAt({ file: NOTES, line: 900, lang: 'EN' }, { 'accept-language': 'ko' })).body.errors![0]!.message).not.toMatch(HANGUL);
    expect((await rest('/notes/nope.md/lines/1?lang=ko')).body.error.message).toBe(`이 지식 베이스에는 nope.md(이)라는 노트 파일이 없습니다. 있는 파일: ${NOTES}`);
  });

  it('has every message in English and Korean', () => {
    for (const [id, { en, ko }] of Object.entries(NOTES_AT_LINE_MESSAGES)) {
      expect(en, id).not.toMatch(HANGUL);
      expect(ko, id).toMatch(HANGUL);
      expect(ko.match(/\{\w+\}/g)?.sort(), id).toEqual(en.match(/\{\w+\}/g)?.sort());
    }
  });
});

describe('GraphQL fields that write text take lang, defaulting as REST does', () => {
  const DOCKERFILE = 'FROM ubuntu\nMAINTAINER me\nCMD app\n';
  type Findings = { lintDockerfile: { findings: { rule: string; message: string; fix: string }[] } };
  const LINT = 'query($source: String!, $lang: Lang) { lintDockerfile(source: $source, lang: $lang) { findings { rule message fix } } }';

  it('lintDockerfile: lang: KO gives Korean findings, the same as REST ?lang=ko; lang wins over Accept-Language', async () => {
    const ko = await graphql(t.app, LINT, { source: DOCKERFILE, lang: 'KO' });
    const findings = (ko.body.data as Findings).lintDockerfile.findings;
    expect(findings.map((f) => f.rule)).toContain('maintainer-deprecated');
    expect(findings.every((f) => HANGUL.test(f.message))).toBe(true);
    const fromRest = await t.app.inject({ method: 'POST', url: '/api/v1/lint?lang=ko', headers: { 'content-type': 'text/plain' }, payload: DOCKERFILE });
    expect(fromRest.json().findings.map((f: { message: string }) => f.message)).toEqual(findings.map((f) => f.message));
    const en = await graphql(t.app, LINT, { source: DOCKERFILE, lang: 'EN' }, { 'accept-language': 'ko' });
    expect((en.body.data as Findings).lintDockerfile.findings.some((f) => HANGUL.test(f.message))).toBe(false);
    const byHeader = await graphql(t.app, LINT, { source: DOCKERFILE }, { 'accept-language': 'ko' });
    expect((byHeader.body.data as Findings).lintDockerfile.findings.map((f) => f.message)).toEqual(findings.map((f) => f.message));
    const byDefault = await graphql(t.app, LINT, { source: DOCKERFILE });
    expect((byDefault.body.data as Findings).lintDockerfile.findings.some((f) => HANGUL.test(f.message))).toBe(false);
  });

  it('explain and explainDockerfileLine: problems in lang, and meanings too unless asked otherwise', async () => {
    const { body } = await graphql(t.app, `{
      explain(line: "docker run --rm --restart=always -p 8080:80 nginx", lang: KO) { problems { message } tokens { text meaning en: meaning(lang: EN) } }
      explainDockerfileLine(line: "HEALTHCHECK --interval=1m30s CMD curl -f http://localhost/ || exit 1", lang: KO) { tokens { text meaning } }
      english: explain(line: "docker run --rm --restart=always nginx", lang: EN) { problems { message } }
    }`, undefined, { 'accept-language': 'ko' });
    expect(body.errors).toBeUndefined();
    const d = body.data as Record<string, { problems?: { message: string }[]; tokens?: { text: string; meaning: string | null; en?: string | null }[] }>;
    expect(d.explain!.problems![0]!.message).toMatch(HANGUL);
    const port = d.explain!.tokens!.find((x) => x.text === '8080:80')!;
    expect(port.meaning).toBe('호스트(모든 주소)의 포트 8080 → 컨테이너 포트 80/tcp');
    expect(port.en).toBe('Port 8080 of the host (every address) → container port 80/tcp');
    expect(d.explainDockerfileLine!.tokens!.filter((x) => x.meaning).every((x) => HANGUL.test(x.meaning!))).toBe(true);
    expect(d.english!.problems![0]!.message).not.toMatch(HANGUL);
  });

  it('generate and fillRecipe: what they refuse, in lang', async () => {
    const { body } = await graphql(t.app, '{ generate(input: { command: "frobnicate" }, lang: KO) { line } }');
    expect(body.errors![0]!.message).toMatch(HANGUL);
    expect(body.errors![0]!.extensions!.code).toBe('BAD_INPUT');
    const english = await graphql(t.app, '{ generate(input: { command: "frobnicate" }, lang: EN) { line } }', undefined, { 'accept-language': 'ko' });
    expect(english.body.errors![0]!.message).not.toMatch(HANGUL);
    const recipe = await graphql(t.app, '{ fillRecipe(slug: "no-such-recipe", lang: KO) { commands } }');
    expect(recipe.body.errors![0]!.message).toMatch(HANGUL);
  });
});
