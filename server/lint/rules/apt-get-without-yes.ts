/**
 * `apt-get install` asks before installing extra packages, and a build cannot answer: without -y
 * it aborts. `-qq`, `-q -q` and `-q=2` imply yes; `-s` (a dry run) asks nothing.
 */
import { countFlag, flagsOf, hasAnyFlag, isCommand } from '../shell/command-words.js';
import type { ShellCommand } from '../shell/parse-shell.js';
import { say } from '../messages.js';
import { type LintRule } from '../types.js';
import { commandPosition, runCommands, runSteps } from './run-commands.js';

export function impliesYes(command: ShellCommand): boolean {
  return hasAnyFlag(command, ['y', 'yes', 'qq', 'assume-yes', 's', 'simulate', 'just-print', 'dry-run', 'recon', 'no-act'])
    || countFlag(command, 'q') >= 2 || countFlag(command, 'quiet') >= 2 || command.args.includes('-q=2') || command.args.includes('--quiet=2');
}

export const aptGetWithoutYes: LintRule = {
  id: 'apt-get-without-yes',
  severity: 'warning',
  hadolint: 'DL3014',
  entry: 'RUN',
  description: say('apt-get install without -y stops the build at the confirmation prompt', '-y 없는 apt-get install은 확인 질문에서 빌드를 멈춥니다'),
  check: (context) => runSteps(context).flatMap((s) => runCommands(s)
    .filter((c) => isCommand(c, 'apt-get', ['install']) && !impliesYes(c))
    .map((c) => {
      // Every `apt-get install` of the RUN gets -y; lines without one stay as they are.
      const original = context.lines.slice(s.line - 1, s.endLine).join('\n');
      const fixed = s.script && !s.onbuild ? original.replace(/\bapt-get(\s+)install\b(?!\s+-y\b)/g, 'apt-get$1install -y') : null;
      return {
        ...commandPosition(s, c),
        message: say('apt-get install without -y: the build cannot answer its yes/no prompt', '-y 없는 apt-get install: 빌드는 예/아니오 질문에 답할 수 없습니다'),
        fix: say('apt-get install -y …', 'apt-get install -y …'),
        ...(fixed && fixed !== original && flagsOf(c).length === 0 ? { edit: { line: s.line, endLine: s.endLine, text: fixed } } : {}),
      };
    })),
};
