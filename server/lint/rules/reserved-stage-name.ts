/** `scratch` and `context` mean something to the builder already; a stage by that name is ambiguous. */
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';

export const reservedStageName: LintRule = {
  id: 'reserved-stage-name',
  severity: 'warning',
  hadolint: 'DL3063',
  buildkit: 'ReservedStageName',
  entry: 'concept:multi-stage-builds',
  description: say('A stage named scratch or context', 'scratch나 context라는 이름의 단계'),
  check: ({ stages }) => stages.filter((s) => s.name === 'scratch' || s.name === 'context').map((s) => ({
    ...at(s.from!),
    message: say(`${s.name} is a reserved word; --from=${s.name} would not mean this stage`, `${s.name}은(는) 예약어라서 --from=${s.name}이(가) 이 단계를 뜻하지 않습니다`),
    fix: say(`FROM … AS ${s.name}-stage`, `FROM … AS ${s.name}-stage`),
  })),
};
