/**
 * `apt-get update` downloads package lists (tens of MB) that nothing needs once the packages are in;
 * removed in the same RUN they never reach a layer. Only stages that end up in the image are
 * checked: the last one and those a later FROM builds on (a stage only copied from is left alone).
 */
import { isCommand } from '../shell/command-words.js';
import { say } from '../messages.js';
import { type LintRule, type Stage, type Step } from '../types.js';
import { commandPosition, hasCacheMount, runCommands } from './run-commands.js';

export function updatesAptLists(step: Step): boolean {
  return runCommands(step).some((c) => ['apt', 'apt-get', 'aptitude'].includes(c.name) && c.args.includes('update'));
}

/**
 * `rm -rf /var/lib/apt/lists/*` in the same RUN (hadolint takes any `rm -rf` for it), or
 * `apt-get dist-clean` (apt 2.7+, Debian trixie), which clears the package lists along with the cache.
 */
export function removesAptLists(step: Step): boolean {
  return runCommands(step).some((c) => (c.name === 'rm' && c.args.some((a) => a === '-rf' || a.startsWith('/var/lib/apt/lists')))
    || isCommand(c, ['apt', 'apt-get'], ['dist-clean']));
}

/** The stage ends up in the image: it is the last one or one the last builds on (a build stage only copied from is not). */
export function inImage(stage: Stage, stages: readonly Stage[]): boolean {
  if (stage.index < 0) return true;
  for (let s: Stage | null = stages.at(-1) ?? null; s; s = s.parent) if (s === stage) return true;
  return false;
}

export const aptListsNotRemoved: LintRule = {
  id: 'apt-lists-not-removed',
  severity: 'warning',
  hadolint: 'DL3009',
  entry: 'concept:layers',
  description: say('apt-get update without removing /var/lib/apt/lists in the same RUN', '같은 RUN에서 /var/lib/apt/lists를 지우지 않는 apt-get update'),
  // An ONBUILD RUN runs in whatever image builds on this one, so it counts wherever it is.
  check: ({ stages }) => stages.flatMap((stage) => stage.steps
    .filter((s) => s.keyword === 'RUN' && (s.onbuild || inImage(stage, stages)) && updatesAptLists(s) && !removesAptLists(s)
      && !hasCacheMount(s, '/var/lib/apt/lists') && !(hasCacheMount(s, '/var/lib/apt') && hasCacheMount(s, '/var/cache/apt')))
    .map((s) => {
      const update = runCommands(s).find((c) => isCommand(c, ['apt', 'apt-get', 'aptitude'], ['update']))!;
      return {
        ...commandPosition(s, update),
        message: say('the package lists that apt-get update downloads stay in this layer', 'apt-get update가 받은 패키지 목록이 이 레이어에 그대로 남습니다'),
        fix: say('end the same RUN with && rm -rf /var/lib/apt/lists/*', '같은 RUN 끝에 && rm -rf /var/lib/apt/lists/*를 붙이세요'),
      };
    })),
};
