/**
 * Flags that commands accept but their help pages and reference files leave out (cobra's
 * `MarkHidden`), so the facts files lack them: `docker compose --version` works though no page lists
 * it. They are read, so a note using one gets no erratum, and never offered.
 */
import type { CommandSpec, OptionSpec } from '../types.js';

function hiddenFlag(long: string, type: OptionSpec['type'], ko: string, en: string, short?: string, repeatable = false): OptionSpec {
  return { long, ...(short ? { short } : {}), type, repeatable, summary: { ko, en }, keywords: { ko: [], en: [] } };
}

/** Compose's `--insecure-registry` (a string array), hidden on its root and on `publish`: for testing only. */
const insecureRegistry = hiddenFlag('--insecure-registry', 'list', 'Compose OCI 아티팩트를 받을 때 쓸 안전하지 않은 레지스트리(시험용)',
  'An insecure registry to pull Compose OCI artifacts from (for testing)', undefined, true);

/**
 * By command name. Compose's root keeps `--version`/`-v`, `--verbose` and `--no-ansi` hidden
 * (docker/compose `cmd/compose/compose.go`) and the deprecated `--workdir` (its project flags). Its subcommands
 * keep Compose v1's flags, hidden (`cmd/compose/build.go`, `pull.go`, `remove.go`, `exec.go`, `run.go`): `build
 * --compress`, `--force-rm`, `--no-rm`, `--parallel`; `pull --parallel`, `--no-parallel`; `rm -a`; `exec -i`/`-t` and
 * `run -t` (on by default). docker/cli keeps `volume create --name` (the old spelling of its VOLUME argument,
 * `cli/command/volume/create.go`).
 */
const HIDDEN: Readonly<Record<string, readonly OptionSpec[]>> = {
  compose: [
    hiddenFlag('--version', 'bool', 'Docker Compose 버전 정보를 보여 줍니다', 'Show the Docker Compose version information', '-v'),
    hiddenFlag('--verbose', 'bool', '더 많은 출력을 보여 줍니다', 'Show more output'),
    hiddenFlag('--no-ansi', 'bool', 'ANSI 제어 문자를 출력하지 않습니다(폐지됨)', 'Do not print ANSI control characters (deprecated)'),
    hiddenFlag('--workdir', 'string', '--project-directory의 옛 이름(폐지됨)', 'The old name of --project-directory (deprecated)'),
    insecureRegistry,
  ],
  'compose build': [
    hiddenFlag('--compress', 'bool', '빌드 컨텍스트를 gzip으로 압축합니다(폐지됨)', 'Compress the build context using gzip (deprecated)'),
    hiddenFlag('--force-rm', 'bool', '중간 컨테이너를 항상 지웁니다(폐지됨)', 'Always remove intermediate containers (deprecated)'),
    hiddenFlag('--no-rm', 'bool', '빌드가 성공한 뒤 중간 컨테이너를 지우지 않습니다(폐지됨)', 'Do not remove intermediate containers after a successful build (deprecated)'),
    hiddenFlag('--parallel', 'bool', '이미지를 병렬로 빌드합니다(폐지됨)', 'Build images in parallel (deprecated)'),
  ],
  'compose pull': [
    hiddenFlag('--parallel', 'bool', '여러 이미지를 병렬로 받습니다(폐지됨)', 'Pull multiple images in parallel (deprecated)'),
    hiddenFlag('--no-parallel', 'bool', '병렬로 받지 않습니다(폐지됨)', 'Disable parallel pulling (deprecated)'),
  ],
  'compose rm': [hiddenFlag('--all', 'bool', '효과 없음(폐지됨)', 'No effect (deprecated)', '-a')],
  'compose exec': [
    hiddenFlag('--interactive', 'bool', '연결하지 않아도 STDIN을 열어 둡니다(기본값)', 'Keep STDIN open even if not attached (the default)', '-i'),
    hiddenFlag('--tty', 'bool', '가상 TTY를 할당합니다(기본값)', 'Allocate a pseudo-TTY (the default)', '-t'),
  ],
  'compose run': [hiddenFlag('--tty', 'bool', '가상 TTY를 할당합니다(기본값)', 'Allocate a pseudo-TTY (the default)', '-t')],
  'compose publish': [insecureRegistry],
  'volume create': [hiddenFlag('--name', 'string', '볼륨 이름(VOLUME 인수의 옛 형태)', 'The volume\'s name (the old form of the VOLUME argument)')],
};

/** The command with the hidden flags it accepts, when it has any. */
export function withHiddenOptions(spec: CommandSpec): CommandSpec {
  const hidden = HIDDEN[spec.name];
  return hidden ? { ...spec, hiddenOptions: hidden } : spec;
}
