/** An instruction's flags (`COPY --from=…`, `RUN --mount=…`), for the instructions that take them. */
import type { Flag, Instruction } from 'dockerfile-ast';

export function flagsOf(instruction: Instruction): Flag[] {
  return 'getFlags' in instruction ? (instruction as Instruction & { getFlags(): Flag[] }).getFlags() : [];
}

/** The value of one flag, if given. */
export function flagValue(instruction: Instruction, name: string): string | undefined {
  return flagsOf(instruction).find((f) => f.getName() === name)?.getValue() ?? undefined;
}
