/** ONBUILD cannot trigger ONBUILD, FROM or MAINTAINER: the builder refuses them. */
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';

export const onbuildForbiddenTrigger: LintRule = {
  id: 'onbuild-forbidden-trigger',
  severity: 'error',
  hadolint: 'DL3043',
  entry: 'ONBUILD',
  description: say('ONBUILD ONBUILD, ONBUILD FROM or ONBUILD MAINTAINER', 'ONBUILD 안의 ONBUILD, FROM, MAINTAINER'),
  check: ({ steps }) => steps.filter((s) => s.onbuild && ['ONBUILD', 'FROM', 'MAINTAINER'].includes(s.keyword)).map((s) => ({
    ...at(s),
    message: say(`ONBUILD ${s.keyword} is not allowed: the build stops at it`, `ONBUILD ${s.keyword}은(는) 허용되지 않아 빌드가 여기서 멈춥니다`),
    fix: say(s.keyword === 'MAINTAINER' ? 'LABEL maintainer=… without ONBUILD' : `drop the ONBUILD ${s.keyword}`, s.keyword === 'MAINTAINER' ? 'ONBUILD 없이 LABEL maintainer=…' : `ONBUILD ${s.keyword}을(를) 빼세요`),
  })),
};
