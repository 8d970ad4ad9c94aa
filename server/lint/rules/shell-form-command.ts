/**
 * CMD and ENTRYPOINT in shell form run under /bin/sh -c: `docker stop`'s SIGTERM goes to the shell,
 * not the program, and a shell-form ENTRYPOINT also drops CMD and `docker run` arguments entirely.
 */
import { say } from '../messages.js';
import { SHELL_STATE_BUILTINS } from '../shell/shell-builtins.js';
import { at, type LintRule } from '../types.js';
import { posixShell } from './run-commands.js';

/** Shell syntax that exec form would not run the same way: expansions, operators, quotes, redirections (and, below, `A=1 app` and builtins such as `cd`). */
const SHELL_SYNTAX = /[$`|&;<>(){}*?[\]~#"'\\]/;

export const shellFormCommand: LintRule = {
  id: 'shell-form-command',
  severity: 'warning',
  hadolint: 'DL3025',
  buildkit: 'JSONArgsRecommended',
  entry: 'concept:shell-vs-exec-form',
  description: say('CMD or ENTRYPOINT in shell form instead of JSON (exec) form', 'CMD나 ENTRYPOINT를 JSON(exec) 형식이 아닌 셸 형식으로 씀'),
  // Under a SHELL that is no POSIX shell (pwsh, a custom one) the shell form is the intended form.
  check: ({ steps }) => steps.filter((s) => (s.keyword === 'CMD' || s.keyword === 'ENTRYPOINT') && s.json === null && s.args !== '' && posixShell(s)).map((s) => {
    // `CMD exec nginx` is `CMD ["nginx"]`: exec form has no shell to replace.
    const words = s.args.split(/\s+/);
    const program = words[0] === 'exec' ? words.slice(1) : words;
    const exec = `${s.keyword} [${program.map((w) => JSON.stringify(w)).join(', ')}]`;
    const plain = !SHELL_SYNTAX.test(s.args) && program.length > 0 && !program[0]!.includes('=') && !SHELL_STATE_BUILTINS.has(program[0]!);
    const dropsCmd = s.keyword === 'ENTRYPOINT' && s.stage.steps.some((o) => o.keyword === 'CMD');
    return {
      ...at(s),
      message: dropsCmd
        ? say('ENTRYPOINT in shell form ignores CMD and `docker run` arguments, and the program never gets docker stop\'s SIGTERM; use the JSON form',
          '셸 형식 ENTRYPOINT는 CMD와 `docker run` 인자를 무시하고, 프로그램이 docker stop의 SIGTERM을 받지 못합니다. JSON 형식으로 쓰세요')
        : say(`${s.keyword} in shell form runs under /bin/sh -c, so the program does not get docker stop's signal; use the JSON form`,
          `셸 형식 ${s.keyword}은(는) /bin/sh -c 아래에서 돌아서 프로그램이 docker stop의 시그널을 받지 못합니다. JSON 형식으로 쓰세요`),
      fix: plain ? say(exec, exec) : say(`${s.keyword} ["/bin/sh", "-c", "…"] or a script with exec "$@"`, `${s.keyword} ["/bin/sh", "-c", "…"] 또는 exec "$@"로 끝나는 스크립트`),
      ...(plain && !s.onbuild && s.line === s.endLine ? { edit: { line: s.line, endLine: s.line, text: exec } } : {}),
    };
  }),
};
