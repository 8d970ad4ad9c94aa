/** The whole hand-written catalog, as lists: one line here per command file. */
import { build } from './commands/build.js';
import { commit } from './commands/commit.js';
import { create } from './commands/create.js';
import { dockerGlobal } from './commands/docker.js';
import { exportCommand } from './commands/export.js';
import { history } from './commands/history.js';
import { imagePrune } from './commands/image-prune.js';
import { images } from './commands/images.js';
import { importCommand } from './commands/import.js';
import { inspect } from './commands/inspect.js';
import { load } from './commands/load.js';
import { login } from './commands/login.js';
import { ps } from './commands/ps.js';
import { pull } from './commands/pull.js';
import { push } from './commands/push.js';
import { rm } from './commands/rm.js';
import { rmi } from './commands/rmi.js';
import { run } from './commands/run.js';
import { save } from './commands/save.js';
import { search } from './commands/search.js';
import { stop } from './commands/stop.js';
import { tag } from './commands/tag.js';
import type { CommandSpec } from './types.js';
import buildxFacts from './facts/buildx.json' with { type: 'json' };
import composeFacts from './facts/compose.json' with { type: 'json' };
import dockerFacts from './facts/docker.json' with { type: 'json' };
import type { FactsFile } from './facts/types.js';
import { commandFromFacts, commandsFromFacts, withBuildKitFlags } from './commands/from-facts.js';
import { withHiddenOptions } from './commands/hidden-options.js';
import dockerdFacts from './facts/dockerd.json' with { type: 'json' };
import { dockerdWords } from './words/dockerd.js';
import { commandWords } from './words/index.js';

export { instructions, directives } from './instructions.js';
import { concepts as noteConcepts } from './concepts.js';
import { everydayConcepts } from './everyday-concepts.js';
import { everydayRecipes } from './everyday-recipes.js';
import { recipes as noteRecipes } from './recipes.js';
export { comparisons } from './comparisons.js';
/** Concepts: those the notes teach, then the everyday areas beyond them. */
export const concepts = [...noteConcepts, ...everydayConcepts];
/** Recipes: the notes' workflows, then everyday ones. */
export const recipes = [...noteRecipes, ...everydayRecipes];
export { misconceptions } from './misconceptions.js';
export { optionValueMeanings } from './option-value-meanings.js';

/** The commands written by hand, facts and words together (checked against the help pages by a test). */
const handWritten: readonly CommandSpec[] = [
  dockerGlobal, search, pull, create, run, commit, images, inspect, rmi, imagePrune,
  save, load, exportCommand, importCommand, tag, push, stop, rm, build, login, ps, history,
];

/** The daemon's options, from its help page's facts and our words. */
export const daemonFactsFile = dockerdFacts as FactsFile;
const dockerd: CommandSpec = { ...commandFromFacts(daemonFactsFile.commands[0]!, dockerdWords), scope: 'daemon' };

/** The facts files: the Docker CLI's help pages and the two plugins' reference files. */
export const factsFiles: readonly { readonly facts: FactsFile; readonly plugin?: 'compose' | 'buildx' }[] = [
  { facts: dockerFacts as FactsFile }, { facts: composeFacts as FactsFile, plugin: 'compose' }, { facts: buildxFacts as FactsFile, plugin: 'buildx' },
];

const fromFacts = commandsFromFacts(factsFiles, commandWords, handWritten).map(withHiddenOptions);
const buildxBuild = fromFacts.find((c) => c.name === 'buildx build')!;

/**
 * Docker CLI commands (every one of Docker 28's, Compose's and Buildx's), the program's global
 * options (name '') and the daemon's (`dockerd`).
 */
export const commands: readonly CommandSpec[] = [
  ...handWritten.map((c) => (c === build ? withBuildKitFlags(build, buildxBuild) : c)),
  dockerd,
  ...fromFacts,
];
