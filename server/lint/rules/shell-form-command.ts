/** CMD and ENTRYPOINT in shell form run under /bin/sh -c: signals go to the shell, not the program. */
import { at, type LintRule } from '../types.js';

export const shellFormCommand: LintRule = {
  id: 'shell-form-command',
  severity: 'warning',
  hadolint: 'DL3025',
  entry: 'concept:shell-vs-exec-form',
  description: 'CMD or ENTRYPOINT in shell form instead of JSON (exec) form',
  check: ({ instructions }) => instructions
    .filter((i) => (i.getKeyword() === 'CMD' || i.getKeyword() === 'ENTRYPOINT') && !/^\s*\[/.test(i.getRawArgumentsContent() ?? '['))
    .map((i) => {
      const args = i.getArguments().map((a) => a.getValue());
      return {
        ...at(i.getRange().start),
        message: `${i.getKeyword()} in shell form runs under /bin/sh -c, so the program does not get docker stop's signal; use the JSON form`,
        fix: `${i.getKeyword()} ${JSON.stringify(args)}`,
      };
    }),
};
