/**
 * The CLI's own words — headings of `show` and `compare`, its errors and hints — in English and
 * Korean, each written for its readers (not word for word). `{name}` marks a value put in.
 * test/cli/cli-messages.test.ts walks every id and fails on a missing or half translation.
 * (Explain problems, errata and lint findings come from the engines with their own translations.)
 */
import type { Lang } from '../../server/search/search-entries.js';
import { fillPlaceholders } from '../../server/text/fill-placeholders.js';

export interface Bilingual {
  readonly en: string;
  readonly ko: string;
}

export const CLI_MESSAGES = {
  // dref show (render-entry.ts)
  'show.flag': { en: 'Flag:', ko: '플래그:' },
  'show.switch': { en: 'switch', ko: '스위치(값 없음)' },
  'show.of': { en: 'of {command}', ko: '{command}의 옵션' },
  'show.deprecated': { en: 'Deprecated since {since}: write {replacement}', ko: '{since}부터 쓰지 않는 기능입니다. 대신 이렇게 쓰세요: {replacement}' },
  'show.forms': { en: 'Forms:', ko: '형식:' },
  'show.flags': { en: 'Flags:', ko: '플래그:' },
  'show.default': { en: 'default {value}', ko: '기본값 {value}' },
  'show.compared': { en: 'Compared: {subjects}', ko: '비교 대상: {subjects}' },
  'show.steps': { en: 'Steps:', ko: '단계:' },
  'show.fillWith': { en: 'Fill with: {command}', ko: '값을 채우려면: {command}' },
  'show.options': { en: 'Options ({count}):', ko: '옵션 ({count}개):' },
  'show.inTheNotes': { en: 'In the notes:', ko: '노트의 해당 부분:' },
  'show.morePlaces': { en: '… and {count} more places (--json lists them all)', ko: '… 그 밖에 {count}곳 더 있습니다(--json으로 모두 볼 수 있습니다)' },
  'show.notNamed': { en: 'The notes do not name it; see {places} for a related passage.', ko: '노트에 이 항목을 직접 다룬 곳은 없습니다. 관련된 내용은 {places}에 있습니다.' },
  'show.examples': { en: 'Examples:', ko: '예시:' },
  'show.notesLine': { en: 'notes line {line}', ko: '노트 {line}행' },
  'show.related': { en: 'Related:', ko: '관련 항목:' },
  'show.noEntry': { en: 'No entry named "{name}". Find it with `dref search {name}`.', ko: '"{name}" 항목이 없습니다. `dref search {name}`로 찾아보세요.' },
  'show.needsName': { en: 'show needs a name', ko: 'show에는 항목 이름이 필요합니다' },
  'show.needsNameHint': { en: 'try `dref show run --restart`', ko: '예: `dref show run --restart`' },
  // The kinds of entry, the roles of the notes' lines and errata's severities, as show and search label them
  'kind.command': { en: 'command', ko: '명령' },
  'kind.option': { en: 'option', ko: '옵션' },
  'kind.instruction': { en: 'instruction', ko: '인스트럭션' },
  'kind.concept': { en: 'concept', ko: '개념' },
  'kind.comparison': { en: 'comparison', ko: '비교' },
  'kind.recipe': { en: 'recipe', ko: '레시피' },
  'note.definition': { en: 'definition', ko: '정의' },
  'note.passage': { en: 'passage', ko: '본문' },
  'note.example': { en: 'example', ko: '예시' },
  'note.related': { en: 'related', ko: '관련 내용' },
  'severity.error': { en: 'error', ko: '오류' },
  'severity.warning': { en: 'warning', ko: '경고' },
  'severity.info': { en: 'info', ko: '참고' },
  // dref search
  'search.needsTerm': { en: 'search needs at least one term', ko: 'search에는 검색어가 하나 이상 필요합니다' },
  'search.needsTermHint': { en: 'try `dref search restart`', ko: '예: `dref search restart`' },
  'search.badKind': { en: '--kind {kind} is not a kind', ko: '--kind에 쓸 수 없는 종류입니다: {kind}' },
  'search.badKindHint': { en: 'use one of {kinds}', ko: '다음 중 하나를 쓰세요: {kinds}' },
  'search.badLimit': { en: '--limit {value} is not a whole number from 1 to 50', ko: '--limit에는 1부터 50까지의 정수를 쓰세요(받은 값: {value})' },
  'search.showingFor': { en: 'Showing results for "{query}".', ko: '"{query}" 검색 결과를 보여 줍니다.' },
  'search.more': { en: '{count} results; more with --after {cursor}', ko: '결과 {count}개. 다음 페이지는 --after {cursor}' },
  'search.inTheNotes': { en: 'In the notes:', ko: '노트에서:' },
  'search.nothing': { en: 'Nothing found for "{query}". Try fewer or other words, in Korean or English (e.g. `dref search restart`).', ko: '"{query}"에 맞는 결과가 없습니다. 단어를 줄이거나 다른 말로, 한국어나 영어로 찾아보세요(예: `dref search restart`).' },
  // dref explain: the roles of tokens, the form of an instruction, where a problem is
  'role.program': { en: 'program', ko: '프로그램' },
  'role.command': { en: 'command', ko: '명령' },
  'role.option': { en: 'option', ko: '옵션' },
  'role.option value': { en: 'option value', ko: '옵션 값' },
  'role.image': { en: 'image', ko: '이미지' },
  'role.container': { en: 'container', ko: '컨테이너' },
  'role.path': { en: 'path', ko: '경로' },
  'role.argument': { en: 'argument', ko: '인자' },
  'role.container command': { en: 'container command', ko: '컨테이너 명령' },
  'role.operator': { en: 'operator', ko: '연산자' },
  'role.variable': { en: 'variable', ko: '환경 변수' },
  'role.instruction': { en: 'instruction', ko: '인스트럭션' },
  'role.flag': { en: 'flag', ko: '플래그' },
  'role.flag value': { en: 'flag value', ko: '플래그 값' },
  'explain.form.shell': { en: 'shell form', ko: '셸 형식' },
  'explain.form.exec': { en: 'exec form', ko: 'exec 형식' },
  'explain.form.plain': { en: 'plain form', ko: '일반 형식' },
  'explain.onLine': { en: '(line {line})', ko: '({line}번째 줄)' },
  'explain.needsLine': { en: 'explain needs a line', ko: 'explain에는 풀이할 줄이 필요합니다' },
  'explain.needsLineHint': { en: "try `dref explain 'docker run -d nginx'`, or `dref explain -` to read it from standard input", ko: "예: `dref explain 'docker run -d nginx'`. 표준 입력에서 읽으려면 `dref explain -`" },
  'explain.cannotReadInput': { en: 'cannot read standard input ({code})', ko: '표준 입력을 읽을 수 없습니다({code})' },
  // dref gen (gen-input.ts says an unknown command or option, and a missing value, in generate()'s own words: generate-messages.ts)
  'gen.needsValue': { en: '{flag} needs a value', ko: '{flag}에는 값이 필요합니다' },
  'gen.notKeyValue': { en: '{pair} is not KEY=VALUE', ko: '{pair}: KEY=VALUE 형식이 아닙니다' },
  'gen.notKeyValueHint': { en: 'e.g. dref gen --recipe {recipe} registry_host=192.168.0.10', ko: '예: dref gen --recipe {recipe} registry_host=192.168.0.10' },
  'gen.unknownCommandHint': { en: 'see `dref search` for the commands', ko: '명령은 `dref search`로 찾아보세요' },
  'gen.noOptionHint': { en: 'see `dref show {command}`', ko: '자세한 내용은 `dref show {command}`에서 보세요' },
  'gen.needsCommand': { en: 'gen needs a command or --recipe NAME', ko: 'gen에는 명령이나 --recipe NAME이 필요합니다' },
  'gen.needsCommandHint': { en: 'try `dref gen run --rm alpine`', ko: '예: `dref gen run --rm alpine`' },
  // dref serve
  'serve.badPort': { en: '--port {value} is not a port number', ko: '--port에는 포트 번호를 쓰세요(받은 값: {value})' },
  'serve.badPortHint': { en: 'use 0–65535', ko: '0–65535 사이의 값을 쓰세요' },
  'serve.badRateLimit': { en: '--rate-limit {value} is not a whole number ≥ 0', ko: '--rate-limit에는 0 이상의 정수를 쓰세요(받은 값: {value})' },
  'serve.badResponseCache': { en: '--response-cache {value} is not a whole number ≥ 0', ko: '--response-cache에는 0 이상의 정수를 쓰세요(받은 값: {value})' },
  'serve.serving': { en: 'serving {path} at {address} (GraphQL {address}/graphql, REST {address}/api/v1)', ko: '{address}에서 제공 중: {path} (GraphQL {address}/graphql, REST {address}/api/v1)' },
  'serve.stopping': { en: '{signal}: finishing requests in flight, then stopping', ko: '{signal}: 처리 중인 요청을 마친 뒤 멈춥니다' },
  // dref compare
  'compare.noComparison': { en: 'The catalog draws no comparison between these two; see `dref show` for each.', ko: '카탈로그에는 이 둘을 비교한 표가 없습니다. 각각 `dref show`로 확인해 보세요.' },
  'compare.twoNames': { en: 'compare takes two names, not {count}', ko: 'compare에는 이름이 두 개 필요합니다(받은 이름: {count}개)' },
  'compare.twoNamesHint': { en: 'quote names with spaces: dref compare "docker save" "docker export"', ko: '공백이 있는 이름은 따옴표로 묶으세요: dref compare "docker save" "docker export"' },
  'compare.noEntry': { en: 'no entry named "{name}"', ko: '"{name}" 항목이 없습니다' },
  'compare.noEntryHint': { en: 'find its name with `dref search {name}`', ko: '`dref search {name}`로 정확한 이름을 찾아보세요' },
  // dref errata
  'errata.count': { en: '{count} errata.', ko: '정오표 {count}건.' },
  'errata.badSeverity': { en: '--severity {value} is not error or warning', ko: '--severity에는 error나 warning만 쓸 수 있습니다(받은 값: {value})' },
  // the program (main.ts) and the shared options (client.ts, parse-cli-args.ts)
  'main.unknownCommand': { en: 'unknown command `{word}`', ko: '알 수 없는 명령입니다: `{word}`' },
  'main.unknownOption': { en: 'unknown option `{word}`', ko: '알 수 없는 옵션입니다: `{word}`' },
  'main.didYouMean': { en: 'did you mean `dref {meant}`?', ko: '비슷한 명령: `dref {meant}`' },
  'main.theCommands': { en: 'the commands are: {commands}; see `dref --help`', ko: '명령은 {commands}입니다. `dref --help`를 참고하세요' },
  'main.theOptions': { en: 'the options are --help and --version; see `dref --help`', ko: '쓸 수 있는 옵션은 --help와 --version입니다. `dref --help`를 참고하세요' },
  'args.seeHelp': { en: 'see `dref {command} --help`', ko: '`dref {command} --help`를 참고하세요' },
  'args.flagAsWord': { en: 'to {verb} a flag, put -- before it: dref {command} -- {flag}; else see `dref {command} --help`', ko: '플래그 자체를 {verb} 앞에 --를 붙이세요: dref {command} -- {flag}. 그 밖의 사용법은 `dref {command} --help`를 보세요' },
  'args.verbSearch': { en: 'search for', ko: '검색하려면' },
  'args.verbPass': { en: 'pass', ko: '넘기려면' },
  'args.unknownOption': { en: "Unknown option '{flag}'", ko: "알 수 없는 옵션입니다: '{flag}'" },
  'args.missingValue': { en: "Option '{flag}' needs a value", ko: "'{flag}' 옵션에는 값이 필요합니다" },
  'args.emptyValue': { en: "Option '{flag}' is empty: give a path (an empty one would mean the default)", ko: "'{flag}' 옵션 값이 비어 있습니다. 경로를 적어 주세요(비워 두면 기본 경로로 읽힙니다)" },
  'args.unexpectedValue': { en: "Option '{flag}' takes no value", ko: "'{flag}' 옵션은 값을 받지 않습니다" },
  'client.badLang': { en: '--lang {value} is not supported', ko: '지원하지 않는 언어입니다: --lang {value}' },
  'client.badLangHint': { en: 'use --lang ko or --lang en', ko: '--lang ko나 --lang en을 쓰세요' },
  'client.badColor': { en: '--color {value} is not auto, always or never', ko: '--color에는 auto, always, never 중 하나를 쓰세요(받은 값: {value})' },
  'completions.noShell': { en: 'no completions for {shell}', ko: '{shell}용 자동 완성은 없습니다' },
  'completions.noShellHint': { en: 'use bash, zsh or fish', ko: 'bash, zsh, fish 중 하나를 쓰세요' },
  // dref lint (lint-command.ts, find-dockerfiles.ts)
  'lint.badFormat': { en: '--format {format} is not one of {formats}', ko: '--format에는 {formats} 중 하나를 쓰세요(받은 값: {format})' },
  'lint.dryRunWithoutFix': { en: '--dry-run only goes with --fix', ko: '--dry-run은 --fix와 함께만 쓸 수 있습니다' },
  'lint.dryRunWithoutFixHint': { en: 'dref lint --fix --dry-run shows the fixes as a diff', ko: 'dref lint --fix --dry-run은 고칠 내용을 diff로 보여 줍니다' },
  'lint.noSuchFile': { en: 'no such file', ko: '그런 파일이 없습니다' },
  'lint.cannotRead': { en: 'cannot read it ({code})', ko: '파일을 읽을 수 없습니다({code})' },
  'lint.noDockerfileHint': { en: "give the Dockerfile's path, or - for standard input", ko: 'Dockerfile의 경로를 주거나, 표준 입력에서 읽으려면 -를 쓰세요' },
  'lint.noMatch': { en: 'no file matches {pattern}', ko: '{pattern}에 맞는 파일이 없습니다' },
  'lint.noMatchHint': { en: 'check the pattern, or quote it so the shell does not expand it first', ko: '패턴을 확인하거나, 셸이 먼저 펼치지 않도록 따옴표로 감싸세요' },
  'lint.noDockerfileInFolder': { en: 'no Dockerfile in this folder (looked for Dockerfile, *.Dockerfile, Dockerfile.*)', ko: '이 폴더에는 Dockerfile이 없습니다(Dockerfile, *.Dockerfile, Dockerfile.* 이름을 찾았습니다)' },
  'lint.oneWithEndpoint': { en: 'with --endpoint, lint takes one Dockerfile', ko: '--endpoint를 쓰면 lint는 Dockerfile을 하나만 받습니다' },
  'lint.oneWithEndpointHint': { en: 'lint the others without --endpoint', ko: '나머지는 --endpoint 없이 검사하세요' },
  // dref ingest
  'ingest.addNeedsFiles': { en: '--add needs notes files to add', ko: '--add에는 추가할 노트 파일이 필요합니다' },
  'ingest.addNeedsFilesHint': { en: 'e.g. dref ingest --add my-notes/*.md', ko: '예: dref ingest --add my-notes/*.md' },
  // --endpoint (http-transport.ts)
  'endpoint.notUrl': { en: '--endpoint {endpoint} is not a URL', ko: '--endpoint에는 URL을 쓰세요(받은 값: {endpoint})' },
  'endpoint.notUrlHint': { en: 'e.g. --endpoint http://127.0.0.1:4000/graphql', ko: '예: --endpoint http://127.0.0.1:4000/graphql' },
  'endpoint.unreachable': { en: 'cannot reach {url} ({reason})', ko: '{url}에 연결할 수 없습니다({reason})' },
  'endpoint.unreachableHint': { en: 'is `dref serve` running there?', ko: '그 주소에서 `dref serve`가 실행 중인지 확인하세요' },
  'endpoint.notJson': { en: '{url} answered {status} with something that is not JSON', ko: '{url}이(가) 상태 {status}로 JSON이 아닌 응답을 보냈습니다' },
  'endpoint.noData': { en: 'the server answered with neither data nor an error', ko: '서버가 데이터도 오류도 없는 응답을 보냈습니다' },
  'endpoint.notJsonHint': { en: "point --endpoint at a dref server's /graphql", ko: '--endpoint에는 dref 서버의 /graphql 주소를 주세요' },
  'browse.needsTerminal': { en: 'browse needs a terminal', ko: 'browse는 터미널에서만 열 수 있습니다' },
  'browse.needsTerminalHint': { en: 'run it in a terminal, or use `dref search`', ko: '터미널에서 실행하거나 `dref search`를 쓰세요' },
} as const satisfies Record<string, Bilingual>;

export type CliMessageId = keyof typeof CLI_MESSAGES;

/**
 * The label of a value the API gives (`kind`, a note's `role`, a `severity`, a token's role) in
 * `lang`: `cliLabel('ko', 'kind', 'INSTRUCTION')` is 인스트럭션. A value with no label is shown as it is.
 */
export function cliLabel(lang: Lang, group: 'kind' | 'note' | 'severity' | 'role', value: string): string {
  const id = `${group}.${group === 'role' ? value : value.toLowerCase()}`;
  return Object.hasOwn(CLI_MESSAGES, id) ? CLI_MESSAGES[id as CliMessageId][lang] : group === 'role' ? value : value.toLowerCase();
}

/** The message in `lang`, with `{name}` replaced by params.name. */
export function cliMessage(lang: Lang, id: CliMessageId, params: Readonly<Record<string, string | number>> = {}): string {
  return fillPlaceholders(CLI_MESSAGES[id][lang], params);
}

/**
 * The language of the CLI's own words before any command has parsed its options: `--lang ko`
 * (or `--lang=ko`) anywhere before `--`, else LC_ALL or LANG (ko_KR.UTF-8 → ko), else English.
 */
export function cliLang(argv: readonly string[] = process.argv.slice(2)): Lang {
  const end = argv.indexOf('--');
  const words = end === -1 ? argv : argv.slice(0, end);
  for (let i = 0; i < words.length; i++) {
    const value = words[i] === '--lang' ? words[i + 1] : words[i]!.startsWith('--lang=') ? words[i]!.slice(7) : undefined;
    if (value === 'ko' || value === 'en') return value;
  }
  return /^ko/i.test(process.env.LC_ALL || process.env.LANG || '') ? 'ko' : 'en';
}
