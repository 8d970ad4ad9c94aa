/** Each RUN is a layer: consecutive RUNs can usually be one, joined with &&. */
import { at, type LintRule } from '../types.js';
import { flagsOf } from '../../dockerfile/instruction-flags.js';

export const consecutiveRun: LintRule = {
  id: 'consecutive-run',
  severity: 'info',
  hadolint: 'DL3059',
  entry: 'concept:dockerfile-habits',
  description: 'Consecutive RUN instructions that could be one layer',
  check: ({ stages }) => stages.flatMap((stage) => stage.instructions.flatMap((i, k) => {
    const previous = stage.instructions[k - 1];
    if (i.getKeyword() !== 'RUN' || previous?.getKeyword() !== 'RUN') return [];
    // RUN --mount / --network / --security set up each RUN differently; such RUNs are not merged blindly.
    if (flagsOf(i).length || flagsOf(previous).length) return [];
    return [{
      ...at(i.getRange().start),
      message: `this RUN follows another (line ${previous.getRange().start.line + 1}); each RUN adds a layer`,
      fix: `RUN ${previous.getArgumentsContent() ?? ''} && \\\n    ${i.getArgumentsContent() ?? ''}`,
    }];
  })),
};
