/** Small readers shared by the rules: COPY/ADD sources and destination, an instruction's flags. */
import type { Flag, Instruction } from 'dockerfile-ast';

/** The flags of an instruction that takes them (`COPY --from=…`, `RUN --mount=…`); none for the others. */
export function flagsOf(instruction: Instruction): Flag[] {
  return 'getFlags' in instruction ? (instruction as Instruction & { getFlags(): Flag[] }).getFlags() : [];
}

/** The value of one flag, if given. */
export function flagValue(instruction: Instruction, name: string): string | undefined {
  return flagsOf(instruction).find((f) => f.getName() === name)?.getValue() ?? undefined;
}

/** Reads the sources and destination of COPY/ADD, in shell or JSON form (the parser leaves flags out). */
export function sourcesAndDestination(instruction: Instruction): { sources: string[]; destination: string | null } {
  const raw = (instruction.getRawArgumentsContent() ?? '').trim();
  let parts: string[];
  if (raw.startsWith('[')) {
    try {
      parts = (JSON.parse(raw) as unknown[]).map(String);
    } catch {
      parts = raw.split(/\s+/);
    }
  } else {
    parts = raw.split(/\s+/).filter(Boolean);
  }
  if (parts.length < 2) return { sources: parts, destination: null };
  return { sources: parts.slice(0, -1), destination: parts.at(-1)! };
}
