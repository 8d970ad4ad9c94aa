/**
 * Options that docker refuses together, with what it says. One list for the parser (explain, the
 * notes check) and the generator, so `dref gen` never writes a line explain would call wrong.
 */
import { problemMessage, type MessageLang } from '../text/problem-messages.js';

export interface OptionConflict {
  /** The option the message points at. */
  readonly at: string;
  readonly message: string;
}

/**
 * The conflicts among the options given to `docker <command>`. `given` maps each long flag to its
 * value (`true` for a switch). Messages are written in `lang`.
 */
export function optionConflicts(command: string, given: ReadonlyMap<string, string | true>, lang: MessageLang = 'en'): OptionConflict[] {
  if (command !== 'run' && command !== 'create') return [];
  const conflicts: OptionConflict[] = [];
  const restart = given.get('--restart');
  if (given.has('--rm') && typeof restart === 'string' && restart !== 'no') {
    conflicts.push({ at: '--restart', message: problemMessage(lang, 'conflict.restartWithRm', { command, restart }) });
  }
  if (given.has('--detach') && given.has('--attach')) {
    conflicts.push({ at: '--attach', message: problemMessage(lang, 'conflict.attachWithDetach', { command }) });
  }
  return conflicts;
}
