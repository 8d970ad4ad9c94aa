/** In `a | b` the shell reports only b's status: a failing download piped into tar still "succeeds". */
import { say } from '../messages.js';
import type { ShellPipeline } from '../shell/parse-shell.js';
import { at, type LintRule, type Step } from '../types.js';
import { runCommands } from './run-commands.js';

const NON_POSIX = ['pwsh', 'powershell', 'cmd'];

/** Builtins that only print their arguments: nothing fails there for pipefail to catch. */
const PRINTERS = new Set(['echo', 'printf']);

/** Checksum checkers: with `-c` they fail when no checksum line reaches them (GNU coreutils, xxhsum). */
const CHECKSUMS = new Set(['md5sum', 'sha1sum', 'sha224sum', 'sha256sum', 'sha384sum', 'sha512sum', 'b2sum', 'shasum']);

/** Readers of local files: when they fail (no match, no file) they print nothing, not part of a stream. */
const LOCAL_READERS = new Set(['grep', 'cat']);

/**
 * `grep "$f" SHA256SUMS | sha256sum -c` (nerdctl): a grep that fails prints nothing, and the checker
 * then fails on its empty input, so the failure is seen. A download feeding the checker is still
 * caught: a partial list can verify the lines that did arrive and skip the file that matters.
 */
function checkedByChecksum(pipeline: ShellPipeline): boolean {
  const last = pipeline.commands.at(-1);
  if (!last || !CHECKSUMS.has(last.name) || !last.args.some((a) => a === '--check' || /^-[a-z]*c[a-z]*$/.test(a))) return false;
  return pipeline.commands.slice(0, -1).every((c) => PRINTERS.has(c.name) || LOCAL_READERS.has(c.name));
}

/**
 * A pipeline whose hidden failure matters. Not one that is a test (`if a | grep -q b`: a failure
 * there is an answer, not a step the build skips over), nor one fed only by `echo`/`printf`
 * (`echo "$sum *f" | sha256sum -c -`: only the last command can fail), nor a checksum check fed by a
 * local grep or cat.
 */
function hidesFailure(pipeline: ShellPipeline): boolean {
  return !pipeline.isCondition && !checkedByChecksum(pipeline) && pipeline.commands.slice(0, -1).some((c) => !PRINTERS.has(c.name));
}

/** The SHELL in effect turns on pipefail (or is not a POSIX shell at all). */
function shellHandles(step: Step): boolean {
  const shell = step.shell;
  if (NON_POSIX.some((n) => (shell[0] ?? '').toLowerCase().includes(n))) return true;
  const name = (shell[0] ?? '').split('/').pop() ?? '';
  return ['bash', 'zsh', 'ash'].includes(name) && shell.some((a, k) => a === 'pipefail' && /^-\w*o$/.test(shell[k - 1] ?? ''));
}

export const pipeWithoutPipefail: LintRule = {
  id: 'pipe-without-pipefail',
  severity: 'warning',
  hadolint: 'DL4006',
  entry: 'SHELL',
  description: say('RUN with a pipe while the shell has no -o pipefail', '셸에 -o pipefail 없이 파이프를 쓰는 RUN'),
  check: ({ steps }) => steps.filter((s) => s.keyword === 'RUN' && !s.onbuild && s.script?.parsed.pipelines.some(hidesFailure) && !shellHandles(s)).flatMap((s) => {
    // `set -o pipefail` at the start of the script does the same job.
    if (runCommands(s).some((c) => c.name === 'set' && c.args.includes('pipefail'))) return [];
    return [{
      ...at(s),
      message: say('a pipe hides the failure of every command but the last; the build goes on after a failed step', '파이프는 마지막 명령을 뺀 나머지의 실패를 숨깁니다. 실패한 단계가 있어도 빌드가 계속됩니다'),
      fix: say('SHELL ["/bin/bash", "-o", "pipefail", "-c"] above this RUN (on Alpine: ["/bin/ash", "-eo", "pipefail", "-c"])', '이 RUN 위에 SHELL ["/bin/bash", "-o", "pipefail", "-c"] (Alpine은 ["/bin/ash", "-eo", "pipefail", "-c"])'),
    }];
  }),
};
