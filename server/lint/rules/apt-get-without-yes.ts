/** `apt-get install` waits for a yes that no one can type during a build. */
import { at, type LintRule } from '../types.js';

const INSTALL = /\bapt-get\s+((?:-\S+\s+)*)install\b([^;&|]*)/g;
const YES = /(^|\s)(-[a-zA-Z]*y[a-zA-Z]*|--yes|--assume-yes|-qq)(\s|$)/;

export const aptGetWithoutYes: LintRule = {
  id: 'apt-get-without-yes',
  severity: 'warning',
  hadolint: 'DL3014',
  entry: 'RUN',
  description: 'apt-get install without -y stops the build at the confirmation prompt',
  check: ({ instructions }) => instructions.filter((i) => i.getKeyword() === 'RUN').flatMap((i) => {
    const args = i.getRawArgumentsContent() ?? '';
    return [...args.matchAll(INSTALL)]
      .filter((m) => !YES.test(` ${m[1] ?? ''} ${m[2] ?? ''} `))
      .map(() => ({
        ...at(i.getRange().start),
        message: 'apt-get install without -y: the build cannot answer its yes/no prompt',
        fix: `RUN ${args.replace(/\bapt-get\s+install\b/g, 'apt-get install -y')}`.replace(/\s+/g, ' ').trim(),
      }));
  }),
};
