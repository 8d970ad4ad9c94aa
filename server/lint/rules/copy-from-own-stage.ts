/** A stage cannot COPY --from itself: it does not exist yet while it is being built. */
import { stepFlag } from './step-flags.js';
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';

export const copyFromOwnStage: LintRule = {
  id: 'copy-from-own-stage',
  severity: 'error',
  hadolint: 'DL3023',
  entry: 'concept:multi-stage-builds',
  description: say('COPY --from names the stage it is in', 'COPY --from이 자기 단계를 가리킴'),
  // By name, or by its own index (`--from=0` in the first stage): either way a circular build.
  check: ({ stages }) => stages.filter((stage) => stage.index >= 0).flatMap((stage) => stage.steps
    .filter((s) => {
      const from = stepFlag(s, 'from')?.toLowerCase();
      return s.keyword === 'COPY' && !!from && (from === stage.name || from === String(stage.index));
    })
    .map((s) => ({
      ...at(s),
      message: say(`--from=${stepFlag(s, 'from')} is this very stage; it cannot copy from itself while being built`, `--from=${stepFlag(s, 'from')}은(는) 바로 이 단계입니다. 만드는 중인 자신에게서는 복사할 수 없습니다`),
      fix: say('copy from an earlier stage, or use a plain COPY from the build context', '앞 단계에서 복사하거나, 빌드 컨텍스트에서 그냥 COPY하세요'),
    }))),
};
