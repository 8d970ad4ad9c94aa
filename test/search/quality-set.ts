/**
 * The search quality set: queries as users type them (English, Korean, mixed, typos, flags, values,
 * questions about concepts) and the entries that are a right first answer. Used by the quality test
 * and by `npm run bench:search` (hit@1, hit@3). Tune ranking on principles, never per query.
 */
export interface QualityCase {
  readonly query: string;
  /** Any of these as the first result is a hit. */
  readonly expected: readonly string[];
}

export const QUALITY_SET: readonly QualityCase[] = [
  // Names, exact and as flags.
  { query: 'restart', expected: ['docker run --restart'] },
  { query: 'healthcheck', expected: ['HEALTHCHECK'] },
  { query: 'prune', expected: ['docker image prune'] },
  { query: '--no-cache', expected: ['docker build --no-cache'] },
  { query: '-P', expected: ['docker run --publish-all'] },
  { query: 'docker save', expected: ['docker save'] },
  { query: 'image rm', expected: ['docker rmi'] },
  { query: 'build-arg', expected: ['docker build --build-arg'] },
  { query: 'cache-from', expected: ['docker build --cache-from'] },
  { query: 'insecure-registry', expected: ['dockerd --insecure-registry', 'concept:insecure-registry'] },
  { query: 'stop-signal', expected: ['docker run --stop-signal'] },
  { query: 'entrypoint', expected: ['ENTRYPOINT', 'docker run --entrypoint'] },
  { query: 'maintainer', expected: ['MAINTAINER'] },
  // Values.
  { query: 'on-failure', expected: ['docker run --restart', 'concept:restart-policies', 'compare:restart-policies'] },
  { query: 'unless-stopped', expected: ['docker run --restart', 'concept:restart-policies', 'compare:restart-policies'] },
  { query: 'dangling=true', expected: ['docker images --filter', 'concept:dangling-images'] },
  // Typos.
  { query: 'restrat', expected: ['docker run --restart'] },
  { query: 'helthcheck', expected: ['HEALTHCHECK'] },
  { query: 'dangleing', expected: ['concept:dangling-images', 'recipe:clean-dangling-images'] },
  { query: 'dockerignroe', expected: ['concept:dockerignore'] },
  // Concepts and tasks in English.
  { query: 'multi stage', expected: ['concept:multi-stage-builds', 'recipe:multi-stage-go'] },
  { query: 'save tar', expected: ['docker save', 'recipe:save-and-load'] },
  { query: 'build context', expected: ['concept:build-context'] },
  { query: 'dangling images', expected: ['concept:dangling-images', 'recipe:clean-dangling-images'] },
  { query: 'private registry', expected: ['concept:private-registry', 'recipe:private-registry', 'compare:docker-hub-vs-private-registry'] },
  { query: 'layers', expected: ['concept:layers'] },
  { query: 'webhook', expected: ['concept:docker-hub-webhooks'] },
  { query: 'shell form vs exec form', expected: ['compare:shell-vs-exec-form', 'concept:shell-vs-exec-form'] },
  { query: 'add vs copy', expected: ['compare:add-vs-copy', 'concept:add-copy'] },
  { query: 'cmd vs entrypoint', expected: ['compare:cmd-vs-entrypoint', 'concept:entrypoint-cmd'] },
  { query: 'arg vs env', expected: ['compare:arg-vs-env', 'concept:arg-env-precedence'] },
  { query: 'flatten image', expected: ['recipe:flatten-image', 'concept:flattening-layers'] },
  { query: 'push to docker hub', expected: ['recipe:push-to-docker-hub', 'docker push'] },
  { query: 'remove image used by container', expected: ['recipe:remove-blocking-containers', 'docker rmi', 'concept:untagging'] },
  { query: 'variable default value', expected: ['concept:variable-expansion'] },
  { query: 'build cache', expected: ['concept:build-cache'] },
  { query: 'intermediate containers', expected: ['concept:build-steps'] },
  { query: 'untagged', expected: ['concept:untagging'] },
  { query: 'official images', expected: ['concept:docker-hub'] },
  { query: 'gcr.io', expected: ['concept:registry-prefix'] },
  { query: 'publish all ports', expected: ['docker run --publish-all'] },
  { query: 'run in background', expected: ['docker run --detach'] },
  { query: 'environment variable', expected: ['ENV', 'docker run --env'] },
  // Korean.
  { query: '재시작', expected: ['docker run --restart', 'concept:restart-policies', 'compare:restart-policies'] },
  { query: '재시작 정책', expected: ['concept:restart-policies', 'compare:restart-policies', 'docker run --restart'] },
  { query: '상태 체크', expected: ['HEALTHCHECK'] },
  { query: '캐시', expected: ['concept:build-cache'] },
  { query: '캐시를 쓰지 않고 빌드', expected: ['docker build --no-cache', 'concept:build-cache'] },
  { query: '웹훅', expected: ['concept:docker-hub-webhooks'] },
  { query: '댕글링', expected: ['concept:dangling-images', 'recipe:clean-dangling-images'] },
  { query: '댕글링 이미지 삭제', expected: ['recipe:clean-dangling-images', 'concept:dangling-images', 'docker image prune'] },
  { query: '태그', expected: ['docker tag', 'concept:image-name'] },
  { query: '멀티 스테이지', expected: ['concept:multi-stage-builds', 'recipe:multi-stage-go'] },
  { query: '사설 레지스트리', expected: ['concept:private-registry', 'recipe:private-registry'] },
  { query: '빌드 컨텍스트', expected: ['concept:build-context'] },
  { query: '레이어', expected: ['concept:layers'] },
  { query: '이미지 추출', expected: ['docker save', 'docker export', 'concept:save-load-export-import'] },
  { query: '환경 변수', expected: ['ENV', 'docker run --env'] },
  { query: '포트 연결', expected: ['docker run --publish', 'docker run --publish-all', 'EXPOSE'] },
  { query: '작업 디렉터리', expected: ['WORKDIR', 'docker run --workdir'] },
  { query: '컨테이너를 이미지로 커밋', expected: ['docker commit', 'recipe:commit-container'] },
  { query: '시그널', expected: ['STOPSIGNAL', 'docker run --stop-signal', 'docker stop'] },
  // Mixed.
  { query: 'COPY --from 멀티 스테이지', expected: ['concept:multi-stage-builds', 'COPY'] },
  { query: 'docker run 재시작', expected: ['docker run --restart'] },
];
