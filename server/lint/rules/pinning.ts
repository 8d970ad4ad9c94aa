/**
 * Shared by the version-pinning rules (off unless enabled): which words of an install command are
 * packages, and one rule shape, "every package named here carries a version".
 */
import type { ShellCommand } from '../shell/parse-shell.js';
import { say } from '../messages.js';
import type { LintRule, Step } from '../types.js';
import { commandPosition, runCommands, runSteps } from './run-commands.js';

/** hadolint's getArgsNoFlags after dropFlagArg: flags go, and so does the value after each flag in `valued`. */
export function packageWords(command: ShellCommand, valued: readonly string[] = []): string[] {
  const out: string[] = [];
  for (let k = 0; k < command.args.length; k++) {
    const arg = command.args[k]!;
    if (arg !== '-' && arg !== '--' && arg.startsWith('-')) {
      const names = arg.startsWith('--') ? [arg.slice(2).split('=')[0]!] : [...arg.slice(1)];
      if (!arg.includes('=') && names.some((n) => valued.includes(n))) k++;
      continue;
    }
    if (arg !== '--') out.push(arg);
  }
  return out;
}

export interface PinningSpec {
  readonly id: string;
  readonly hadolint: string;
  readonly tool: string;
  readonly example: string;
  /** The packages this command installs without a version ([] when it installs none, or all are pinned). */
  unpinned(command: ShellCommand, step: Step): string[];
}

export function pinningRule(spec: PinningSpec): LintRule {
  return {
    id: spec.id,
    severity: 'warning',
    hadolint: spec.hadolint,
    optional: true,
    entry: 'concept:image-name',
    description: say(`${spec.tool} packages installed without a pinned version`, `버전을 고정하지 않고 설치한 ${spec.tool} 패키지`),
    check: (context) => runSteps(context).flatMap((s) => runCommands(s).map((c) => [c, spec.unpinned(c, s)] as const).filter(([, p]) => p.length).slice(0, 1).map(([c, p]) => ({
      ...commandPosition(s, c),
      message: say(`${p.join(', ')}: no version pinned, so each build may install something else`, `${p.join(', ')}: 버전이 고정되지 않아 빌드할 때마다 다른 것이 설치될 수 있습니다`),
      fix: say(spec.example, spec.example),
    }))),
  };
}
