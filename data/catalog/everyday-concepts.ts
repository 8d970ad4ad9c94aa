/** Concepts of the areas the notes do not reach (networks, volumes, Compose, BuildKit, contexts, swarm); every text is ours. */
import type { ConceptSpec } from './types.js';

export const everydayConcepts: readonly ConceptSpec[] = [
];
