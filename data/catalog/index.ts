/** The whole hand-written catalog, as lists: one line here per command file. */
import { build } from './commands/build.js';
import { commit } from './commands/commit.js';
import { create } from './commands/create.js';
import { dockerGlobal } from './commands/docker.js';
import { dockerd } from './commands/dockerd.js';
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

export { instructions, directives } from './instructions.js';
export { concepts } from './concepts.js';
export { comparisons } from './comparisons.js';
export { recipes } from './recipes.js';
export { misconceptions } from './misconceptions.js';
export { optionValueMeanings } from './option-value-meanings.js';

/** Docker CLI commands, the program's global options (name '') and the daemon's (`dockerd`). */
export const commands: readonly CommandSpec[] = [
  dockerGlobal, search, pull, create, run, commit, images, inspect, rmi, imagePrune,
  save, load, exportCommand, importCommand, tag, push, stop, rm, build, login, ps, history, dockerd,
];
