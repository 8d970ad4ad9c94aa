/**
 * `dref gen COMMAND [--option value]… [ARG]…` builds a valid command line; `dref gen --recipe NAME key=value…`
 * fills a recipe. Options are read against the command's own flags, so a switch takes no value.
 */
import { DrefError } from '../../server/errors.js';
import { printJson, withClient } from '../client.js';
import { namingFlags, readGenerateWords } from '../gen-input.js';
import { FILL_RECIPE, GENERATE } from '../operations/documents.js';

export const GEN_HELP = `Usage: dref gen COMMAND [--OPTION VALUE | --SWITCH]… [ARG]… [--short]
       dref gen --recipe NAME [KEY=VALUE]…

Builds a valid docker command line: flags checked against the command (types, accepted values),
written in a fixed order and quoted for the shell. With --recipe, fills a workflow's placeholders
(defaults for the ones you leave out) and prints its command lines.

Options (anywhere on the line):
  --short           write short flags where there are some
  --recipe NAME     fill a recipe instead
  --json            print {"line","argv","command"} (recipes: {"recipe","commands"})
  --lang, --db, --endpoint, --color  as for every read command

Examples:
  dref gen run --restart always -d -p 8080:80 --name web nginx:1.27
  dref gen --short image prune --all --force
  dref gen --recipe private-registry registry_host=192.168.0.10`;

const OWN_FLAGS = new Set(['--json', '--short', '--help', '-h']);
const OWN_VALUES = new Set(['--recipe', '--lang', '--db', '--endpoint', '--color']);

export async function genCommand(args: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  // dref's own options (which docker does not use) are taken from anywhere; every other word belongs to the line.
  const own: Record<string, string | boolean> = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] = a.includes('=') && a.startsWith('--') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (OWN_FLAGS.has(flag) && (flag !== '-h' || !rest.length)) { own[flag.replace(/^-+/, '')] = true; continue; }
    if (OWN_VALUES.has(flag)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new DrefError('USAGE', `${flag} needs a value`, 'see `dref gen --help`');
      own[flag.slice(2)] = value;
      continue;
    }
    rest.push(a);
  }
  if (own.help || own.h) { out.write(`${GEN_HELP}\n`); return 0; }
  const options = { json: own.json === true, ...(typeof own.lang === 'string' ? { lang: own.lang } : {}), ...(typeof own.db === 'string' ? { db: own.db } : {}), ...(typeof own.endpoint === 'string' ? { endpoint: own.endpoint } : {}), ...(typeof own.color === 'string' ? { color: own.color } : {}) };

  if (typeof own.recipe === 'string') {
    const values = rest.map((pair) => {
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new DrefError('USAGE', `${pair} is not KEY=VALUE`, `e.g. dref gen --recipe ${own.recipe} registry_host=192.168.0.10`);
      return { name: pair.slice(0, eq), value: pair.slice(eq + 1) };
    });
    return withClient(options, async ({ transport, style, json }) => {
      const { fillRecipe } = await transport.execute<{ fillRecipe: { commands: string[]; recipe: { name: string; title: string; steps: { summary: string }[] } } }>(FILL_RECIPE, { slug: own.recipe, values });
      if (json) printJson(out, { recipe: fillRecipe.recipe.name, commands: fillRecipe.commands });
      else out.write(`${style.bold(fillRecipe.recipe.title)}\n${fillRecipe.commands.map((c, k) => `\n${style.dim(`# ${k + 1}. ${fillRecipe.recipe.steps[k]?.summary ?? ''}`)}\n${c}`).join('\n')}\n`);
      return 0;
    });
  }

  if (!rest.length) throw new DrefError('USAGE', 'gen needs a command or --recipe NAME', 'try `dref gen run --rm alpine`');
  return withClient(options, async ({ transport, json }) => {
    const input = await readGenerateWords(transport, rest, own.short === true);
    const { generate } = await transport.execute<{ generate: { line: string; argv: string[]; command: string } }>(GENERATE, { input })
      .catch((error: unknown) => { throw namingFlags(error, input); });
    if (json) printJson(out, generate);
    else out.write(`${generate.line}\n`);
    return 0;
  });
}
