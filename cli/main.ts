#!/usr/bin/env node
/**
 * The `dref` command: reads the command word and loads only that command's module, so a plain
 * search never loads the HTTP server or the terminal UI. `dref` alone on a terminal opens the TUI.
 */
import { DrefError } from '../server/errors.js';
import { didYouMean } from '../server/text/did-you-mean.js';
import { COMMAND_WORDS, isCommandWord, type CommandWord } from './command-words.js';
import { cliLang, cliMessage } from './messages/cli-messages.js';
import { HELP_TEXTS } from './messages/help-texts.js';
import { reportError } from './exit-codes.js';
import { isTerminal, standardError, standardOutput, stdoutIsTTY } from './standard-output.js';



type Command = (args: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream) => number | Promise<number>;

/** Each command's module, loaded on demand. */
const COMMANDS: Readonly<Record<CommandWord, () => Promise<Command>>> = {
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

/** `dref serch`, `dref --versoin`: what was meant, when it is near enough; else the list. */
function unknownCommand(word: string, lang: 'en' | 'ko'): DrefError {
  if (word.startsWith('-')) {
    const meant = didYouMean(word, ['--help', '--version']);
    return new DrefError('USAGE', cliMessage(lang, 'main.unknownOption', { word }), meant ? cliMessage(lang, 'main.didYouMean', { meant }) : cliMessage(lang, 'main.theOptions'));
  }
  const meant = didYouMean(word, COMMAND_WORDS);
  return new DrefError('USAGE', cliMessage(lang, 'main.unknownCommand', { word }), meant ? cliMessage(lang, 'main.didYouMean', { meant }) : cliMessage(lang, 'main.theCommands', { commands: COMMAND_WORDS.join(', ') }));
}

/** Runs dref with `argv` (without node and the script); returns the exit status. */
export async function main(argv: readonly string[], out: NodeJS.WritableStream = standardOutput, err: NodeJS.WritableStream = standardError): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (!command) {
      if (isTerminal(0) && stdoutIsTTY()) return await (await COMMANDS.browse())([], out, err);
      out.write(`${HELP_TEXTS.main[cliLang(argv)]}\n`);
      return 0;
    }
    if (command === '--help' || command === '-h' || command === 'help') { out.write(`${HELP_TEXTS.main[cliLang(argv)]}\n`); return 0; }
    if (command === '--version' || command === '-v') { out.write(`${await version()}\n`); return 0; }
    if (!isCommandWord(command)) throw unknownCommand(command, cliLang(argv));
    const load = COMMANDS[command];
    return await (await load())(rest, out, err);
  } catch (error) {
    return reportError(error, err);
  }
}

void main(process.argv.slice(2)).then((status) => { process.exitCode = status; });
