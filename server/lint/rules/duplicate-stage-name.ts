/** Two stages with one name: `--from=name` and `--target name` can only mean one of them. */
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';

export const duplicateStageName: LintRule = {
  id: 'duplicate-stage-name',
  severity: 'error',
  hadolint: 'DL3024',
  buildkit: 'DuplicateStageName',
  entry: 'concept:multi-stage-builds',
  description: say('Two stages with the same name', '이름이 같은 단계가 둘 있음'),
  check: ({ stages }) => stages.filter((s, k) => s.name && stages.slice(0, k).some((o) => o.name === s.name)).map((s) => ({
    ...at(s.from!),
    message: say(`stage name ${s.name} is already used by an earlier FROM`, `단계 이름 ${s.name}은(는) 앞의 FROM에서 이미 썼습니다`),
    fix: say(`FROM … AS ${s.name}-2 (and update its --from references)`, `FROM … AS ${s.name}-2 (그리고 --from 참조도 고치세요)`),
  })),
};
