/**
 * Two shapes of rule that several package managers share: "the install asks a question the build
 * cannot answer" and "the install leaves its download cache in the layer". Each rule file fills one in.
 */
import { hasAnyFlag } from '../shell/command-words.js';
import type { ShellCommand } from '../shell/parse-shell.js';
import { say } from '../messages.js';
import type { LintRule, RuleHit } from '../types.js';
import { inImage } from './apt-lists-not-removed.js';
import { commandPosition, hasCacheMount, runCommands, runSteps } from './run-commands.js';

type RuleMeta = Omit<LintRule, 'check' | 'description'>;

/** `yum install` without -y and the like. */
export function needsYesRule(meta: RuleMeta, tool: string, names: readonly string[], subcommands: readonly string[], yes: readonly string[]): LintRule {
  return {
    ...meta,
    description: say(`${tool} install without a non-interactive switch (${yes.map((f) => (f.length > 1 ? `--${f}` : `-${f}`)).join(', ')})`, `비대화 옵션(${yes.map((f) => (f.length > 1 ? `--${f}` : `-${f}`)).join(', ')}) 없는 ${tool} 설치`),
    check: (context) => runSteps(context).flatMap((s) => runCommands(s)
      .filter((c) => names.includes(c.name) && c.args.some((a) => subcommands.includes(a)) && !hasAnyFlag(c, yes))
      .map((c): RuleHit => ({
        ...commandPosition(s, c),
        message: say(`${c.name} ${c.args.find((a) => subcommands.includes(a))} without -y waits for a confirmation the build cannot give`, `-y 없는 ${c.name} ${c.args.find((a) => subcommands.includes(a))}은(는) 빌드가 줄 수 없는 확인을 기다립니다`),
        fix: say(`${c.name} ${c.args.find((a) => subcommands.includes(a))} -y …`, `${c.name} ${c.args.find((a) => subcommands.includes(a))} -y …`),
      }))),
  };
}

/**
 * An install with no clean after it in the same RUN (hadolint's order test: the clean must come later).
 * Only stages that end up in the image count: a build stage's cache is never shipped (ollama's
 * toolchain stages feed only `COPY --from`).
 */
export function cleanAfterRule(meta: RuleMeta, tool: string, isInstall: (c: ShellCommand) => boolean, isClean: (c: ShellCommand, install: ShellCommand) => boolean, cleanText: string, cacheDirs: readonly string[]): LintRule {
  return {
    ...meta,
    description: say(`${tool} install without \`${cleanText}\` afterwards in the same RUN`, `같은 RUN에서 뒤에 \`${cleanText}\` 없이 하는 ${tool} 설치`),
    check: (context) => runSteps(context).filter((s) => !cacheDirs.some((d) => hasCacheMount(s, d))
      && (s.onbuild || inImage(s.stage, context.stages))).flatMap((s) => {
      const commands = runCommands(s);
      const install = commands.findIndex(isInstall);
      if (install < 0) return [];
      const clean = commands.findIndex((c) => isClean(c, commands[install]!));
      if (clean > install) return [];
      return [{
        ...commandPosition(s, commands[install]!),
        message: say(`${tool}'s download cache stays in this layer: no \`${cleanText}\` follows the install`, `설치 뒤에 \`${cleanText}\`이(가) 없어 ${tool}의 다운로드 캐시가 이 레이어에 남습니다`),
        fix: say(`end the same RUN with && ${cleanText}`, `같은 RUN 끝에 && ${cleanText}을(를) 붙이세요`),
      }];
    }),
  };
}

/** hadolint's "the command has one of these words" test. */
export function hasWord(c: ShellCommand, name: string | readonly string[], words: readonly string[]): boolean {
  return (typeof name === 'string' ? c.name === name : name.includes(c.name)) && c.args.some((a) => words.includes(a));
}
