/** An empty line inside a `\` continuation: the builder skips it today but warns it will not in future versions. */
import { say } from '../messages.js';
import { type LintRule } from '../types.js';

export const emptyContinuationLine: LintRule = {
  id: 'empty-continuation-line',
  severity: 'info',
  buildkit: 'NoEmptyContinuation',
  entry: 'concept:dockerfile-habits',
  description: say('An empty line inside a continued instruction', '이어지는 인스트럭션 안의 빈 줄'),
  check: ({ steps, lines }) => steps.filter((s) => s.endLine > s.line && !/^<</.test(s.args)).flatMap((s) => {
    for (let l = s.line; l < s.endLine; l++) {
      if (/^\s*$/.test(lines[l] ?? '')) {
        // Reported where the instruction resumes, as BuildKit does.
        let resume = l;
        while (resume < s.endLine - 1 && /^\s*$/.test(lines[resume] ?? '')) resume++;
        return [{
          line: resume + 1, column: 1,
          message: say(`line ${l + 1} is empty inside a continued ${s.keyword}; future builders will end the instruction there`, `${l + 1}행은 이어지는 ${s.keyword} 안의 빈 줄입니다. 앞으로의 빌더는 인스트럭션을 거기서 끝냅니다`),
          fix: say('delete the empty line (or make it a # comment)', '빈 줄을 지우세요(또는 # 주석으로 바꾸세요)'),
        }];
      }
    }
    return [];
  }),
};
