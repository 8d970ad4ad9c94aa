/**
 * The Dockerfile parser (dockerfile-ast) and validator (dockerfile-utils), imported through this one
 * module so that the CLI bundle can keep them in a file of their own (cli/dev/bundle.ts): a search
 * never reads their code.
 */
export { DockerfileParser } from 'dockerfile-ast';
export type { Flag, Instruction } from 'dockerfile-ast';
export { validate, ValidationCode } from 'dockerfile-utils';
