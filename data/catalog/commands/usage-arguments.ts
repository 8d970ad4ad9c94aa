/** Reads the positional arguments out of a usage line: `docker exec [OPTIONS] CONTAINER COMMAND [ARG...]`. */
import type { ArgumentSpec } from '../types.js';

/** What an argument names, from its usage word. */
function roleOf(name: string, index: number, words: readonly string[]): ArgumentSpec['role'] {
  const n = name.toUpperCase();
  if (/(^|_)(IMAGE|REPOSITORY|MANIFEST_LIST|MANIFEST)\b/.test(n) || /^SOURCE$|^TARGET_IMAGE/.test(n)) return 'image';
  if (/^CONTAINER\b/.test(n) && !n.includes(':')) return 'container';
  if (/PATH|CONTEXT|DIR\b|^-$/.test(n)) return 'path';
  if (/FILE|TARBALL/.test(n)) return 'file';
  if (/^URL\b/.test(n)) return 'url';
  if (/^SERVER\b/.test(n)) return 'server';
  if (n === 'COMMAND' && index > 0 && words.slice(0, index).some((w) => !/OPTIONS/.test(w))) return 'command';
  if (/^ARGS?$/.test(n)) return 'argument';
  if (/^TERM$/.test(n) || n.startsWith('(')) return 'term';
  return 'object';
}

/** The arguments of one usage line; `X [X...]` is one required, repeatable X. */
export function usageArguments(usage: string, commandWords: number): ArgumentSpec[] {
  const rest = usage.replace(/\s*\|\s*/g, '|').split(/\s+/).slice(1 + commandWords).filter((w) => !/^\[?OPTIONS\]?$/.test(w) && w !== '');
  const args: ArgumentSpec[] = [];
  for (const [i, word] of rest.entries()) {
    // A lone `-` (read standard input) is what a flag such as `--file` may stand in for: never demanded.
    const optional = word.startsWith('[') || word === '-';
    const repeatable = word.includes('...');
    const name = word.replace(/^\[|\]$/g, '').replace(/\.\.\.\]?$/, '').replace(/\]$/, '');
    const previous = args.at(-1);
    if (optional && repeatable && previous && previous.name === name) { args[args.length - 1] = { ...previous, repeatable: true }; continue; }
    args.push({ name: name.replace(/\|/g, ' | '), required: !optional, repeatable, role: roleOf(name, i, rest) });
  }
  return args;
}
