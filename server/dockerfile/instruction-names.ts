/** The 18 Dockerfile instructions, as the Dockerfile reference names them. */
export const INSTRUCTION_NAMES = [
  'FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT',
  'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL',
] as const;

export type InstructionName = (typeof INSTRUCTION_NAMES)[number];

const NAMES: ReadonlySet<string> = new Set(INSTRUCTION_NAMES);

/** True when `word` (any case) is a Dockerfile instruction. */
export function isInstructionName(word: string): boolean {
  return NAMES.has(word.toUpperCase());
}

/** The instruction a Dockerfile line starts with, if any (`run go build` → RUN; `CMD["x"]` → CMD). */
export function leadingInstruction(line: string): InstructionName | undefined {
  const m = /^\s*([A-Za-z]+)(?=[\s[]|$)/.exec(line);
  const word = m?.[1]?.toUpperCase();
  return word && NAMES.has(word) ? (word as InstructionName) : undefined;
}
