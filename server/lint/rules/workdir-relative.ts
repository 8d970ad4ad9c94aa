/** A relative WORKDIR depends on every WORKDIR before it (and on the base image's); an absolute path says where it is. */
import { say } from '../messages.js';
import { at, type LintRule, type Stage, type Step } from '../types.js';
import { unquote } from './copy-paths.js';

export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || path.startsWith('$') || /^[A-Za-z]:/.test(path) || path.startsWith('\\');
}

function afterAbsolute(step: Step): boolean {
  for (let stage: Stage | null = step.stage, limit = step.line; stage; stage = stage.parent, limit = Infinity) {
    if (stage.steps.some((w) => w.keyword === 'WORKDIR' && w.line < limit && isAbsolutePath(unquote(w.args)))) return true;
  }
  return false;
}

export const workdirRelative: LintRule = {
  id: 'workdir-relative',
  severity: 'info',
  hadolint: 'DL3000',
  buildkit: 'WorkdirRelativePath',
  entry: 'WORKDIR',
  description: say('WORKDIR with a relative path', '상대 경로로 쓴 WORKDIR'),
  // After an absolute WORKDIR (in this stage or one it builds on) a relative one is plain to read, as BuildKit judges.
  check: ({ steps }) => steps.filter((s) => s.keyword === 'WORKDIR' && s.args && !isAbsolutePath(unquote(s.args)) && !afterAbsolute(s)).map((s) => ({
    ...at(s),
    message: say(`WORKDIR ${s.args} is relative: it lands under whatever WORKDIR came before (the base image's, if none)`,
      `WORKDIR ${s.args}은(는) 상대 경로라서 앞선 WORKDIR(없으면 베이스 이미지의 것) 아래로 갑니다`),
    fix: say(`WORKDIR /${unquote(s.args)} (or the absolute path you mean)`, `WORKDIR /${unquote(s.args)} (또는 뜻하는 절대 경로)`),
  })),
};
