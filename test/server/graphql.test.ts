import * as catalog from '../../data/catalog/index.js';
/** GraphQL in-process through the real HTTP pipeline: queries, errors, limits, caching, and no N+1. */
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../../schema/tables.js';
import { createContext } from '../../server/graphql/context.js';
import { createApolloServer } from '../../server/graphql/apollo-server.js';
import type { KnowledgeBase } from '../../server/database/open-database.js';
import { createTestApp, graphql, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

describe('queries', () => {
  it('searches with a connection: edges with cursor, score and snippet, pageInfo, totalCount', async () => {
    const { body } = await graphql(t.app, `{ search(query: "run --restart", first: 2) {
      totalCount pageInfo { hasNextPage endCursor } nodes { name }
      edges { cursor score snippet matched node { id kind name title ... on Option { long values command { name } } } } } }`);
    const search = body.data!.search as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Record<string, unknown>; snippet: string }[] };
    expect(search.edges[0]!.node).toMatchObject({ id: 'option:run:--restart', kind: 'OPTION', name: 'docker run --restart', long: '--restart', values: ['no', 'always', 'on-failure[:N]', 'unless-stopped'], command: { name: 'docker run' } });
    expect(search.edges[0]!.snippet).toContain('«');
    expect(search.pageInfo.hasNextPage).toBe(true);
    const next = await graphql(t.app, `query($after: String) { search(query: "run --restart", first: 2, after: $after) { nodes { name } } }`, { after: search.pageInfo.endCursor });
    expect((next.body.data!.search as { nodes: { name: string }[] }).nodes.map((n) => n.name)).not.toContain('docker run --restart');
  });

  it('serves entries with their note lines and the errata beside them, in the asked language', async () => {
    const { body } = await graphql(t.app, `{ command(name: "build") { name title summary(lang: KO) usage
      notes { startLine endLine role text section { path title } errata { line suggestion severity } } } }`);
    const command = body.data!.command as { notes: { startLine: number; errata: { suggestion: string }[] }[]; summary: string };
    expect(command.summary).toMatch(/\p{Script=Hangul}/u);
    const at389 = command.notes.find((n) => n.startLine === 389)!;
    expect(at389.errata.map((e) => e.suggestion)).toEqual(['docker build --no-cache -t mybuild:0.1 .']);
  });

  it('takes the language from Accept-Language when no lang argument is given', async () => {
    const { body } = await graphql(t.app, '{ instruction(name: "healthcheck") { name summary } }', undefined, { 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.8' });
    expect((body.data!.instruction as { summary: string }).summary).toMatch(/\p{Script=Hangul}/u);
  });

  it('answers compare, section, recipes, explain, generate, fillRecipe, lint and build', async () => {
    const { body, status } = await graphql(t.app, `{
      compare(a: "ADD", b: "COPY") { a { name } b { name } comparison { slug rows { aspect cells } } }
      section(path: "2.3.4.2") { title startLine endLine errata { line } }
      recipes { slug }
      explain(line: "docker run --restrat=always nginx") { tokens { text role entry { name } } problems { message suggestion } }
      valued: explain(line: "docker run --restart=on-failure:3 -p 8080:80 nginx:1.27") { tokens { text meaning ko: meaning(lang: KO) } }
      explainDockerfileLine(line: "HEALTHCHECK --interval=1m CMD curl -f http://localhost || exit 1") { instruction form tokens { text role meaning } }
      generate(input: { command: "run", options: [{ name: "restart", values: ["always"] }, { name: "d" }], args: ["nginx"] }) { line }
      fillRecipe(slug: "private-registry") { commands }
      lintDockerfile(source: "FROM ubuntu\\nMAINTAINER me\\nCMD app") { findings { rule line entry { name } } }
      build { id version }
    }`);
    expect(status).toBe(200);
    const d = body.data as Record<string, any>;
    expect(d.compare.comparison.slug).toBe('add-vs-copy');
    expect(d.section).toMatchObject({ title: '도커 사설 레지스트리', startLine: 176 });
    expect(d.recipes).toHaveLength(catalog.recipes.length);
    expect(d.explain.problems[0].suggestion).toBe('docker run --restart=always nginx');
    expect(d.explainDockerfileLine).toMatchObject({ instruction: 'HEALTHCHECK', form: 'shell' });
    expect(d.explainDockerfileLine.tokens.find((x: { text: string }) => x.text === '1m').meaning).toBe('1 minute');
    const valued = Object.fromEntries(d.valued.tokens.map((x: { text: string; meaning: string | null; ko: string | null }) => [x.text, [x.meaning, x.ko]]));
    expect(valued['--restart']).toEqual([null, null]);
    expect(valued['on-failure:3'][0]).toMatch(/non-zero code/);
    expect(valued['8080:80']).toEqual(['Port 8080 of the host (every address) → container port 80/tcp', '호스트(모든 주소)의 포트 8080 → 컨테이너 포트 80/tcp']);
    expect(valued['nginx:1.27'][1]).toBe('이미지 docker.io/library/nginx (이름만 쓰면 Docker Hub 공식 이미지 자리인 library/로 읽힘), 태그 1.27');
    expect(d.generate.line).toBe('docker run --detach --restart always nginx');
    expect(d.fillRecipe.commands[0]).toBe('docker run -d --name my-registry -p 5000:5000 --restart=always registry:2');
    expect(d.lintDockerfile.findings.map((f: { rule: string }) => f.rule)).toEqual(['from-without-tag', 'maintainer-deprecated', 'shell-form-command']);
    expect(d.build.id).toBe(t.source.current().buildId);
  });
});

describe('errors', () => {
  it('gives each bad input a 4xx-free GraphQL error with a code, and keeps serving', async () => {
    const cases: [string, string][] = [
      ['{ search(query: "x", first: 500) { totalCount } }', 'BAD_INPUT'],
      ['{ search(query: "x", after: "nope!") { totalCount } }', 'BAD_INPUT'],
      ['{ compare(a: "ADD", b: "nothing-here") { a { name } } }', 'NOT_FOUND'],
      ['{ generate(input: { command: "rnu" }) { line } }', 'BAD_INPUT'],
      ['{ fillRecipe(slug: "private-registry", values: [{ name: "registry_port", value: "99999" }]) { commands } }', 'BAD_INPUT'],
    ];
    for (const [query, code] of cases) {
      const { body } = await graphql(t.app, query);
      expect(body.errors?.[0]?.extensions?.code, query).toBe(code);
    }
    expect((await graphql(t.app, '{ build { id } }')).status).toBe(200);
  });

  it('rejects unknown fields without suggesting field names', async () => {
    const { status, body } = await graphql(t.app, '{ serch(query: "x") { totalCount } }', undefined, { accept: 'application/graphql-response+json' });
    expect(status).toBe(400);
    // Answered as application/json, a request error is a 200, as the GraphQL over HTTP spec says.
    expect((await graphql(t.app, '{ serch(query: "x") { totalCount } }')).status).toBe(200);
    expect(body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors![0]!.message).not.toMatch(/Did you mean/);
  });

  it('rejects deep queries and alias bombs without saying the limits', async () => {
    const deep = `{ command(name: "run") { ${'related { '.repeat(14)} name ${'}'.repeat(14)} } }`;
    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: build { id }`).join(' ')} }`;
    for (const query of [deep, aliases]) {
      const { status, body } = await graphql(t.app, query, undefined, { accept: 'application/graphql-response+json' });
      expect(status, query.slice(0, 40)).toBe(400);
      expect(body.errors![0]!.message).not.toMatch(/\d{2}/);
    }
  });

  it('answers malformed JSON, a 2 MB body and a wrong content type with 4xx in GraphQL\'s error shape', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: '{"query": ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].extensions.code).toBe('BAD_INPUT');
    const big = await t.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ query: `{ build { id } } #${'x'.repeat(2_000_000)}` }) });
    expect(big.statusCode).toBe(413);
    expect(big.json().errors[0].extensions.code).toBe('TOO_LARGE');
    const xml = await t.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/xml' }, payload: '<q/>' });
    expect(xml.statusCode).toBe(415);
    // A plain GET (no preflight header, no content type) is a read any client may make: urql's, for one.
    const simple = await t.app.inject({ method: 'GET', url: '/graphql?query=%7Bbuild%7Bid%7D%7D' });
    expect(simple.statusCode).toBe(200);
  });
});

describe('caching for docs sites', () => {
  it('serves GET queries with Cache-Control and an ETag, and 304 for If-None-Match', async () => {
    const url = `/graphql?query=${encodeURIComponent('{ instruction(name: "COPY") { name summary } }')}`;
    const headers = { 'apollo-require-preflight': 'true' };
    const first = await t.app.inject({ method: 'GET', url, headers });
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toMatch(/max-age=300/);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]{22}"$/);
    const again = await t.app.inject({ method: 'GET', url, headers: { ...headers, 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
  });

  it('runs automatic persisted queries by hash', async () => {
    const query = '{ build { version } }';
    const { createHash } = await import('node:crypto');
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }));
    const headers = { 'apollo-require-preflight': 'true' };
    const miss = await t.app.inject({ method: 'GET', url: `/graphql?extensions=${extensions}`, headers });
    expect(miss.json().errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    await t.app.inject({ method: 'GET', url: `/graphql?query=${encodeURIComponent(query)}&extensions=${extensions}`, headers });
    const hit = await t.app.inject({ method: 'GET', url: `/graphql?extensions=${extensions}`, headers });
    expect(hit.json().data.build.version).toBeTruthy();
  });

  it('lets any origin read by default', async () => {
    const r = await t.app.inject({ method: 'OPTIONS', url: '/graphql', headers: { origin: 'https://docs.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect(r.headers['access-control-allow-origin']).toBe('*');
  });
});

describe('no N+1', () => {
  it('loads a page of 20 results with their notes, examples, related entries and errata in a constant number of statements', async () => {
    const base = t.source.current();
    let statements = 0;
    const counting = new Proxy(base.sqlite, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (property === 'prepare') return (sql: string) => { statements++; return target.prepare(sql); };
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    }) as Database.Database;
    const kb: KnowledgeBase = { ...base, sqlite: counting, db: drizzle(counting, { schema }) };
    const apollo = createApolloServer({ production: true });
    await apollo.start();
    const run = async (first: number) => {
      statements = 0;
      const result = await apollo.executeOperation({
        query: `query($first: Int) { search(query: "image", first: $first) { nodes { name aliases notes { startLine text section { title } errata { line } } examples { text } related { name } errata { line } } } }`,
        variables: { first },
      }, { contextValue: createContext(kb, undefined) });
      expect(result.body.kind === 'single' && result.body.singleResult.errors).toBeUndefined();
      return statements;
    };
    await run(5); // prepares the statements search caches
    const five = await run(5);
    const twenty = await run(20);
    await apollo.stop();
    expect(twenty).toBe(five);
    expect(twenty).toBeLessThan(25);
  });
});
