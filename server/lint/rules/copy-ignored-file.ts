/**
 * COPY or ADD of a path the context's .dockerignore leaves out: the builder never receives the file,
 * so the step fails with "not found". Only with a known build context that has a .dockerignore, and,
 * as BuildKit does, not at all when the file has `!` exceptions (a folder left out with a file let
 * back in cannot be judged without the files). Sources with variables, URLs and `--from` are skipped.
 */
import { posix } from 'node:path';
import { say } from '../messages.js';
import { at, type LintRule, type RuleHit } from '../types.js';
import { REMOTE, sourcesAndDestination } from './copy-paths.js';
import { isIgnored, readDockerignore, type IgnorePattern } from './dockerignore-patterns.js';
import { stepFlag } from './step-flags.js';

/** For the context root itself (`COPY . .`), only a pattern that leaves out everything counts. */
const EVERYTHING = new Set(['*', '**', '**/*']);

function culprit(patterns: readonly IgnorePattern[], path: string): string {
  const parts = path.split('/');
  const candidates = parts.map((_, k) => parts.slice(0, k + 1).join('/'));
  return [...patterns].reverse().find((p) => !p.exclusion && candidates.some((c) => p.regex.test(c)))?.text ?? path;
}

export const copyIgnoredFile: LintRule = {
  id: 'copy-ignored-file',
  severity: 'warning',
  buildkit: 'CopyIgnoredFile',
  entry: 'concept:dockerignore',
  description: say('COPY or ADD of a file the .dockerignore leaves out of the build context', '.dockerignore가 빌드 컨텍스트에서 뺀 파일을 COPY나 ADD로 가져오려 함'),
  check: ({ steps, contextDir }) => {
    const patterns = readDockerignore(contextDir);
    if (!patterns?.length || patterns.some((p) => p.exclusion)) return [];
    const hits: RuleHit[] = [];
    for (const step of steps) {
      if (step.onbuild || (step.keyword !== 'COPY' && step.keyword !== 'ADD') || stepFlag(step, 'from') !== undefined) continue;
      for (const source of sourcesAndDestination(step).sources) {
        if (source.includes('$') || REMOTE.test(source)) continue;
        const path = posix.normalize(source).replace(/^\/+/, '').replace(/\/+$/, '') || '.';
        const ignored = path === '.' ? patterns.some((p) => EVERYTHING.has(p.text)) : isIgnored(patterns, path);
        if (!ignored) continue;
        const pattern = path === '.' ? patterns.find((p) => EVERYTHING.has(p.text))!.text : culprit(patterns, path);
        hits.push({
          ...at(step),
          message: say(
            `${step.keyword} ${source}: .dockerignore leaves ${path === '.' ? 'everything' : path} out of the build context (pattern "${pattern}"), so the builder never gets it and this step fails with "not found"`,
            `${step.keyword} ${source}: .dockerignore가 ${path === '.' ? '모든 파일' : path}을(를) 빌드 컨텍스트에서 뺍니다(패턴 "${pattern}"). 빌더가 받지 못하므로 이 단계는 "not found"로 실패합니다`,
          ),
          fix: say(
            `drop "${pattern}" from .dockerignore, or stop copying ${source}`,
            `.dockerignore에서 "${pattern}"을(를) 지우거나 ${source}을(를) 복사하지 마세요`,
          ),
        });
      }
    }
    return hits;
  },
};
