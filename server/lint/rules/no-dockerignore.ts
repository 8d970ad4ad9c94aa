/** Without a .dockerignore the whole context folder is sent to the builder: slow, and secrets can end up in the image. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LintRule } from '../types.js';

export const noDockerignore: LintRule = {
  id: 'no-dockerignore',
  severity: 'info',
  entry: 'concept:dockerignore',
  description: 'No .dockerignore beside the build context',
  check: ({ contextDir }) => {
    if (!contextDir || existsSync(join(contextDir, '.dockerignore'))) return [];
    return [{
      line: 1, column: 1,
      message: `the build context ${contextDir} has no .dockerignore, so everything in it is sent to the builder`,
      fix: 'add a .dockerignore listing what the build does not need (.git, node_modules, build output, secrets)',
    }];
  },
};
