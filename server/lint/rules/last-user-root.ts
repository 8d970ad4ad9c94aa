/**
 * A stage whose last USER is root runs its container as root; root should only be used while
 * building. Like hadolint, every stage is checked, and a stage built on one that ended as root
 * (`FROM base`) inherits it unless it switches away. A stage that later stages only copy or mount
 * files from is a build step, so it may stay root.
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

/** A later stage copies or mounts files from this one (`COPY --from=build`, `RUN --mount=from=build`). */
function usedAsSource(stage: Stage, stages: readonly Stage[]): boolean {
  const names = [String(stage.index), ...(stage.name ? [stage.name] : [])];
  const sources = (step: Step) => step.flags.flatMap((f) => {
    const value = (f.getValue() ?? '').replace(/^["']|["']$/g, '').toLowerCase();
    if (f.getName() === 'from') return [value];
    return f.getName() === 'mount' ? value.split(',').filter((o) => o.startsWith('from=')).map((o) => o.slice(5)) : [];
  });
  return stages.some((o) => o.index > stage.index && o.steps.some((s) => sources(s).some((n) => names.includes(n))));
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
    // A stage that later stages only copy from (`COPY --from=build-jsa`) is a build step, not a container.
    if (stage !== stages.at(-1) && usedAsSource(stage, stages)) return [];
    return [{
      ...at(user),
      message: say('the container would run as root: this is the last USER of its stage', '이 USER가 단계의 마지막이라 컨테이너가 root로 실행됩니다'),
      fix: say('add USER <app user> after the steps that need root', 'root가 필요한 단계 뒤에 USER <앱 사용자>를 넣으세요'),
    }];
  }),
};
