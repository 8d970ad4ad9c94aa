/**
 * Each RUN is a layer: RUNs that directly follow each other can usually be one, joined with &&.
 * Only RUN after RUN counts; RUNs with different flags (--mount, --network) are set up differently and left alone.
 */
import { say } from '../messages.js';
import { SHELL_STATE_BUILTINS } from '../shell/shell-builtins.js';
import { at, type LintRule, type Step } from '../types.js';
import { posixShell } from './run-commands.js';

/**
 * `--fix` joins two RUNs only when the joined script runs both commands as the two RUNs did: a POSIX
 * shell and the `\` escape, no heredoc, nothing after the first command that `&&` would break (a
 * `# comment` would swallow the rest, a trailing `;` or `&` would leave `; &&`), and no first command
 * that changes the shell for the second (`cd`, `export`, `set`, `A=1`).
 */
function joinable(a: Step, b: Step, escape: string): boolean {
  if (a.flags.length || b.flags.length || !a.script || !b.script || a.onbuild || b.onbuild) return false;
  if (escape !== '\\' || !posixShell(a) || /^<</.test(a.args) || /^<</.test(b.args)) return false;
  if (a.args.includes('#') || /[;&]\s*$/.test(a.args)) return false;
  const first = a.script.parsed.commands[0];
  return !!first && first.name !== '' && !SHELL_STATE_BUILTINS.has(first.name);
}

export const consecutiveRun: LintRule = {
  id: 'consecutive-run',
  severity: 'info',
  hadolint: 'DL3059',
  entry: 'concept:dockerfile-habits',
  description: say('Consecutive RUN instructions that could be one layer', '한 레이어로 합칠 수 있는 연속된 RUN'),
  check: ({ stages, lines, escape }) => stages.flatMap((stage) => {
    const hits = [];
    const steps = stage.steps.filter((s) => s.keyword !== 'FROM' || s.onbuild);
    for (let k = 1; k < steps.length; k++) {
      const previous = steps[k - 1]!;
      const step = steps[k]!;
      if (step.keyword !== 'RUN' || previous.keyword !== 'RUN' || step.onbuild !== previous.onbuild) continue;
      if (flagText(step) !== flagText(previous)) continue;
      // hadolint counts a RUN that already chains commands as a deliberate layer boundary.
      if (chains(previous) || chains(step)) continue;
      const merged = `RUN ${previous.args} && \\\n    ${step.args}`;
      const between = lines.slice(previous.endLine, step.line - 1);
      hits.push({
        ...at(step),
        message: say(`this RUN follows another (line ${previous.line}); each RUN adds a layer`, `이 RUN은 바로 앞 RUN(${previous.line}행)에 이어집니다. RUN마다 레이어가 하나씩 생깁니다`),
        fix: say(merged, merged),
        ...(joinable(previous, step, escape) && between.every((l) => /^\s*$/.test(l))
          ? { edit: { line: previous.line, endLine: step.endLine, text: `RUN ${previous.args} && \\\n    ${step.args}` } } : {}),
      });
    }
    return hits;
  }),
};

/** RUNs with the same flags (`--mount=…`) are set up alike and could be one. */
function flagText(step: Step): string {
  return step.flags.map((f) => `${f.getName()}=${f.getValue() ?? ''}`).sort().join(' ');
}

/** `RUN a && b`: several commands already. */
function chains(step: Step): boolean {
  const commands = step.script?.parsed.commands ?? [];
  return commands.length > 1;
}
