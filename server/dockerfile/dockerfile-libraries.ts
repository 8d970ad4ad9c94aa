/**
 * The Dockerfile parser (dockerfile-ast) and validator (dockerfile-utils), imported through this one
 * module so that the CLI bundle can keep them in a file of their own (cli/dev/bundle.ts): a search
 * never reads their code.
 */
import { validate as validateDockerfile } from 'dockerfile-utils';

export { DockerfileParser } from 'dockerfile-ast';
export type { Flag, Instruction } from 'dockerfile-ast';
export { ValidationCode } from 'dockerfile-utils';

/**
 * dockerfile-utils' validate, made total. dockerfile-ast recurses without end resolving some
 * variables in arguments (` $ $!`, found by the fuzz test); the text is then validated again with
 * the arguments' `$` made plain, which keeps every position and every instruction word as written,
 * and loses only the checks of those variables.
 */
export function validate(text: string): ReturnType<typeof validateDockerfile> {
  try {
    return validateDockerfile(text);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return validateDockerfile(text.replace(/^(\s*\S*)(.*)$/gm, (_, word: string, rest: string) => word + rest.replaceAll('$', '_')));
  }
}
