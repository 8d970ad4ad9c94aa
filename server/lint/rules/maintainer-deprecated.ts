/** MAINTAINER is deprecated; a `maintainer` label carries the same fact and shows in `docker inspect`. */
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';

export const maintainerDeprecated: LintRule = {
  id: 'maintainer-deprecated',
  severity: 'warning',
  hadolint: 'DL4000',
  buildkit: 'MaintainerDeprecated',
  entry: 'MAINTAINER',
  description: say('MAINTAINER is deprecated: use LABEL maintainer=…', 'MAINTAINER는 더 이상 쓰지 않습니다. LABEL maintainer=…로 쓰세요'),
  check: ({ steps }) => steps.filter((s) => s.keyword === 'MAINTAINER').map((s) => {
    const label = `LABEL maintainer="${s.args.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    return {
      ...at(s),
      message: say('MAINTAINER is deprecated; a label records the maintainer instead', 'MAINTAINER는 폐기된 인스트럭션입니다. 관리자 정보는 레이블로 남기세요'),
      fix: say(label, label),
      ...(s.line === s.endLine && !s.onbuild ? { edit: { line: s.line, endLine: s.line, text: label } } : {}),
    };
  }),
};
