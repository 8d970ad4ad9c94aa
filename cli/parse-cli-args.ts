/** Parses a command's arguments with node:util, turning its errors into USAGE errors that name the fix. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DrefError } from '../server/errors.js';

export function parseCliArgs<T extends NonNullable<ParseArgsConfig['options']>>(command: string, args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new DrefError('USAGE', message, `see \`dref ${command} --help\``);
  }
}
