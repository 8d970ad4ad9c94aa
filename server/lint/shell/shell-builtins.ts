/** Shell builtins that act on the shell itself, with no program of the same name to run without one. */

/**
 * `cd`, `export`, `set`, `exec`…: outside a shell there is nothing to run (`CMD ["exec", "nginx"]`
 * fails), and inside one they change what the commands after them see (`RUN cd /x && make`).
 */
export const SHELL_STATE_BUILTINS: ReadonlySet<string> = new Set([
  'cd', 'pushd', 'popd', 'export', 'set', 'unset', 'shopt', 'umask', 'ulimit', 'exit', 'return', 'exec',
  'source', '.', 'eval', 'alias', 'unalias', 'trap', 'readonly', 'declare', 'typeset', 'local', 'shift', 'hash', 'wait',
]);
