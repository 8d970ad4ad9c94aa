/** Recipes for everyday workflows beyond the notes (a shell in a container, logs, volumes, Compose, clean-up); every text is ours. */
import type { RecipeSpec } from './types.js';

export const everydayRecipes: readonly RecipeSpec[] = [
];
