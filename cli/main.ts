#!/usr/bin/env node
/** The `dref` command: parses the command word and dispatches; each command lives in commands/. */
import { DrefError } from '../server/errors.js';
import { ingestCommand } from './commands/ingest-command.js';
import { searchCommand } from './commands/search-command.js';
import { serveCommand } from './commands/serve-command.js';
import { reportError } from './exit-codes.js';
import { drefVersion } from '../server/ingest/run-ingest.js';

const HELP = `dref — a Docker reference for the terminal, built from study notes

Usage: dref <command> [options]

Commands:
  search TERM…      find commands, options, instructions, concepts and recipes
  ingest [FILE…]    build the knowledge base from notes (or --check them)
  serve             serve GraphQL and REST over HTTP

Options:
  -h, --help        show help (also: dref <command> --help)
  -v, --version     show the version

Examples:
  dref search restart
  dref search 댕글링 이미지
  dref ingest --check`;

const COMMANDS: Readonly<Record<string, (args: readonly string[], out: NodeJS.WritableStream) => number | Promise<number>>> = {
  search: searchCommand,
  ingest: ingestCommand,
  serve: serveCommand,
};

/** Runs dref with `argv` (without node and the script); returns the exit status. */
export async function main(argv: readonly string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') { out.write(`${HELP}\n`); return 0; }
    if (command === '--version' || command === '-v') { out.write(`${drefVersion()}\n`); return 0; }
    const run = COMMANDS[command];
    if (!run) {
      throw new DrefError('USAGE', `unknown command \`${command}\``, `the commands are: ${Object.keys(COMMANDS).join(', ')}; see \`dref --help\``);
    }
    return await run(rest, out);
  } catch (error) {
    return reportError(error, err);
  }
}

process.exitCode = await main(process.argv.slice(2));
