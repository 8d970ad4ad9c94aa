/** EXPOSE takes ports 0–65535; anything above is refused when the container is created. */
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';

export const exposePortRange: LintRule = {
  id: 'expose-port-range',
  severity: 'error',
  hadolint: 'DL3011',
  entry: 'EXPOSE',
  description: say('EXPOSE of a port above 65535', '65535보다 큰 포트를 EXPOSE함'),
  check: ({ steps }) => steps.filter((s) => s.keyword === 'EXPOSE').flatMap((s) => s.words.filter((w) => {
    if (w.includes('$')) return false;
    return w.replace(/\/\w+$/, '').split('-').some((p) => /^\d+$/.test(p) && Number(p) > 65535);
  }).map((w) => ({
    ...at(s),
    message: say(`port ${w} is out of range: ports go from 0 to 65535`, `포트 ${w}은(는) 범위를 벗어났습니다. 포트는 0부터 65535까지입니다`),
    fix: say('EXPOSE a port between 1 and 65535', '1~65535 사이의 포트를 EXPOSE하세요'),
  }))),
};
