/** The container runs as the last USER of the final stage; root should only be used while building. */
import { at, type LintRule } from '../types.js';

export const lastUserRoot: LintRule = {
  id: 'last-user-root',
  severity: 'warning',
  hadolint: 'DL3002',
  entry: 'USER',
  description: 'The last USER of the final stage is root',
  check: ({ stages }) => {
    const last = stages.at(-1);
    const user = last?.instructions.filter((i) => i.getKeyword() === 'USER').at(-1);
    if (!user) return [];
    const name = (user.getArgumentsContent() ?? '').split(':')[0]!.trim();
    if (name !== 'root' && name !== '0') return [];
    return [{ ...at(user.getRange().start), message: 'the container will run as root', fix: 'switch to an unprivileged user at the end: USER app (create it with RUN useradd)' }];
  },
};
