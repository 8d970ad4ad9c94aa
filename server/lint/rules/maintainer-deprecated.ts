/** MAINTAINER is deprecated: the author belongs in a label. */
import { at, type LintRule } from '../types.js';

export const maintainerDeprecated: LintRule = {
  id: 'maintainer-deprecated',
  severity: 'warning',
  hadolint: 'DL4000',
  entry: 'MAINTAINER',
  description: 'MAINTAINER is deprecated; use LABEL maintainer="…"',
  check: ({ instructions }) => instructions.filter((i) => i.getKeyword() === 'MAINTAINER').map((i) => ({
    ...at(i.getRange().start),
    message: 'MAINTAINER is deprecated',
    fix: `LABEL maintainer="${(i.getArgumentsContent() ?? '').replace(/"/g, '\\"')}"`,
  })),
};
