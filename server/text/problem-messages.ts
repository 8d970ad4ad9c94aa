/**
 * The words of the problems the engines find in a command line — the shell's, the parser's, the
 * value checks', docker's conflicts — in English and Korean, each written for its readers. The
 * core has no UI, so it writes a problem in the language it is asked for ('en' when none is).
 * `{name}` marks a value put in. test/explain/problem-messages.test.ts walks every id.
 */
import type { Bilingual } from '../../data/catalog/types.js';
import { fillPlaceholders } from './fill-placeholders.js';

export type MessageLang = keyof Bilingual;

export const PROBLEM_MESSAGES = {
  // The shell (tokenize-shell.ts)
  'shell.singleQuote': { en: 'this single quote is never closed', ko: '작은따옴표가 닫히지 않았습니다' },
  'shell.doubleQuote': { en: 'this double quote is never closed', ko: '큰따옴표가 닫히지 않았습니다' },
  'shell.backquote': { en: 'this ` is never closed', ko: '여는 `에 맞는 닫는 `가 없습니다' },
  'shell.substitution': { en: 'this $( is never closed', ko: '$(에 맞는 닫는 )가 없습니다' },
  // The command word (parse-docker-command.ts)
  'command.missing': { en: 'docker needs a command, e.g. `docker run`', ko: 'docker 뒤에 명령이 있어야 합니다. 예: `docker run`' },
  'command.undescribed': { en: '`docker {word}` is a Docker CLI plugin or command dref does not describe', ko: '`docker {word}`: dref가 다루지 않는 Docker CLI 플러그인 또는 명령입니다' },
  'command.unknown': { en: '`{where} {word}` is not a Docker command', ko: '`{where} {word}`라는 Docker 명령은 없습니다' },
  'command.unknownDidYouMean': { en: '`{where} {word}` is not a Docker command; did you mean `{where} {guess}`?', ko: '`{where} {word}`라는 Docker 명령은 없습니다. 혹시 `{where} {guess}` 아닌가요?' },
  'command.unknownInGroup': { en: '`{where} {word}` is not a Docker command; `{where}` has {subcommands}', ko: '`{where} {word}`라는 Docker 명령은 없습니다. `{where}`의 하위 명령: {subcommands}' },
  // Options (parse-docker-command.ts)
  'option.unknown': { en: '{where} has no option {flag}', ko: '{where}에는 {flag} 옵션이 없습니다' },
  'option.unknownDidYouMean': { en: '{where} has no option {flag}; did you mean {guess}?', ko: '{where}에는 {flag} 옵션이 없습니다. 혹시 {guess} 아닌가요?' },
  'option.missingValue': { en: '{flag} needs a value ({type})', ko: '{flag} 옵션에는 값({type})이 필요합니다' },
  'option.twoDashesShort': { en: '{flag}: a one-letter flag takes one dash; docker knows {short} ({long}), not {flag}', ko: '{flag}: 한 글자 플래그는 대시 하나로 씁니다. docker가 아는 것은 {short}({long})이고 {flag}는 없습니다' },
  'option.oneDash': { en: '{flag} has one dash, so docker reads it as the short flags {shorts}; the option is {long}', ko: '{flag}: 대시가 하나뿐이라 docker가 이를 짧은 플래그 여러 개({shorts})로 읽습니다. 원래 옵션은 {long}입니다' },
  'option.typographicDash': { en: '`{dash}` is a typographic dash, not hyphens: docker reads `{word}` as an argument, not as the option {option}', ko: '`{dash}`: 하이픈이 아니라 인쇄용 대시입니다. docker는 `{word}`을(를) {option} 옵션이 아닌 인자로 읽습니다' },
  // Arguments (parse-docker-command.ts)
  'argument.extra': { en: 'docker {command} takes {arity}; `{word}` is one too many (usage: {usage})', ko: 'docker {command}의 인자는 {arity}입니다. 남는 인자: `{word}`(사용법: {usage})' },
  'argument.noneTaken': { en: 'docker {command} takes no arguments; `{word}` is one too many (usage: {usage})', ko: 'docker {command} 명령은 인자를 받지 않습니다. 남는 인자: `{word}`(사용법: {usage})' },
  'argument.optional': { en: 'optional {name}', ko: '{name}(생략 가능)' },
  'argument.missing': { en: 'docker {command} needs {name} (usage: {usage})', ko: 'docker {command}에는 {name} 인자가 필요합니다(사용법: {usage})' },
  // Values (option-values.ts, port-mapping.ts)
  'value.notAccepted': { en: '`{value}` is not a value {option} accepts; it takes {values}', ko: '{option} 옵션에는 `{value}` 값을 쓸 수 없습니다. 쓸 수 있는 값: {values}' },
  'value.switch': { en: '{option} is a switch: it takes true or false, not `{value}`', ko: '{option} 옵션은 스위치라 true나 false만 받습니다(받은 값: `{value}`)' },
  'value.int': { en: '{option} takes a whole number, not `{value}`', ko: '{option} 옵션에는 정수를 써야 합니다(받은 값: `{value}`)' },
  'value.uint': { en: '{option} takes a whole number ≥ 0, not `{value}`', ko: '{option} 옵션에는 0 이상의 정수를 써야 합니다(받은 값: `{value}`)' },
  'value.uint16': { en: '{option} takes a whole number from 0 to 65535, not `{value}`', ko: '{option} 옵션에는 0부터 65535까지의 정수를 써야 합니다(받은 값: `{value}`)' },
  'value.decimal': { en: '{option} takes a number such as 1.5, not `{value}`', ko: '{option} 옵션에는 1.5 같은 숫자를 써야 합니다(받은 값: `{value}`)' },
  'value.duration': { en: '{option} takes a duration such as 30s, 1m30s or 2h, not `{value}`', ko: '{option} 옵션에는 30s, 1m30s, 2h 같은 시간을 써야 합니다(받은 값: `{value}`)' },
  'value.bytes': { en: '{option} takes a size such as 512m or 2g, not `{value}`', ko: '{option} 옵션에는 512m, 2g 같은 크기를 써야 합니다(받은 값: `{value}`)' },
  'value.map': { en: '{option} takes KEY=VALUE, not `{value}`', ko: '{option} 옵션에는 KEY=VALUE 형식을 써야 합니다(받은 값: `{value}`)' },
  'value.empty': { en: '{option} needs a value', ko: '{option} 옵션에는 값이 필요합니다' },
  'value.portRanges': { en: '`{value}`: the host range {host} and the container range {container} are not the same size', ko: '`{value}`: 호스트 쪽 범위({host})와 컨테이너 쪽 범위({container})의 크기가 다릅니다' },
  'value.portMapping': { en: '`{value}` is not a port mapping: write [HOST_IP:][HOST_PORT:]CONTAINER_PORT[/tcp|udp|sctp], e.g. 8080:80 or 127.0.0.1:8080:80', ko: '`{value}`: 포트 매핑 형식이 아닙니다. [HOST_IP:][HOST_PORT:]CONTAINER_PORT[/tcp|udp|sctp] 형식으로 쓰세요(예: 8080:80, 127.0.0.1:8080:80)' },
  'value.templateSplit': {
    en: '`{value}` opens a template it does not close: unquoted, the shell split it at its spaces; put the whole template in quotes',
    ko: '`{value}`: 템플릿을 열고 닫지 않았습니다. 따옴표가 없어 셸이 공백에서 나눈 것이니, 템플릿 전체를 따옴표로 감싸세요',
  },
  'value.keyValue': { en: '`{value}` is not KEY=VALUE (or KEY alone)', ko: '`{value}`: KEY=VALUE(또는 KEY만) 형식이어야 합니다' },
  'value.filter': { en: '`{value}` is not a filter: write KEY=VALUE, e.g. dangling=true', ko: '`{value}`: 필터 형식이 아닙니다. KEY=VALUE로 쓰세요(예: dangling=true)' },
  'value.signal': { en: '`{value}` is not a signal name or number, e.g. SIGTERM or 15', ko: '`{value}`: 시그널 이름이나 번호가 아닙니다(예: SIGTERM, 15)' },
  // Image names (image-name-check.ts)
  'image.badTag': { en: '`{tag}` is not a valid tag: a tag holds letters, digits, _ . and - (at most 128) and cannot start with . or -', ko: '`{tag}`: 올바른 태그가 아닙니다. 태그에는 영문자, 숫자, _ . -만 쓸 수 있고(최대 128자) . 이나 -로 시작할 수 없습니다' },
  'image.upperCase': { en: '`{text}`: repository names must be lower case (docker refuses it: invalid reference format)', ko: '`{text}`: 저장소 이름은 소문자로만 씁니다(docker가 invalid reference format 오류로 거부합니다)' },
  'image.officialSlip': { en: '`{text}` is one letter off the official image `{official}`: docker looks for docker.io/library/{text}, which does not exist (unless you built an image of that name)', ko: '`{text}`: 공식 이미지 `{official}`와 한 글자 다릅니다. docker는 docker.io/library/{text}를 찾는데, 그런 저장소는 없습니다(그 이름으로 직접 빌드한 이미지가 아니라면)' },
  // Options docker refuses together (option-conflicts.ts)
  'conflict.restartWithRm': { en: 'docker {command} refuses --restart {restart} together with --rm (conflicting options): a container removed on exit cannot be restarted', ko: 'docker {command}: --rm과 --restart {restart} 옵션은 함께 쓸 수 없습니다(conflicting options). 종료할 때 지워지는 컨테이너는 다시 시작할 수 없기 때문입니다' },
  'conflict.attachWithDetach': { en: 'docker {command} refuses -a/--attach together with -d/--detach (conflicting options): a detached container is attached to nothing', ko: 'docker {command}: -d/--detach와 -a/--attach 옵션은 함께 쓸 수 없습니다(conflicting options). 백그라운드로 실행하는 컨테이너에는 연결할 터미널이 없기 때문입니다' },
  // The input as a whole (explain-command-line.ts, explain-dockerfile-line.ts)
  'input.lineTooLong': { en: 'the command line is {length} characters long; the limit is {limit}', ko: '명령줄이 {length}자입니다. 최대 {limit}자까지 받습니다' },
  'input.instructionTooLong': { en: 'the line is {length} characters long; the limit is {limit}', ko: '줄이 {length}자입니다. 최대 {limit}자까지 받습니다' },
  'input.oneInstruction': { en: 'give one Dockerfile instruction (one line, or lines joined by \\)', ko: 'Dockerfile 인스트럭션을 하나만 주세요(한 줄, 또는 \\로 이어진 여러 줄)' },
  'input.oneInstructionHint': { en: 'use `dref lint` for a whole Dockerfile', ko: 'Dockerfile 전체는 `dref lint`로 검사하세요' },
} as const satisfies Record<string, Bilingual>;

export type ProblemMessageId = keyof typeof PROBLEM_MESSAGES;

/** The message in `lang`, with `{name}` replaced by params.name. */
export function problemMessage(lang: MessageLang, id: ProblemMessageId, params: Readonly<Record<string, string | number>> = {}): string {
  return fillPlaceholders(PROBLEM_MESSAGES[id][lang], params);
}
