/**
 * COPY --from must name an earlier stage (by name or index) or an image. A bare name that is no
 * stage is taken for an image (`--from=nginx`), so it is a warning: usually a misspelt stage.
 */
import { stepFlag } from './step-flags.js';
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';

export const copyFromUnknownStage: LintRule = {
  id: 'copy-from-unknown-stage',
  severity: 'warning',
  hadolint: 'DL3022',
  entry: 'concept:multi-stage-builds',
  description: say('COPY --from names a stage that is not defined before it', 'COPY --from이 앞에서 정의하지 않은 단계를 가리킴'),
  check: ({ stages }) => stages.flatMap((stage) => stage.steps.filter((s) => s.keyword === 'COPY').flatMap((s) => {
    const from = stepFlag(s, 'from')?.replace(/^["']|["']$/g, '');
    if (!from || from.includes('$') || /[:/@]/.test(from)) return [];
    const known = stages.filter((o) => o.index >= 0 && o.index <= stage.index);
    if (/^\d+$/.test(from) ? Number(from) <= Math.max(stage.index, -1) : known.some((o) => o.name === from.toLowerCase())) return [];
    const names = known.filter((o) => o !== stage).map((o) => o.name ?? String(o.index));
    return [{
      ...at(s),
      message: say(`--from=${from} is not a stage defined above${names.length ? ` (stages: ${names.join(', ')})` : ' (this is the first stage)'}`,
        `--from=${from}은(는) 위에서 정의한 단계가 아닙니다${names.length ? ` (단계: ${names.join(', ')})` : ' (이것이 첫 단계입니다)'}`),
      fix: names.length ? say(`COPY --from=${names.at(-1)} …`, `COPY --from=${names.at(-1)} …`)
        : say('name the earlier stage with FROM <image> AS <name>, then COPY --from=<name>', '앞 단계에 FROM <이미지> AS <이름>으로 이름을 붙이고 COPY --from=<이름>으로 쓰세요'),
    }];
  })),
};
