/**
 * Options that docker refuses together, with what it says. One list for the parser (explain, the
 * notes check) and the generator, so `dref gen` never writes a line explain would call wrong.
 */

export interface OptionConflict {
  /** The option the message points at. */
  readonly at: string;
  readonly message: string;
}

/**
 * The conflicts among the options given to `docker <command>`. `given` maps each long flag to its
 * value (`true` for a switch).
 */
export function optionConflicts(command: string, given: ReadonlyMap<string, string | true>): OptionConflict[] {
  if (command !== 'run' && command !== 'create') return [];
  const conflicts: OptionConflict[] = [];
  const restart = given.get('--restart');
  if (given.has('--rm') && typeof restart === 'string' && restart !== 'no') {
    conflicts.push({ at: '--restart', message: `docker ${command} refuses --restart ${restart} together with --rm (conflicting options): a container removed on exit cannot be restarted` });
  }
  if (given.has('--detach') && given.has('--attach')) {
    conflicts.push({ at: '--attach', message: `docker ${command} refuses -a/--attach together with -d/--detach (conflicting options): a detached container is attached to nothing` });
  }
  return conflicts;
}
