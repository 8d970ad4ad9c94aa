/** What rules ask of a RUN: its shell commands, where each one starts, and its cache mounts. */
import { parseShell, type ShellCommand } from '../shell/parse-shell.js';
import { scriptPosition } from '../read-dockerfile.js';
import type { LintContext, Step } from '../types.js';

const jsonCommands = new WeakMap<Step, readonly ShellCommand[]>();

/** The commands a RUN runs. The JSON form is read as the words of one command line, as hadolint does. */
export function runCommands(step: Step): readonly ShellCommand[] {
  if (step.keyword !== 'RUN') return [];
  if (step.script) return step.script.parsed.commands;
  let commands = jsonCommands.get(step);
  if (!commands) jsonCommands.set(step, (commands = step.json ? parseShell(step.json.join(' ')).commands : []));
  return commands;
}

export function runSteps(context: LintContext): Step[] {
  return context.steps.filter((s) => s.keyword === 'RUN');
}

/** The Dockerfile position of a command inside a RUN (the RUN's own when it has no script). */
export function commandPosition(step: Step, command: ShellCommand): { line: number; column: number } {
  return step.script ? scriptPosition(step.script, command.offset) : { line: step.line, column: step.column };
}

/** `RUN --mount=type=cache,target=/root/.cache/pip` (or tmpfs) at a path containing `fragment`. */
export function hasCacheMount(step: Step, fragment: string): boolean {
  return step.flags.some((f) => {
    if (f.getName() !== 'mount') return false;
    const options = Object.fromEntries((f.getValue() ?? '').split(',').map((o) => o.split('=') as [string, string]));
    const target = options.target ?? options.dst ?? options.destination ?? '';
    return (options.type === 'cache' || options.type === 'tmpfs') && target.includes(fragment);
  });
}

/** The text of the RUN as the shell sees it (for `PIP_NO_CACHE_DIR=1`-style settings). */
export function runText(step: Step): string {
  return step.script?.text ?? step.json?.join(' ') ?? step.args;
}

/** The step runs under a POSIX shell (SHELL left alone, or sh, bash and kin), not PowerShell or cmd. */
export function posixShell(step: Step): boolean {
  return ['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh'].includes((step.shell[0] ?? '/bin/sh').split('/').pop() ?? '');
}
