/** Reading a command's flags the way hadolint does: `-abc` is a, b and c; `--name=v` is name. */
import type { ShellCommand } from './parse-shell.js';

/** Each flag of the command, in order, with the index of the word it came from. */
export function flagsOf(command: ShellCommand): { flag: string; word: number }[] {
  return command.args.flatMap((arg, word) => {
    if (arg === '--' || arg === '-' || !arg.startsWith('-')) return [];
    if (arg.startsWith('--')) return [{ flag: arg.slice(2).split('=')[0]!, word }];
    return [...arg.slice(1)].map((flag) => ({ flag, word }));
  });
}

export function countFlag(command: ShellCommand, flag: string): number {
  return flagsOf(command).filter((f) => f.flag === flag).length;
}

export function hasAnyFlag(command: ShellCommand, flags: readonly string[]): boolean {
  return flagsOf(command).some((f) => flags.includes(f.flag));
}

/** The words that are not flags (`apt-get -y install curl` → install, curl). */
export function argsWithoutFlags(command: ShellCommand): string[] {
  return command.args.filter((a) => a === '-' || !a.startsWith('-'));
}

/** The words after a flag that takes a value, dropped (`pip install -r req.txt x` without -r → x). */
export function argsWithoutFlagValues(command: ShellCommand, valued: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < command.args.length; k++) {
    const arg = command.args[k]!;
    if (arg.startsWith('-') && arg !== '-') {
      const name = arg.startsWith('--') ? arg.slice(2) : arg.slice(1);
      if (!name.includes('=') && valued.includes(arg.startsWith('--') ? name : name.slice(-1))) k++;
      continue;
    }
    out.push(arg);
  }
  return out;
}

/** The value given to a flag: `-u 1000`, `--uid=1000`, `-u1000`. */
export function flagValue(command: ShellCommand, short: string | null, long: string | null): string | undefined {
  for (let k = 0; k < command.args.length; k++) {
    const arg = command.args[k]!;
    if (long && arg.startsWith(`--${long}=`)) return arg.slice(long.length + 3);
    if (long && arg === `--${long}`) return command.args[k + 1];
    if (short && arg === `-${short}`) return command.args[k + 1];
    if (short && arg.startsWith(`-${short}`) && !arg.startsWith('--')) return arg.slice(2);
  }
  return undefined;
}

/** `apt-get install …`: the command is `name` and its first non-flag word is one of `subcommands`. */
export function isCommand(command: ShellCommand, name: string | readonly string[], subcommands?: readonly string[]): boolean {
  if (typeof name === 'string' ? command.name !== name : !name.includes(command.name)) return false;
  if (!subcommands) return true;
  return command.args.some((a) => subcommands.includes(a));
}
