/** A flag's value on a step (`COPY --from=build`), from the flags read once with the step. */
import type { Step } from '../types.js';

export function stepFlag(step: Step, name: string): string | undefined {
  return step.flags.find((f) => f.getName() === name)?.getValue() ?? undefined;
}
