/** Command: a docker CLI command with its usage, arguments and options. */
import type { CommandSpec } from '../../../data/catalog/types.js';
import type { CommandResolvers } from '../__generated__/resolvers-types.js';
import { dataOf, entryFields } from './entry-fields.js';

export const Command: CommandResolvers = {
  ...entryFields,
  usage: (e) => dataOf<CommandSpec>(e).usage,
  arguments: (e) => dataOf<CommandSpec>(e).args.map((a) => ({ ...a })),
  options: (e, _, ctx) => ctx.loaders.options.load(e.id),
};
