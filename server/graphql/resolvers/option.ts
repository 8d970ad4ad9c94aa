/** Option: one flag of a command, with its facts from `docker <cmd> --help`. */
import type { OptionSpec } from '../../../data/catalog/types.js';
import { DrefError } from '../../errors.js';
import type { OptionResolvers } from '../__generated__/resolvers-types.js';
import { dataOf, entryFields } from './entry-fields.js';

export const Option: OptionResolvers = {
  ...entryFields,
  command: async (e, _, ctx) => {
    const command = e.parentId ? await ctx.loaders.entry.load(e.parentId) : null;
    if (!command) throw new DrefError('INTERNAL', `option ${e.id} has no command`);
    return command;
  },
  long: (e) => dataOf<OptionSpec>(e).long,
  short: (e) => dataOf<OptionSpec>(e).short ?? null,
  valueType: (e) => dataOf<OptionSpec>(e).type,
  default: (e) => dataOf<OptionSpec>(e).default ?? null,
  values: (e) => (dataOf<OptionSpec>(e).values as string[] | undefined) ?? null,
  repeatable: (e) => dataOf<OptionSpec>(e).repeatable,
  deprecated: (e) => dataOf<OptionSpec>(e).deprecated ?? false,
};
