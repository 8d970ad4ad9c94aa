/**
 * Fills a recipe's placeholders (`{{registry_host}}:5000/{{image}}:{{tag}}`) with the user's values
 * or their defaults, checking each value against its type, and returns the steps as command lines.
 */
import type { PlaceholderSpec, RecipeSpec } from '../../data/catalog/types.js';
import { DrefError } from '../errors.js';
import { catalogContext, type CatalogContext } from '../knowledge/catalog-context.js';
import { didYouMean } from '../text/did-you-mean.js';
import { quoteShellWord } from './quote-shell.js';
import { generateMessage as say } from './generate-messages.js';
import type { MessageLang } from '../text/problem-messages.js';

export interface FilledRecipe {
  readonly slug: string;
  readonly title: { readonly ko: string; readonly en: string };
  readonly values: Readonly<Record<string, string>>;
  readonly steps: readonly { readonly summary: { readonly ko: string; readonly en: string }; readonly command: string }[];
}

/** What each placeholder type accepts. */
const TYPES: Readonly<Record<PlaceholderSpec['type'], { readonly pattern: RegExp; readonly example: string }>> = {
  image: { pattern: /^[a-z0-9]+([._-][a-z0-9]+)*(:\d+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)*(:[\w][\w.-]{0,127})?(@sha256:[0-9a-f]{64})?$/, example: 'nginx, myuser/app:1.0, localhost:5000/app' },
  tag: { pattern: /^[\w][\w.-]{0,127}$/, example: '1.0, latest' },
  container: { pattern: /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, example: 'web, my_container' },
  host: { pattern: /^(\[[0-9a-fA-F:]+\]|[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)*)$/, example: 'localhost, 192.168.0.10, registry.example.com' },
  port: { pattern: /^([1-9]\d{0,3}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d{2}|655[0-2]\d|6553[0-5])$/, example: '5000' },
  path: { pattern: /^[^\0\n]+$/, example: './, /srv/app' },
  file: { pattern: /^[^\0\n]+$/, example: 'image.tar' },
  string: { pattern: /^[^\0\n]*$/, example: 'any text on one line' },
  url: { pattern: /^[a-z][a-z0-9+.-]*:\/\/\S+$/i, example: 'https://github.com/user/repo.git' },
};

/** The recipe's steps with its placeholders filled; what it refuses is said in `lang`. */
export function fillRecipe(slug: string, values: Readonly<Record<string, string>> = {}, context: CatalogContext = catalogContext(), lang: MessageLang = 'en'): FilledRecipe {
  const recipe = context.catalog.recipes.find((r) => r.slug === slug.replace(/^recipe:/, ''));
  if (!recipe) {
    const guess = didYouMean(slug, context.catalog.recipes.map((r) => r.slug));
    throw new DrefError('NOT_FOUND', say(lang, 'recipe.notFound', { slug }), guess ? say(lang, 'generate.didYouMean', { guess }) : say(lang, 'recipe.theRecipes', { slugs: context.catalog.recipes.map((r) => r.slug).join(', ') }));
  }
  const known = new Set(recipe.placeholders.map((p) => p.name));
  for (const key of Object.keys(values)) {
    if (!known.has(key)) {
      const guess = didYouMean(key, known);
      throw new DrefError('BAD_INPUT', `${key}: ${say(lang, 'recipe.noPlaceholder', { slug: recipe.slug, key })}`, guess ? say(lang, 'generate.didYouMean', { guess }) : say(lang, 'recipe.thePlaceholders', { keys: [...known].join(', ') }));
    }
  }
  const filled: Record<string, string> = {};
  for (const p of recipe.placeholders) {
    const value = values[p.name] ?? p.default;
    if (value === undefined) throw new DrefError('BAD_INPUT', `${p.name}: ${say(lang, 'recipe.needsValue', { slug: recipe.slug, name: p.name, summary: p.summary[lang] })}`, say(lang, 'generate.example', { example: `${p.name}=${TYPES[p.type].example.split(',')[0]}` }));
    if (!TYPES[p.type].pattern.test(value)) {
      throw new DrefError('BAD_INPUT', `${p.name}: ${say(lang, 'recipe.invalidValue', { value: JSON.stringify(value), type: p.type })}`, say(lang, 'generate.example', { example: TYPES[p.type].example }));
    }
    filled[p.name] = value;
  }
  return { slug: recipe.slug, title: recipe.title, values: filled, steps: recipe.steps.map((s) => ({ summary: s.summary, command: fill(recipe, s.command, filled) })) };
}

/**
 * Replaces each {{name}}. A path, file or URL that stands alone as a shell word is quoted if it needs
 * it; a string is written as given, since it may be several words (a container's command).
 */
function fill(recipe: RecipeSpec, command: string, values: Readonly<Record<string, string>>): string {
  const types = new Map(recipe.placeholders.map((p) => [p.name, p.type]));
  return command.replace(/\{\{(\w+)\}\}/g, (match, name: string, offset: number) => {
    const value = values[name];
    if (value === undefined) throw new DrefError('INTERNAL', `recipe ${recipe.slug} uses {{${name}}} but does not declare it`);
    const before = command[offset - 1];
    const after = command[offset + match.length];
    const standsAlone = (before === undefined || before === ' ') && (after === undefined || after === ' ');
    const type = types.get(name);
    return standsAlone && (type === 'path' || type === 'file' || type === 'url') ? quoteShellWord(value) : value;
  });
}
