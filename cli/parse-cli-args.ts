/** Parses a command's arguments with node:util, turning its errors into USAGE errors that name the fix. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DrefError } from '../server/errors.js';
import { cliLang, cliMessage } from './messages/cli-messages.js';

/**
 * Options naming a file, folder or server: empty (`--db "$UNSET"`) they would mean the default one, and an ingest
 * would overwrite the shipped database, so an empty value is refused.
 */
const PATH_OPTIONS = ['db', 'config', 'context', 'endpoint'];

export function parseCliArgs<T extends NonNullable<ParseArgsConfig['options']>>(command: string, args: readonly string[], options: T) {
  type Parsed = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>;
  // Words none of which looks like an option (`dref search restart`) are what parseArgs makes of
  // them, without loading node:util's parser: its first call costs a short command some 0.7 ms.
  if (!args.some((a) => a.startsWith('-')) && !Object.values(options).some((o) => o.default !== undefined)) {
    return { values: Object.create(null), positionals: [...args] } as Parsed;
  }
  let parsed: Parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const lang = cliLang(args);
    const code = (error as NodeJS.ErrnoException).code;
    const flag = /'(-[^' ]*)/.exec((error as Error).message)?.[1] ?? '';
    // Node's own wording, in the CLI's words and language.
    const message = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? cliMessage(lang, 'args.unknownOption', { flag })
      : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument missing/.test((error as Error).message) ? cliMessage(lang, 'args.missingValue', { flag })
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? cliMessage(lang, 'args.unexpectedValue', { flag })
          : (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    // `dref search --restart`: a flag is a fine thing to look up, after `--`.
    const hint = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
      ? cliMessage(lang, 'args.flagAsWord', { verb: cliMessage(lang, command === 'search' ? 'args.verbSearch' : 'args.verbPass'), command, flag })
      : cliMessage(lang, 'args.seeHelp', { command });
    throw new DrefError('USAGE', message, hint);
  }
  const values = parsed.values as Record<string, unknown>;
  const empty = PATH_OPTIONS.find((name) => name in options && values[name] === '');
  if (empty !== undefined) {
    const lang = cliLang(args);
    throw new DrefError('USAGE', cliMessage(lang, 'args.emptyValue', { flag: `--${empty}` }), cliMessage(lang, 'args.seeHelp', { command }));
  }
  return parsed;
}

/**
 * Splits out the options `options` defines, leaving every other word (flags included) in order, for
 * commands whose arguments may look like flags (`dref show run --restart`).
 */
export function splitKnownOptions(args: readonly string[], options: NonNullable<ParseArgsConfig['options']>): { known: string[]; rest: string[] } {
  const known: string[] = [];
  const rest: string[] = [];
  const byFlag = new Map<string, { type: 'string' | 'boolean' }>();
  for (const [name, def] of Object.entries(options)) {
    byFlag.set(`--${name}`, def);
    if (def.short) byFlag.set(`-${def.short}`, def);
  }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const flag = arg.startsWith('--') && arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
    const def = byFlag.get(flag);
    if (!def) { rest.push(arg); continue; }
    known.push(arg);
    if (def.type === 'string' && flag === arg && i + 1 < args.length) known.push(args[++i]!);
  }
  return { known, rest };
}
