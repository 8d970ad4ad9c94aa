/** How explain fares on real command lines: shared by the real-world test (floors) and `bench:real-world` (figures). */
import { isDestructiveSpelling } from '../../server/commands/safe-suggestion.js';
import { explainCommandLine } from '../../server/explain/explain-command-line.js';

export interface LineMeasures {
  /** Lines where every command and flag has its entry and no problem is reported. */
  readonly misread: readonly string[];
  /** Lines with a problem reported: on valid lines, false alarms. */
  readonly alarms: readonly string[];
  /** Suggestions that would turn a harmless line into one that removes, stops or kills. */
  readonly destructive: readonly string[];
}

/** The docker command words of a line as explain reads them (`docker compose up`). */
export const commandsOf = (line: string) => explainCommandLine(line).tokens.filter((t) => t.role === 'command').map((t) => t.entry?.name ?? '');

export function measureLines(lines: readonly string[]): LineMeasures {
  const misread: string[] = [];
  const alarms: string[] = [];
  const destructive: string[] = [];
  for (const line of lines) {
    const e = explainCommandLine(line);
    const problems = e.problems.map((p) => p.message).join('; ');
    if (e.problems.length) alarms.push(`${line}: ${problems}`);
    if (e.problems.length || e.tokens.some((t) => !t.role || ((t.role === 'option' || t.role === 'command') && !t.entry))) misread.push(`${line}: ${problems}`);
    const before = commandsOf(line).some(isDestructiveSpelling);
    for (const p of e.problems) {
      if (p.suggestion && !before && commandsOf(p.suggestion).some(isDestructiveSpelling)) destructive.push(`${line} → ${p.suggestion}`);
    }
  }
  return { misread, alarms, destructive };
}
