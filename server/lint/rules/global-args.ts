/**
 * The build arguments a FROM line can see: the ones BuildKit sets itself (platform and target
 * stage) and the ARGs declared before the first FROM. Shared by the rules that work out FROM lines
 * and by undefined-var, which must know what a stage does not see without `ARG NAME`.
 */
import type { Stage } from '../types.js';
import { keyValuePairs } from './variable-references.js';

/**
 * What BuildKit sets in the global scope before any ARG (dockerfile2llb's defaultArgs), with a
 * value for a linux/amd64 build of the default target; where a value matters it is only for
 * whether a FROM comes out as a valid name, not for the platform itself.
 */
export const PLATFORM_ARG_DEFAULTS: ReadonlyMap<string, string> = new Map([
  ['BUILDPLATFORM', 'linux/amd64'], ['BUILDOS', 'linux'], ['BUILDOSVERSION', ''], ['BUILDARCH', 'amd64'], ['BUILDVARIANT', ''],
  ['TARGETPLATFORM', 'linux/amd64'], ['TARGETOS', 'linux'], ['TARGETOSVERSION', ''], ['TARGETARCH', 'amd64'], ['TARGETVARIANT', ''],
  ['TARGETSTAGE', 'default'],
]);

/** The names of those arguments; a stage sees them only through `ARG NAME`. */
export const PLATFORM_ARGS: ReadonlySet<string> = new Set(PLATFORM_ARG_DEFAULTS.keys());

/** The `key[=value]` pairs of the ARGs before the first FROM, in order (stage 0 holds them). */
export function globalArgPairs(stages: readonly Stage[], escape: string): { key: string; value: string | null }[] {
  return (stages[0]?.steps ?? []).filter((s) => s.keyword === 'ARG').flatMap((s) => keyValuePairs(s.args, 'ARG', escape));
}
