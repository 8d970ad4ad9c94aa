/**
 * Reads a Dockerfile into what the rules look at: steps (ONBUILD triggers as steps of their own
 * kind), stages (the instructions before the first FROM form a stage of their own, index -1, so a
 * rule that looks per stage still sees a snippet with no FROM), and each shell-form RUN's script
 * with the Dockerfile position of every one of its lines.
 */
import { DockerfileParser, type Instruction } from '../dockerfile/dockerfile-libraries.js';
import { flagsOf } from '../dockerfile/instruction-flags.js';
import { DEFAULT_CONFIG, type LintConfig } from './config/lint-config.js';
import { parseShell } from './shell/parse-shell.js';
import type { LintContext, RunScript, Stage, Step } from './types.js';

const DEFAULT_SHELL = ['/bin/sh', '-c'];

interface MutableStage { index: number; name: string | null; from: Step | null; image: string | null; parent: Stage | null; steps: Step[]; shell: readonly string[] }

export function readDockerfile(text: string, config: LintConfig = DEFAULT_CONFIG, contextDir?: string): LintContext {
  const lines = text.split(/\r?\n/);
  const dockerfile = DockerfileParser.parse(text);
  const escape = dockerfile.getEscapeCharacter();
  const instructions = dockerfile.getInstructions();
  const stages: MutableStage[] = [{ index: -1, name: null, from: null, image: null, parent: null, steps: [], shell: DEFAULT_SHELL }];
  const steps: Step[] = [];
  for (const instruction of instructions) {
    const trigger = instruction.getKeyword() === 'ONBUILD' ? (instruction as Instruction & { getTriggerInstruction(): Instruction | null }).getTriggerInstruction() : null;
    const own = trigger ?? instruction;
    const keyword = own.getKeyword().toUpperCase();
    if (keyword === 'FROM' && !trigger) stages.push(newStage(instruction, stages));
    const stage = stages.at(-1)!;
    const step = readStep(instruction, own, keyword, !!trigger, stage, lines, escape);
    if (keyword === 'FROM' && !trigger) stage.from = step;
    stage.steps.push(step);
    steps.push(step);
    if (keyword === 'SHELL' && step.json?.length && !trigger) stage.shell = step.json;
  }
  return { text, lines, steps, stages, instructions, escape, config, ...(contextDir ? { contextDir } : {}) };
}

function newStage(from: Instruction, stages: readonly MutableStage[]): MutableStage {
  const args = from.getArguments().map((a) => a.getValue());
  const as = args.findIndex((a) => a.toUpperCase() === 'AS');
  const image = args[0] ?? null;
  const parent = image ? stages.find((s) => s.index >= 0 && s.name === image.toLowerCase()) ?? null : null;
  return {
    index: stages.length - 1, name: as >= 0 ? (args[as + 1] ?? '').toLowerCase() || null : null, from: null, image, parent, steps: [],
    shell: parent ? (parent as MutableStage).shell : DEFAULT_SHELL,
  };
}

/**
 * Where an instruction's arguments start: after its keyword (and ONBUILD's trigger keyword) and its
 * `--flags`, across line continuations. Found by scanning, because the parser's getArguments()
 * costs milliseconds on a long RUN and is recomputed on every call.
 */
function argumentStart(lines: readonly string[], start: { line: number; character: number }, end: number, onbuild: boolean, escape: string): { line: number; character: number } | undefined {
  let line = start.line;
  let at = start.character;
  const text = () => lines[line] ?? '';
  const skipBlank = () => {
    for (;;) {
      while (at < text().length && /[ \t]/.test(text()[at]!)) at++;
      const rest = text().slice(at);
      const continues = rest === escape || /^\s*$/.test(rest) && at > 0 && text().trimEnd().endsWith(escape);
      if ((rest === '' || continues) && line < end) {
        if (rest === '' && !text().trimEnd().endsWith(escape)) return;
        line++; at = 0;
        while (line < end && /^\s*(#.*)?$/.test(text())) line++;
        continue;
      }
      return;
    }
  };
  const skipWord = () => { while (at < text().length && !/[ \t]/.test(text()[at]!)) at++; };
  skipWord();
  skipBlank();
  if (onbuild) { skipWord(); skipBlank(); }
  while (text().startsWith('--', at)) {
    // A flag's value may be quoted and hold blanks: --mount="type=cache, target=/x".
    let quote: string | null = null;
    while (at < text().length && (quote || !/[ \t]/.test(text()[at]!))) {
      const c = text()[at]!;
      if (quote) { if (c === quote) quote = null; } else if (c === '"' || c === "'") quote = c;
      at++;
    }
    skipBlank();
  }
  if (line > end || (line === end && at >= text().length) || text().slice(at).trim() === '') return undefined;
  return { line, character: at };
}

function readStep(instruction: Instruction, own: Instruction, keyword: string, onbuild: boolean, stage: MutableStage, lines: readonly string[], escape: string): Step {
  const range = instruction.getRange();
  let words: string[] | undefined;
  const first = argumentStart(lines, range.start, range.end.line, onbuild, escape);
  const raw = first ? slice(lines, first.line, first.character, range.end.line, range.end.character) : '';
  const joined = joinContinuations(raw, escape);
  const json = jsonForm(joined);
  const isShellForm = json === null && ['RUN', 'CMD', 'ENTRYPOINT'].includes(keyword) && first !== undefined;
  const step: Step = {
    instruction: own, keyword, onbuild,
    line: range.start.line + 1, endLine: range.end.line + 1, column: range.start.character + 1,
    args: joined,
    get words() { return (words ??= own.getArguments().map((a) => a.getValue())); },
    flags: ['RUN', 'COPY', 'ADD', 'FROM', 'HEALTHCHECK'].includes(keyword) ? flagsOf(own) : [], json,
    script: isShellForm ? scriptOf(lines, first!, range.end.line, escape) : null,
    shell: stage.shell, stage,
  };
  return step;
}

/** Text from (line, character) to (endLine, endCharacter), 0-based. */
function slice(lines: readonly string[], line: number, character: number, endLine: number, endCharacter: number): string {
  if (line === endLine) return (lines[line] ?? '').slice(character, endCharacter);
  return [(lines[line] ?? '').slice(character), ...lines.slice(line + 1, endLine), (lines[endLine] ?? '').slice(0, endCharacter)].join('\n');
}

/** The arguments as the builder reads them: escape+newline removed, comment and blank lines inside dropped. */
function joinContinuations(raw: string, escape: string): string {
  const parts = raw.split('\n');
  return parts.filter((l, k) => k === 0 || !/^\s*(#.*)?$/.test(l))
    .map((l, k, all) => (k < all.length - 1 && l.trimEnd().endsWith(escape) ? l.trimEnd().slice(0, -1) : l))
    .join(' ').trim();
}

/** The JSON array form (`["a", "b"]`), or null when the arguments are not one. */
function jsonForm(args: string): string[] | null {
  if (!args.startsWith('[')) return null;
  try {
    const value = JSON.parse(args) as unknown;
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;
  } catch {
    return null;
  }
}

/** The shell script of a RUN, line for line, so that ShellCheck's positions map back. */
function scriptOf(lines: readonly string[], first: { line: number; character: number }, endLine: number, escape: string): RunScript {
  const firstText = (lines[first.line] ?? '').slice(first.character);
  const heredoc = /^<<-?\s*["']?(\w+)["']?\s*$/.exec(firstText.trim());
  const origins: { line: number; column: number }[] = [];
  const out: string[] = [];
  if (heredoc) {
    for (let l = first.line + 1; l <= endLine && (lines[l] ?? '').trim() !== heredoc[1]; l++) { out.push(lines[l] ?? ''); origins.push({ line: l + 1, column: 1 }); }
  } else {
    for (let l = first.line; l <= endLine; l++) {
      let text = l === first.line ? firstText : lines[l] ?? '';
      // The builder drops comment and blank lines inside a continued RUN; a lone `\` does the same for the shell and keeps the line count.
      if (l > first.line && /^\s*(#.*)?$/.test(text)) text = '\\';
      if (escape !== '\\' && text.trimEnd().endsWith(escape)) text = `${text.trimEnd().slice(0, -1)}\\`;
      out.push(text);
      origins.push({ line: l + 1, column: l === first.line ? first.character + 1 : 1 });
    }
  }
  const text = out.join('\n');
  return { text, origins, parsed: parseShell(text) };
}

/** The 1-based Dockerfile position of an offset in a step's script. */
export function scriptPosition(script: RunScript, offset: number): { line: number; column: number } {
  const before = script.text.slice(0, offset).split('\n');
  const origin = script.origins[before.length - 1] ?? script.origins[0]!;
  return { line: origin.line, column: origin.column + before.at(-1)!.length };
}
