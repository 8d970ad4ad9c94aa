/**
 * `dref gen COMMAND [--option value]… [ARG]…` builds a valid command line; `dref gen --recipe NAME key=value…`
 * fills a recipe. Options are read against the command's own flags, so a switch takes no value.
 */
import { DrefError } from '../../server/errors.js';
import { parseLang, printJson, withClient } from '../client.js';
import { cliLang, cliMessage } from '../messages/cli-messages.js';
import { HELP_TEXTS } from '../messages/help-texts.js';
import { namingFlags, readGenerateWords } from '../gen-input.js';
import { FILL_RECIPE, GENERATE } from '../operations/documents.js';

export const GEN_HELP = HELP_TEXTS.gen.en;

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
      // The options are not all read yet: the message follows --lang as written anywhere, else LANG.
      if (value === undefined) throw new DrefError('USAGE', cliMessage(cliLang(args), 'gen.needsValue', { flag }), cliMessage(cliLang(args), 'args.seeHelp', { command: 'gen' }));
      own[flag.slice(2)] = value;
      continue;
    }
    rest.push(a);
  }
  const lang = parseLang(typeof own.lang === 'string' ? own.lang : undefined);
  if (own.help || own.h) { out.write(`${HELP_TEXTS.gen[lang]}\n`); return 0; }
  const options = { json: own.json === true, ...(typeof own.lang === 'string' ? { lang: own.lang } : {}), ...(typeof own.db === 'string' ? { db: own.db } : {}), ...(typeof own.endpoint === 'string' ? { endpoint: own.endpoint } : {}), ...(typeof own.color === 'string' ? { color: own.color } : {}) };

  if (typeof own.recipe === 'string') {
    const values = rest.map((pair) => {
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new DrefError('USAGE', cliMessage(lang, 'gen.notKeyValue', { pair }), cliMessage(lang, 'gen.notKeyValueHint', { recipe: String(own.recipe) }));
      return { name: pair.slice(0, eq), value: pair.slice(eq + 1) };
    });
    return withClient(options, async ({ transport, style, json }) => {
      const { fillRecipe } = await transport.execute<{ fillRecipe: { commands: string[]; recipe: { name: string; title: string; steps: { summary: string }[] } } }>(FILL_RECIPE, { slug: own.recipe, values });
      if (json) printJson(out, { recipe: fillRecipe.recipe.name, commands: fillRecipe.commands });
      else out.write(`${style.bold(fillRecipe.recipe.title)}\n${fillRecipe.commands.map((c, k) => `\n${style.dim(`# ${k + 1}. ${fillRecipe.recipe.steps[k]?.summary ?? ''}`)}\n${c}`).join('\n')}\n`);
      return 0;
    });
  }

  if (!rest.length) throw new DrefError('USAGE', cliMessage(lang, 'gen.needsCommand'), cliMessage(lang, 'gen.needsCommandHint'));
  return withClient(options, async ({ transport, json }) => {
    const input = await readGenerateWords(transport, rest, own.short === true, lang);
    const { generate } = await transport.execute<{ generate: { line: string; argv: string[]; command: string } }>(GENERATE, { input })
      .catch((error: unknown) => { throw namingFlags(error, input); });
    if (json) printJson(out, generate);
    else out.write(`${generate.line}\n`);
    return 0;
  });
}
