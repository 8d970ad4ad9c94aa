#!/usr/bin/env node
/**
 * The `dref` command: reads the command word and loads only that command's module, so a plain
 * search never loads the HTTP server or the terminal UI. `dref` alone on a terminal opens the TUI.
 */
import { DrefError } from '../server/errors.js';
import { reportError } from './exit-codes.js';
import { standardOutput, stdoutIsTTY } from './standard-output.js';

const HELP = `dref — a Docker reference for the terminal, built from study notes

Usage: dref <command> [options]

Commands:
  search TERM…         find commands, options, instructions, concepts and recipes
  show NAME            one entry in full, with the notes' lines and corrections
  explain 'LINE'       a docker command line (or --dockerfile instruction), token by token
  gen COMMAND …        build a valid command line (or --recipe NAME key=value…)
  lint [DOCKERFILE]    check a Dockerfile with the notes' advice (text, json, sarif)
  compare A B          two entries side by side
  errata               the mistakes found in the notes, with corrections
  browse               the terminal UI (also: dref alone, on a terminal)
  ingest [FILE…]       build the knowledge base from notes (or --check them)
  serve                serve GraphQL and REST over HTTP
  completions SHELL    a completion script for bash, zsh or fish

Options:
  -h, --help           show help (also: dref <command> --help)
  -v, --version        show the version

Read commands take --json, --lang ko|en, --db PATH, --endpoint URL and --color auto|always|never.

Examples:
  dref search restart
  dref show run --restart
  dref explain 'docker run -itd -p 8080:80 --restart=unless-stopped nginx'
  dref lint Dockerfile`;

type Command = (args: readonly string[], out: NodeJS.WritableStream) => number | Promise<number>;

/** Each command's module, loaded on demand. */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  search: async () => (await import('./commands/search-command.js')).searchCommand,
  show: async () => (await import('./commands/show-command.js')).showCommand,
  explain: async () => (await import('./commands/explain-command.js')).explainCommand,
  gen: async () => (await import('./commands/gen-command.js')).genCommand,
  lint: async () => (await import('./commands/lint-command.js')).lintCommand,
  compare: async () => (await import('./commands/compare-command.js')).compareCommand,
  errata: async () => (await import('./commands/errata-command.js')).errataCommand,
  browse: async () => (await import('./commands/browse-command.js')).browseCommand,
  ingest: async () => (await import('./commands/ingest-command.js')).ingestCommand,
  serve: async () => (await import('./commands/serve-command.js')).serveCommand,
  completions: async () => (await import('./commands/completions-command.js')).completionsCommand,
};

async function version(): Promise<string> {
  const { drefVersion } = await import('../server/ingest/run-ingest.js');
  return drefVersion();
}

/** Runs dref with `argv` (without node and the script); returns the exit status. */
export async function main(argv: readonly string[], out: NodeJS.WritableStream = standardOutput, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (!command) {
      if (process.stdin.isTTY && stdoutIsTTY()) return await (await COMMANDS.browse!())([], out);
      out.write(`${HELP}\n`);
      return 0;
    }
    if (command === '--help' || command === '-h' || command === 'help') { out.write(`${HELP}\n`); return 0; }
    if (command === '--version' || command === '-v') { out.write(`${await version()}\n`); return 0; }
    const load = COMMANDS[command];
    if (!load) {
      throw new DrefError('USAGE', `unknown command \`${command}\``, `the commands are: ${Object.keys(COMMANDS).join(', ')}; see \`dref --help\``);
    }
    return await (await load())(rest, out);
  } catch (error) {
    return reportError(error, err);
  }
}

void main(process.argv.slice(2)).then((status) => { process.exitCode = status; });
