/** Reads COPY/ADD sources and destination for the rules. */
import type { Instruction } from 'dockerfile-ast';

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
