/**
 * A stage whose last USER is root runs its container as root; root should only be used while
 * building. Like hadolint, every stage is checked, and a stage built on one that ended as root
 * (`FROM base`) inherits it unless it switches away.
 */
import { say } from '../messages.js';
import { at, type LintRule, type Stage, type Step } from '../types.js';

export function isRootUser(user: string): boolean {
  const name = user.trim().split(':')[0]!;
  return name === 'root' || name === '0';
}

function lastUser(stage: Stage): Step | undefined {
  return stage.steps.filter((s) => s.keyword === 'USER' && !s.onbuild).at(-1);
}

export const lastUserRoot: LintRule = {
  id: 'last-user-root',
  severity: 'warning',
  hadolint: 'DL3002',
  entry: 'USER',
  description: say('A stage ends with USER root', '단계가 USER root로 끝남'),
  check: ({ stages }) => stages.filter((s) => s.index >= 0).flatMap((stage) => {
    const user = lastUser(stage);
    if (!user || !isRootUser(user.args)) return [];
    // A later stage that builds on this one and switches user is where the image really ends.
    if (stages.some((o) => o.parent === stage && lastUser(o) && !isRootUser(lastUser(o)!.args))) return [];
    return [{
      ...at(user),
      message: say('the container would run as root: this is the last USER of its stage', '이 USER가 단계의 마지막이라 컨테이너가 root로 실행됩니다'),
      fix: say('add USER <app user> after the steps that need root', 'root가 필요한 단계 뒤에 USER <앱 사용자>를 넣으세요'),
    }];
  }),
};
