/** `dref completions bash|zsh|fish`: a completion script for the shell, to source or install. */
import { DrefError } from '../../server/errors.js';
import { HELP_TEXTS } from '../messages/help-texts.js';
import { cliLang, cliMessage } from '../messages/cli-messages.js';
import type { CommandWord } from '../command-words.js';

export const COMPLETIONS_HELP = HELP_TEXTS.completions.en;

/** Each command's options (test/cli/small-things.test.ts checks them against every `--help`). */
const COMMANDS: Readonly<Record<CommandWord, readonly string[]>> = {
  search: ['--json', '--lang', '--kind', '--limit', '--after', '--db', '--endpoint', '--color'],
  show: ['--json', '--lang', '--db', '--endpoint', '--color'],
  explain: ['--dockerfile', '--json', '--lang', '--db', '--endpoint', '--color'],
  gen: ['--recipe', '--short', '--json', '--lang', '--db', '--endpoint', '--color'],
  lint: ['--format', '--ignore', '--enable', '--failure-threshold', '--no-fail', '--fix', '--dry-run', '--config', '--context', '--no-shellcheck', '--lang', '--json', '--db', '--endpoint', '--color'],
  compare: ['--json', '--lang', '--db', '--endpoint', '--color'],
  errata: ['--severity', '--json', '--lang', '--db', '--endpoint', '--color'],
  ingest: ['--add', '--db', '--lang', '--check', '--force', '--json', '--quiet'],
  serve: ['--port', '--host', '--db', '--cors', '--rate-limit', '--trust-proxy', '--metrics', '--log-level', '--response-cache', '--lang'],
  browse: ['--lang', '--db', '--endpoint'],
  completions: ['bash', 'zsh', 'fish'],
};

function bash(): string {
  const cases = Object.entries(COMMANDS).map(([c, flags]) => `    ${c}) opts="${flags.join(' ')}" ;;`).join('\n');
  return `# bash completion for dref
_dref() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" cmd="\${COMP_WORDS[1]}" opts
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${Object.keys(COMMANDS).join(' ')} --help --version" -- "$cur") ); return
  fi
  case "$cmd" in
${cases}
    *) opts="" ;;
  esac
  case "\${COMP_WORDS[COMP_CWORD-1]}" in
    --lang) COMPREPLY=( $(compgen -W "ko en" -- "$cur") ); return ;;
    --format) COMPREPLY=( $(compgen -W "text json sarif" -- "$cur") ); return ;;
    --color) COMPREPLY=( $(compgen -W "auto always never" -- "$cur") ); return ;;
    --kind) COMPREPLY=( $(compgen -W "command option instruction concept comparison recipe" -- "$cur") ); return ;;
  esac
  COMPREPLY=( $(compgen -W "$opts --help" -- "$cur") $(compgen -f -- "$cur") )
}
complete -F _dref dref
`;
}

function zsh(): string {
  const cases = Object.entries(COMMANDS).map(([c, flags]) => `    ${c}) _values 'option' ${flags.map((f) => `'${f}'`).join(' ')} ;;`).join('\n');
  return `#compdef dref
# zsh completion for dref
_dref() {
  if (( CURRENT == 2 )); then
    _values 'command' ${Object.keys(COMMANDS).map((c) => `'${c}'`).join(' ')}
    return
  fi
  case "$words[2]" in
${cases}
  esac
  _files
}
_dref "$@"
`;
}

function fish(): string {
  const lines = ['# fish completion for dref', `complete -c dref -f -n '__fish_use_subcommand' -a '${Object.keys(COMMANDS).join(' ')}'`];
  for (const [c, flags] of Object.entries(COMMANDS)) {
    for (const f of flags.filter((x) => x.startsWith('--'))) lines.push(`complete -c dref -n '__fish_seen_subcommand_from ${c}' -l ${f.slice(2)}`);
  }
  lines.push("complete -c dref -n '__fish_seen_subcommand_from search show explain compare errata browse' -l lang -xa 'ko en'");
  lines.push("complete -c dref -n '__fish_seen_subcommand_from lint' -l format -xa 'text json sarif'");
  return `${lines.join('\n')}\n`;
}

export function completionsCommand(args: readonly string[], out: NodeJS.WritableStream): number {
  const shell = args[0];
  if (!shell || shell === '--help' || shell === '-h') { out.write(`${HELP_TEXTS.completions[cliLang()]}\n`); return shell ? 0 : 2; }
  const script = { bash, zsh, fish }[shell as 'bash' | 'zsh' | 'fish'];
  if (!script) throw new DrefError('USAGE', cliMessage(cliLang(), 'completions.noShell', { shell }), cliMessage(cliLang(), 'completions.noShellHint'));
  out.write(script());
  return 0;
}
