/**
 * Reads `COMMAND [--option value | --switch]… [ARG]…` words into generate()'s input, asking for the
 * command's flags first so a switch takes no value. Used by `dref gen` and the TUI's generator form.
 */
import { DrefError, toDrefError } from '../server/errors.js';
import type { Lang } from '../server/search/search-entries.js';
import { generateMessage } from '../server/generate/generate-messages.js';
import { cliMessage } from './messages/cli-messages.js';
import { COMMAND_OPTIONS } from './operations/documents.js';
import type { Transport } from './transport/transport.js';

interface CommandFlags {
  readonly name: string;
  readonly options: readonly { readonly long: string; readonly short: string | null; readonly valueType: string; readonly repeatable: boolean }[];
}

export interface GenerateInputVariables {
  readonly command: string;
  readonly args: readonly string[];
  readonly short: boolean;
  readonly options: readonly { readonly name: string; readonly values?: readonly string[] }[];
}

/** generate()'s input from the words; what it cannot read is said in `lang`. */
export async function readGenerateWords(transport: Transport, words: readonly string[], short: boolean, lang: Lang = 'en'): Promise<GenerateInputVariables> {
  let commandWords = 1;
  let command: CommandFlags | null = null;
  for (const n of [2, 1]) {
    if (words.length < n || words.slice(0, n).some((w) => w.startsWith('-'))) continue;
    command = (await transport.execute<{ command: CommandFlags | null }>(COMMAND_OPTIONS, { name: words.slice(0, n).join(' ') })).command;
    if (command) { commandWords = n; break; }
  }
  if (!command) throw new DrefError('BAD_INPUT', `command: ${generateMessage(lang, 'generate.unknownCommand', { command: words[0] ?? '' })}`, cliMessage(lang, 'gen.unknownCommandHint'));
  const chosen = new Map<string, string[] | true>();
  const positional: string[] = [];
  for (let k = commandWords; k < words.length; k++) {
    const word = words[k]!;
    if (word === '--') { positional.push(...words.slice(k + 1)); break; }
    if (!word.startsWith('-') || word === '-' || positional.length) { positional.push(word); continue; }
    const eq = word.startsWith('--') ? word.indexOf('=') : -1;
    const name = eq > 0 ? word.slice(0, eq) : word;
    const option = command.options.find((o) => o.long === name || o.short === name);
    if (!option) throw new DrefError('BAD_INPUT', generateMessage(lang, 'generate.noOption', { command: command.name.replace(/^docker /, ''), option: name }), cliMessage(lang, 'gen.noOptionHint', { command: command.name }));
    if (option.valueType === 'bool') { chosen.set(option.long, true); continue; }
    const value = eq > 0 ? word.slice(eq + 1) : words[++k];
    if (value === undefined) throw new DrefError('BAD_INPUT', generateMessage(lang, 'generate.needsValue', { option: name, type: option.valueType }));
    const previous = chosen.get(option.long);
    chosen.set(option.long, Array.isArray(previous) ? [...previous, value] : [value]);
  }
  return {
    command: command.name, args: positional, short,
    options: [...chosen].map(([name, value]) => (value === true ? { name } : { name, values: value })),
  };
}

/**
 * generate() names the fields of its input in its errors (`options[0].value: …`); someone who typed
 * words reads the flag as they gave it instead (`--publish: …`).
 */
export function namingFlags(error: unknown, input: GenerateInputVariables): DrefError {
  const e = toDrefError(error);
  const field = /^options\[(\d+)\]\.(?:name|value): /.exec(e.message);
  const name = field ? input.options[Number(field[1])]?.name : undefined;
  return field && name ? new DrefError(e.code, `${name}: ${e.message.slice(field[0].length)}`, e.hint, e.location, { cause: error }) : e;
}
