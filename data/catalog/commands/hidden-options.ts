/**
 * Flags that commands accept but their help pages and reference files leave out (cobra's
 * `MarkHidden`), so the facts files lack them: `docker compose --version` works though no page lists
 * it. They are read, so a note using one gets no erratum, and never offered.
 */
import type { CommandSpec, OptionSpec } from '../types.js';

function hiddenFlag(long: string, type: OptionSpec['type'], ko: string, en: string, short?: string): OptionSpec {
  return { long, ...(short ? { short } : {}), type, repeatable: false, summary: { ko, en }, keywords: { ko: [], en: [] } };
}

/**
 * By command name. Compose's root keeps `--version`/`-v`, `--verbose` and `--no-ansi` hidden
 * (docker/compose `cmd/compose/compose.go`) and the deprecated `--workdir` (its project flags).
 */
const HIDDEN: Readonly<Record<string, readonly OptionSpec[]>> = {
  compose: [
    hiddenFlag('--version', 'bool', 'Docker Compose 버전 정보를 보여 줍니다', 'Show the Docker Compose version information', '-v'),
    hiddenFlag('--verbose', 'bool', '더 많은 출력을 보여 줍니다', 'Show more output'),
    hiddenFlag('--no-ansi', 'bool', 'ANSI 제어 문자를 출력하지 않습니다(폐지됨)', 'Do not print ANSI control characters (deprecated)'),
    hiddenFlag('--workdir', 'string', '--project-directory의 옛 이름(폐지됨)', 'The old name of --project-directory (deprecated)'),
  ],
};

/** The command with the hidden flags it accepts, when it has any. */
export function withHiddenOptions(spec: CommandSpec): CommandSpec {
  const hidden = HIDDEN[spec.name];
  return hidden ? { ...spec, hiddenOptions: hidden } : spec;
}
