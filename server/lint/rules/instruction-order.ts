/** Only ARG (and comments and parser directives) may come before the first FROM; the builder refuses anything else. */
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';

export const instructionOrder: LintRule = {
  id: 'instruction-order',
  severity: 'error',
  hadolint: 'DL3061',
  entry: 'FROM',
  description: say('An instruction other than ARG before the first FROM', '첫 FROM 앞에 ARG가 아닌 인스트럭션이 있음'),
  check: ({ stages }) => {
    const preamble = stages[0]!;
    const first = preamble.steps.find((s) => s.keyword !== 'ARG');
    // A snippet with no FROM at all is a fragment, not a Dockerfile in the wrong order.
    if (!first || stages.length === 1) return [];
    return [{
      ...at(first),
      message: say(`${first.keyword} comes before the first FROM; only ARG may`, `${first.keyword}이(가) 첫 FROM보다 앞에 있습니다. FROM 앞에는 ARG만 올 수 있습니다`),
      fix: say('move it below the FROM it belongs to', '해당 FROM 아래로 옮기세요'),
    }];
  },
};
