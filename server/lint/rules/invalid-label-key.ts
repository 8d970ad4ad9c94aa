/** Label keys follow Docker's convention: lower-case reverse-DNS, no `..`/`--`, and not Docker's own namespaces. */
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';
import { envPairs } from './pip-cache-dir.js';

export function invalidLabelKey(key: string): boolean {
  return !/^[a-z]/.test(key) || !/[a-z0-9]$/.test(key) || /[^0-9a-z._/-]/.test(key)
    || /^(com\.docker\.|io\.docker\.|org\.dockerproject\.)/.test(key) || key.includes('..') || key.includes('--');
}

export const invalidLabelKeyRule: LintRule = {
  id: 'invalid-label-key',
  severity: 'info',
  hadolint: 'DL3048',
  entry: 'LABEL',
  description: say('A label key outside Docker\'s naming convention', 'Docker 이름 규칙에 맞지 않는 레이블 키'),
  check: ({ steps }) => steps.filter((s) => s.keyword === 'LABEL').flatMap((s) => envPairs(s).filter(([k]) => invalidLabelKey(k)).slice(0, 1).map(([k]) => ({
    ...at(s),
    message: say(`label key ${k} breaks the convention: lower-case letters, digits, . - _ /, starting with a letter; com.docker.*, io.docker.* and org.dockerproject.* are Docker's`,
      `레이블 키 ${k}은(는) 규칙에 어긋납니다. 소문자·숫자·. - _ /만 쓰고 글자로 시작하며, com.docker.*, io.docker.*, org.dockerproject.*는 Docker 전용입니다`),
    fix: say('use a reverse-DNS key such as org.opencontainers.image.title', 'org.opencontainers.image.title 같은 역DNS 키를 쓰세요'),
  }))),
};
