/** Instruction: a Dockerfile instruction with its forms, flags and deprecation. */
import type { InstructionSpec } from '../../../data/catalog/types.js';
import type { InstructionFlagResolvers, InstructionFormResolvers, InstructionResolvers } from '../__generated__/resolvers-types.js';
import { dataOf, entryFields } from './entry-fields.js';
import { langOf } from './lang.js';

export const Instruction: InstructionResolvers = {
  ...entryFields,
  forms: (e) => [...dataOf<InstructionSpec>(e).forms],
  flags: (e) => [...dataOf<InstructionSpec>(e).flags],
  deprecation: (e) => dataOf<InstructionSpec>(e).deprecated ?? null,
};

export const InstructionForm: InstructionFormResolvers = {
  summary: (f, { lang }, ctx) => f.summary[langOf(lang, ctx)],
};

export const InstructionFlag: InstructionFlagResolvers = {
  default: (f) => f.default ?? null,
  summary: (f, { lang }, ctx) => f.summary[langOf(lang, ctx)],
};
