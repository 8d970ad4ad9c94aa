/** Without HEALTHCHECK, Docker only knows the process is running, not that it answers. Off unless enabled. */
import { say } from '../messages.js';
import { at, type LintRule, type Stage } from '../types.js';

function hasHealthcheck(stage: Stage | null): boolean {
  for (let s = stage; s; s = s.parent) if (s.steps.some((i) => i.keyword === 'HEALTHCHECK')) return true;
  return false;
}

export const healthcheckMissing: LintRule = {
  id: 'healthcheck-missing',
  severity: 'info',
  hadolint: 'DL3057',
  optional: true,
  entry: 'HEALTHCHECK',
  description: say('A stage that ends an image has no HEALTHCHECK', '이미지를 마무리하는 단계에 HEALTHCHECK가 없음'),
  check: ({ stages }) => {
    // Every stage no later stage builds on can be a --target, so each of them is an image.
    const leaves = stages.filter((s) => s.from && !stages.some((o) => o.parent === s) && !hasHealthcheck(s));
    return leaves.map((leaf) => ({
      ...at(leaf.from!),
      message: say('the image has no HEALTHCHECK, so Docker cannot tell a hung service from a healthy one', '이미지에 HEALTHCHECK가 없어 Docker가 멈춘 서비스와 정상 서비스를 구별하지 못합니다'),
      fix: say('HEALTHCHECK CMD …, or HEALTHCHECK NONE to say it is on purpose', 'HEALTHCHECK CMD …, 일부러 뺀 것이면 HEALTHCHECK NONE'),
    }));
  },
};
