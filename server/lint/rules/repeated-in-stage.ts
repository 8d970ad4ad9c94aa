/** Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect; the others mislead the reader. */
import { at, type LintRule } from '../types.js';

const ONCE = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

export const repeatedInStage: LintRule = {
  id: 'repeated-in-stage',
  severity: 'warning',
  hadolint: 'DL4003/DL4004',
  entry: 'CMD',
  description: 'More than one CMD, ENTRYPOINT or HEALTHCHECK in a stage',
  check: ({ stages }) => stages.flatMap((stage) => ONCE.flatMap((keyword) => {
    const all = stage.instructions.filter((i) => i.getKeyword() === keyword);
    return all.slice(0, -1).map((i) => ({
      ...at(i.getRange().start),
      message: `${keyword} appears ${all.length} times in this stage; only the last one (line ${all.at(-1)!.getRange().start.line + 1}) takes effect`,
      fix: `remove this ${keyword}`,
    }));
  })),
};
