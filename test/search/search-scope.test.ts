/** A search per SCOPE.md item: each must be found among the first results, in English and in Korean. */
import { afterAll, describe, expect, it } from 'vitest';
import { searchEntries } from '../../server/search/search-entries.js';
import { buildTempKnowledgeBase } from '../helpers/temp-database.js';

const kb = buildTempKnowledgeBase();
afterAll(() => kb.close());

const top = (query: string, n = 5) => searchEntries(kb, query, { limit: n }).results.map((r) => r.name);

/** [query, the entry it must find] */
const CASES: readonly (readonly [string, string])[] = [
  // Commands, by name and by alias.
  ...['search', 'pull', 'create', 'run', 'commit', 'images', 'inspect', 'rmi', 'save', 'load', 'export', 'import', 'tag', 'push', 'stop', 'rm', 'build', 'login', 'ps']
    .map((c) => [c, `docker ${c}`] as const),
  ['image prune', 'docker image prune'], ['image ls', 'docker images'], ['image rm', 'docker rmi'],
  // Options the notes explain.
  ['run -i', 'docker run --interactive'], ['run -t', 'docker run --tty'], ['run -d', 'docker run --detach'],
  ['run -P', 'docker run --publish-all'], ['run -p', 'docker run --publish'], ['run --name', 'docker run --name'],
  ['run -e', 'docker run --env'], ['restart', 'docker run --restart'], ['entrypoint', 'docker run --entrypoint'],
  ['stop-signal', 'docker run --stop-signal'], ['commit -a', 'docker commit --author'], ['commit -m', 'docker commit --message'],
  ['images -f', 'docker images --filter'], ['inspect --type', 'docker inspect --type'], ['rmi -f', 'docker rmi --force'],
  ['save -o', 'docker save --output'], ['load -i', 'docker load --input'], ['build -t', 'docker build --tag'],
  ['no-cache', 'docker build --no-cache'], ['cache-from', 'docker build --cache-from'], ['build-arg', 'docker build --build-arg'],
  ['insecure-registry', 'dockerd --insecure-registry'],
  // Dockerfile instructions.
  ...['FROM', 'MAINTAINER', 'LABEL', 'RUN', 'ADD', 'COPY', 'WORKDIR', 'EXPOSE', 'CMD', 'ENTRYPOINT', 'ENV', 'VOLUME', 'ARG', 'USER', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL']
    .map((i) => [i.toLowerCase(), i] as const),
  ['healthcheck interval', 'HEALTHCHECK'], ['copy --from', 'COPY'],
  // Concepts.
  ['image name tag latest', 'concept:image-name'], ['docker hub official image', 'concept:docker-hub'],
  ['docker.io gcr.io', 'concept:registry-prefix'], ['layers', 'concept:layers'], ['inspect Layers', 'concept:image-inspect-layers'],
  ['untagged', 'concept:untagging'], ['dangling', 'concept:dangling-images'], ['save load export import', 'concept:save-load-export-import'],
  ['webhook', 'concept:docker-hub-webhooks'], ['private registry', 'concept:private-registry'], ['insecure registry https', 'concept:insecure-registry'],
  ['restart policy', 'concept:restart-policies'], ['build context', 'concept:build-context'], ['.dockerignore', 'concept:dockerignore'],
  ['intermediate container', 'concept:build-steps'], ['build cache', 'concept:build-cache'], ['failed build none', 'concept:failed-build-images'],
  ['multi stage', 'concept:multi-stage-builds'], ['variable expansion default', 'concept:variable-expansion'], ['ARG ENV precedence', 'concept:arg-env-precedence'],
  ['shell form exec form', 'concept:shell-vs-exec-form'], ['ENTRYPOINT CMD', 'concept:entrypoint-cmd'], ['ADD COPY', 'concept:add-copy'],
  ['dockerfile habits', 'concept:dockerfile-habits'], ['flatten layers', 'concept:flattening-layers'],
  // Comparisons.
  ['save vs export', 'compare:save-load-vs-export-import'], ['add vs copy', 'compare:add-vs-copy'], ['cmd vs entrypoint', 'compare:cmd-vs-entrypoint'],
  ['arg vs env', 'compare:arg-vs-env'], ['shell vs exec', 'compare:shell-vs-exec-form'], ['commit vs build', 'compare:commit-vs-build'],
  ['docker hub vs private registry', 'compare:docker-hub-vs-private-registry'], ['always unless-stopped on-failure', 'compare:restart-policies'],
  // Recipes.
  ['commit a container to an image', 'recipe:commit-container'], ['push docker hub', 'recipe:push-to-docker-hub'], ['run private registry', 'recipe:private-registry'],
  ['save tar load', 'recipe:save-and-load'], ['flatten image', 'recipe:flatten-image'], ['clean dangling images', 'recipe:clean-dangling-images'],
  ['remove containers blocking rmi', 'recipe:remove-blocking-containers'], ['build image context tag', 'recipe:build-image'], ['multi-stage go', 'recipe:multi-stage-go'],
  ['entrypoint script', 'recipe:entrypoint-script'],
];

const KOREAN: readonly (readonly [string, string])[] = [
  ['재시작', 'docker restart'], ['run 재시작', 'docker run --restart'], ['재시작 정책', 'concept:restart-policies'], ['댕글링', 'concept:dangling-images'], ['캐시', 'concept:build-cache'],
  ['태그', 'docker tag'], ['삭제', 'docker rmi'], ['상태 체크', 'HEALTHCHECK'], ['멀티 스테이지', 'concept:multi-stage-builds'], ['웹훅', 'concept:docker-hub-webhooks'],
  ['사설 레지스트리', 'concept:private-registry'], ['빌드 컨텍스트', 'concept:build-context'], ['레이어', 'concept:layers'], ['환경 변수', 'ENV'],
  ['컨테이너를 이미지로', 'docker commit'], ['이미지 추출', 'docker save'], ['캐시를', 'concept:build-cache'],
];

describe('search finds every SCOPE.md item', () => {
  it.each(CASES)('%s → %s', (query, expected) => {
    expect(top(query)).toContain(expected);
  });
});

describe('search in Korean', () => {
  it.each(KOREAN)('%s → %s', (query, expected) => {
    expect(top(query)).toContain(expected);
  });
});

describe('search input', () => {
  it('puts an exact name first', () => {
    expect(top('restart', 2)).toEqual(['docker restart', 'docker run --restart']);
    expect(top('docker compose up', 1)).toEqual(['docker compose up']);
    expect(top('logs', 1)).toEqual(['docker logs']);
    expect(top('healthcheck', 1)).toEqual(['HEALTHCHECK']);
    expect(top('prune', 1)).toEqual(['docker image prune']);
  });

  it('reads FTS syntax in the query as plain words', () => {
    for (const q of ['"', 'NEAR(a b)', 'run OR', '*', 'a AND', '-', "'); DROP TABLE entries; --", 'col:run', '^x']) {
      expect(() => searchEntries(kb, q)).not.toThrow();
    }
    expect(searchEntries(kb, 'name:restart').results.map((r) => r.name)).toContain('docker run --restart');
  });

  it('refuses a query over 200 characters and a bad limit, saying which', () => {
    expect(() => searchEntries(kb, 'x'.repeat(201))).toThrow('the query is 201 characters long; the limit is 200');
    expect(() => searchEntries(kb, 'run', { limit: 0 })).toThrow('limit must be a whole number from 1 to 100, not 0');
  });

  it('filters by kind and answers in the asked language', () => {
    const r = searchEntries(kb, 'cache', { kinds: ['concept'], lang: 'ko' }).results;
    expect(r.every((x) => x.kind === 'concept')).toBe(true);
    expect(r[0]!.summary).toMatch(/\p{Script=Hangul}/u);
  });
});
