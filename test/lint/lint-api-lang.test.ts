/**
 * The server lints in the request's language, the same way over GraphQL (Accept-Language) and REST
 * (?lang=, else Accept-Language), through the lint worker pool as a deployment runs it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, graphql, type TestApp } from '../helpers/test-app.js';

const SOURCE = 'FROM ubuntu\nMAINTAINER me\nCOPY $foo /app/';
const QUERY = 'query($source: String!) { lintDockerfile(source: $source) { findings { rule message fix } } }';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

type Finding = { rule: string; message: string; fix: string };

async function overGraphql(headers: Record<string, string> = {}): Promise<Finding[]> {
  const { body } = await graphql(t.app, QUERY, { source: SOURCE }, headers);
  expect(body.errors).toBeUndefined();
  return (body.data!.lintDockerfile as { findings: Finding[] }).findings;
}

async function overRest(query: string, headers: Record<string, string> = {}): Promise<Finding[]> {
  const response = await t.app.inject({ method: 'POST', url: `/api/v1/lint${query}`, headers: { 'content-type': 'text/plain', ...headers }, payload: SOURCE });
  expect(response.statusCode).toBe(200);
  return (response.json() as { findings: Finding[] }).findings;
}

describe('lint over the API, in the asked language', () => {
  it('GraphQL: Korean for Accept-Language ko, English without', async () => {
    const ko = await overGraphql({ 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.5' });
    const en = await overGraphql();
    expect(ko.map((f) => f.rule)).toEqual(en.map((f) => f.rule));
    expect(ko.find((f) => f.rule === 'undefined-var')).toEqual({
      rule: 'undefined-var',
      message: '$foo은(는) 정의되지 않았습니다. 3번 줄의 COPY 앞에 이 값을 정하는 ARG나 ENV가 없어 빈 문자열로 바뀝니다',
      fix: '3번 줄 위에 ARG foo(또는 ENV foo=…)을(를) 선언하세요',
    });
    expect(en.find((f) => f.rule === 'undefined-var')?.message).toBe('$foo is not defined here: no ARG or ENV before COPY on line 3 sets it, so it expands to an empty string');
    for (const f of ko) expect(f.message, f.rule).toMatch(/\p{Script=Hangul}/u);
    for (const f of en) expect(f.message, f.rule).not.toMatch(/\p{Script=Hangul}/u);
  });

  it('REST: ?lang=ko, or Accept-Language, gives the same findings as GraphQL', async () => {
    const graphqlKo = await overGraphql({ 'accept-language': 'ko' });
    const restKo = await overRest('?lang=ko');
    expect(restKo.map((f) => [f.rule, f.message, f.fix])).toEqual(graphqlKo.map((f) => [f.rule, f.message, f.fix]));
    expect((await overRest('', { 'accept-language': 'ko' })).map((f) => f.message)).toEqual(graphqlKo.map((f) => f.message));
    expect((await overRest('?lang=en', { 'accept-language': 'ko' })).map((f) => f.message)).toEqual((await overGraphql()).map((f) => f.message));
  });
});
