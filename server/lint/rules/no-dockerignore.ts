/** Without a .dockerignore the whole context folder is sent to the builder: slow, and secrets can end up in the image. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { say } from '../messages.js';
import type { LintRule } from '../types.js';

export const noDockerignore: LintRule = {
  id: 'no-dockerignore',
  severity: 'info',
  entry: 'concept:dockerignore',
  description: say('No .dockerignore beside the build context', '빌드 컨텍스트에 .dockerignore가 없음'),
  check: ({ contextDir }) => {
    if (!contextDir || existsSync(join(contextDir, '.dockerignore'))) return [];
    return [{
      line: 1, column: 1,
      message: say(`the build context ${contextDir} has no .dockerignore, so everything in it is sent to the builder`, `빌드 컨텍스트 ${contextDir}에 .dockerignore가 없어 안의 모든 것이 빌더로 보내집니다`),
      fix: say('add a .dockerignore listing what the build does not need (.git, node_modules, build output, secrets)', '빌드에 필요 없는 것(.git, node_modules, 빌드 결과물, 비밀 파일)을 적은 .dockerignore를 만드세요'),
    }];
  },
};
