/**
 * What the generator refuses, in both languages: each message id has an English and a Korean text
 * with the same placeholders, and a real input reaches each id (in the message or the hint), in
 * Korean under 'ko' and in English by default, the input field named first in either.
 */
import { describe, expect, it } from 'vitest';
import type { RecipeSpec } from '../../data/catalog/types.js';
import { fillRecipe } from '../../server/generate/fill-recipe.js';
import { GENERATE_MESSAGES, type GenerateMessageId } from '../../server/generate/generate-messages.js';
import { generateCommand, type GenerateInput } from '../../server/generate/generate-command.js';
import { catalogContext } from '../../server/knowledge/catalog-context.js';

const HANGUL = /[가-힣]/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const shapeOf = (text: string) => new RegExp(text.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?'), 's');

const context = catalogContext();
/** A recipe with a placeholder that has no default (the shipped ones all have one). */
const bare: RecipeSpec = { ...context.catalog.recipes[0]!, slug: 'bare', placeholders: [{ ...context.catalog.recipes[0]!.placeholders[0]!, name: 'host', type: 'host', default: undefined }] };
const withBare = { ...context, catalog: { ...context.catalog, recipes: [...context.catalog.recipes, bare] } };

type Asked = { readonly generate: GenerateInput } | { readonly recipe: string; readonly values?: Record<string, string> };
const run = (command: string, options: GenerateInput['options'] = [], args: string[] = []): Asked => ({ generate: { command, options, args } });

/** An input the generator refuses with each id in its message or hint. */
const REACHED_BY: Readonly<Record<GenerateMessageId, Asked>> = {
  'generate.unknownCommand': run('frobnicate'),
  'generate.commandExamples': run('frobnicate'),
  'generate.didYouMean': run('run', [{ name: '--restrat', value: 'always' }], ['nginx']),
  'generate.noOption': run('run', [{ name: '--bogus' }], ['nginx']),
  'generate.seeEntry': run('run', [{ name: '--bogus' }], ['nginx']),
  'generate.givenTwice': run('run', [{ name: '--name', value: 'a' }, { name: '--name', value: 'b' }], ['nginx']),
  'generate.giveOnce': run('run', [{ name: '--name', value: 'a' }, { name: '--name', value: 'b' }], ['nginx']),
  'generate.giveAsList': run('run', [{ name: '-e', value: 'A=1' }, { name: '-e', value: 'B=2' }], ['nginx']),
  'generate.leaveOneOut': run('run', [{ name: '--rm' }, { name: '--restart', value: 'always' }], ['nginx']),
  'generate.offUnlessGiven': run('run', [{ name: '--rm', value: false }], ['nginx']),
  'generate.switch': run('run', [{ name: '--rm', value: 'maybe' }], ['nginx']),
  'generate.needsValue': run('run', [{ name: '--restart' }], ['nginx']),
  'generate.oneOf': run('run', [{ name: '--restart' }], ['nginx']),
  'generate.example': run('run', [{ name: '--name' }], ['nginx']),
  'generate.needsOneValue': run('run', [{ name: '-e', value: [] }], ['nginx']),
  'generate.oneValue': run('run', [{ name: '--name', value: ['a', 'b'] }], ['nginx']),
  'generate.needsArguments': run('run'),
  'generate.usage': run('run'),
  'generate.tooManyArguments': run('tag', [], ['a', 'b', 'c']),
  'generate.tooManyArgumentsOne': run('pull', [], ['a', 'b']),
  'recipe.notFound': { recipe: 'zzzzzzzz' },
  'recipe.theRecipes': { recipe: 'zzzzzzzz' },
  'recipe.noPlaceholder': { recipe: 'bare', values: { zzzzzzzz: 'x' } },
  'recipe.thePlaceholders': { recipe: 'bare', values: { zzzzzzzz: 'x' } },
  'recipe.needsValue': { recipe: 'bare' },
  'recipe.invalidValue': { recipe: 'bare', values: { host: 'not a host!' } },
};

/** The message and hint the generator refuses the input with, in `lang`. */
function refusal(asked: Asked, lang: 'ko' | 'en' | undefined): string[] {
  try {
    if ('generate' in asked) generateCommand(asked.generate, context, lang);
    else fillRecipe(asked.recipe, asked.values, withBare, lang);
  } catch (error) {
    const e = error as { message: string; hint?: string };
    return [e.message, e.hint ?? ''];
  }
  throw new Error('the input was accepted');
}

describe('what the generator refuses', () => {
  const ids = Object.keys(GENERATE_MESSAGES) as GenerateMessageId[];

  it.each(ids)('%s is in English and in Korean, with the same placeholders', (id) => {
    const { en, ko } = GENERATE_MESSAGES[id];
    expect(ko).toMatch(HANGUL);
    expect(en).not.toMatch(HANGUL);
    expect(placeholders(ko)).toEqual(placeholders(en));
  });

  it.each(ids)('%s is what it says, in Korean with ko and in English by default', (id) => {
    const ko = refusal(REACHED_BY[id], 'ko');
    const en = refusal(REACHED_BY[id], undefined);
    expect(ko.some((text) => shapeOf(GENERATE_MESSAGES[id].ko).test(text)), ko.join(' | ')).toBe(true);
    expect(en.some((text) => shapeOf(GENERATE_MESSAGES[id].en).test(text)), en.join(' | ')).toBe(true);
  });

  it('names the input field first in Korean too, and puts docker\'s conflict in Korean', () => {
    expect(refusal(REACHED_BY['generate.leaveOneOut'], 'ko')).toEqual([
      'options[1].name: docker run: --rm과 --restart always 옵션은 함께 쓸 수 없습니다(conflicting options). 종료할 때 지워지는 컨테이너는 다시 시작할 수 없기 때문입니다',
      '둘 중 하나를 빼세요',
    ]);
    expect(refusal(run('run', [{ name: '--restart', value: 'sometimes' }], ['nginx']), 'ko')[0]).toMatch(/^options\[0\]\.value: --restart 옵션에는 `sometimes` 값을 쓸 수 없습니다/);
  });
});
