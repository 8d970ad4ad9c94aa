/** Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect; the others mislead the reader. */
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';

const ONCE: readonly [string, string][] = [['CMD', 'DL4003'], ['ENTRYPOINT', 'DL4004'], ['HEALTHCHECK', 'DL3012']];

export const repeatedInStage: LintRule = {
  id: 'repeated-in-stage',
  severity: 'warning',
  hadolint: 'DL4003/DL4004/DL3012',
  buildkit: 'MultipleInstructionsDisallowed',
  entry: 'CMD',
  description: say('More than one CMD, ENTRYPOINT or HEALTHCHECK in a stage', '한 단계에 CMD, ENTRYPOINT, HEALTHCHECK가 둘 이상'),
  check: ({ stages }) => stages.flatMap((stage) => ONCE.flatMap(([keyword, code]) => {
    const all = stage.steps.filter((s) => s.keyword === keyword && !s.onbuild);
    const last = all.at(-1);
    return all.slice(0, -1).map((s) => ({
      ...at(s),
      hadolint: code,
      message: say(`${keyword} appears ${all.length} times in this stage; only the last one (line ${last!.line}) takes effect`, `이 단계에 ${keyword}이(가) ${all.length}번 나옵니다. 마지막 것(${last!.line}행)만 적용됩니다`),
      fix: say(`remove this ${keyword}`, `이 ${keyword}을(를) 지우세요`),
    }));
  })),
};
