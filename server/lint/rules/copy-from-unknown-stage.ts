/** COPY --from must name an earlier stage (by name or index) or an image. */
import { at, type LintRule } from '../types.js';
import { flagValue } from '../../dockerfile/instruction-flags.js';

export const copyFromUnknownStage: LintRule = {
  id: 'copy-from-unknown-stage',
  severity: 'error',
  hadolint: 'DL3022',
  entry: 'concept:multi-stage-builds',
  description: 'COPY --from names a stage that is not defined before it',
  check: ({ stages }) => stages.flatMap((stage) => stage.instructions.filter((i) => i.getKeyword() === 'COPY').flatMap((i) => {
    const from = flagValue(i, 'from');
    if (!from || from.includes('$') || /[:/@]/.test(from)) return [];
    const earlier = stages.slice(0, stage.index);
    if (/^\d+$/.test(from) ? Number(from) < stage.index : earlier.some((s) => s.name === from.toLowerCase())) return [];
    const names = earlier.map((s) => s.name ?? String(s.index));
    return [{
      ...at(i.getRange().start),
      message: `--from=${from} is not a stage defined above${names.length ? ` (stages: ${names.join(', ')})` : ' (this is the first stage)'}`,
      fix: names.length ? `COPY --from=${names.at(-1)} …` : 'name the earlier stage with FROM <image> AS <name>, then COPY --from=<name>',
    }];
  })),
};
