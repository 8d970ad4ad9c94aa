/**
 * The parser's and validator's findings (through the notes checker, so lint and the errata agree),
 * as lint findings in both languages. Validator findings a rule of rules/ reports better are dropped.
 */
import { ValidationCode } from '../dockerfile/dockerfile-libraries.js';
import { checkSnippet, type SnippetFinding } from '../verify/dockerfile-snippets.js';
import { say } from './messages.js';
import type { Bilingual, LintEdit, LintRule, LintSeverity } from './types.js';

export type ParserRule = Pick<LintRule, 'id' | 'severity' | 'entry' | 'description' | 'buildkit'>;

/** Rules that come from the parser and validator rather than from rules/. */
export const PARSER_RULES: readonly ParserRule[] = [
  { id: 'syntax', severity: 'error', entry: 'concept:dockerfile-habits', description: say('The Dockerfile does not parse: unknown instruction, missing or malformed arguments', 'Dockerfile을 해석할 수 없음: 모르는 인스트럭션, 빠지거나 잘못된 인자') },
  { id: 'healthcheck-invalid', severity: 'error', entry: 'HEALTHCHECK', description: say('A HEALTHCHECK flag with an invalid duration or count', 'HEALTHCHECK 플래그의 시간이나 횟수가 잘못됨') },
  { id: 'legacy-key-value', severity: 'info', buildkit: 'LegacyKeyValueFormat', entry: 'ENV', description: say('ENV or LABEL in the legacy `key value` form instead of key=value', 'key=value 대신 옛 `key value` 형식으로 쓴 ENV나 LABEL') },
  { id: 'path-typo', severity: 'warning', entry: 'WORKDIR', description: say('A path one character away from a path used above', '위에서 쓴 경로와 한 글자만 다른 경로') },
  { id: 'inline-comment', severity: 'error', entry: 'concept:dockerfile-habits', description: say('A `#` comment after an instruction\'s arguments, which the instruction takes as arguments', '인스트럭션 인자 뒤의 `#` 주석: 인스트럭션이 인자로 받아들임') },
  { id: 'comment-after-continuation', severity: 'error', entry: 'concept:dockerfile-habits', description: say('A comment after a `\\` meant to continue the line, so the line does not continue', '줄을 이으려던 `\\` 뒤의 주석: 줄이 이어지지 않음') },
];

/** Validator findings a rule of ours already reports. */
const COVERED_BY_RULES = new Set<number>([
  ValidationCode.DEPRECATED_MAINTAINER, ValidationCode.MULTIPLE_INSTRUCTIONS, ValidationCode.WORKDIR_IS_NOT_ABSOLUTE,
  ValidationCode.EMPTY_CONTINUATION_LINE, ValidationCode.DUPLICATE_BUILD_STAGE_NAME, ValidationCode.ONBUILD_CHAINING_DISALLOWED,
  ValidationCode.ONBUILD_TRIGGER_DISALLOWED, ValidationCode.CASING_INSTRUCTION,
]);
const HEALTHCHECK_CODES = new Set<number>([
  ValidationCode.FLAG_INVALID_DURATION, ValidationCode.FLAG_LESS_THAN_1MS, ValidationCode.FLAG_MISSING_DURATION,
  ValidationCode.FLAG_UNKNOWN_UNIT, ValidationCode.FLAG_AT_LEAST_ONE,
]);

/** Korean for the validator's messages (English templates as dockerfile-utils writes them, `$N` its fill-ins). */
const KOREAN: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^`(.*)` is not an instruction: (\w+) needs a space before its JSON array$/, (m) => `\`${m[1]}\`은(는) 인스트럭션이 아닙니다. ${m[2]} 뒤, JSON 배열 앞에 공백이 있어야 합니다`],
  [/^(\w+) needs a source and a destination; this line has no destination$/, (m) => `${m[1]}에는 소스와 대상이 필요한데, 이 줄에는 대상이 없습니다`],
  [/^ARG takes name=value with no spaces around =; with spaces the build fails$/, () => 'ARG는 = 양옆에 공백 없이 name=value로 씁니다. 공백이 있으면 빌드가 실패합니다'],
  [/^the `(\w+) key value` form is legacy; write key=value$/, (m) => `\`${m[1]} key value\`는 옛 형식입니다. key=value로 쓰세요`],
  [/^`(.*)` differs by one character from `(.*)` used above; probably a typo$/, (m) => `\`${m[1]}\`은(는) 위에서 쓴 \`${m[2]}\`와(과) 한 글자만 다릅니다. 오타로 보입니다`],
  [/^`(.*)` is not a comment: a Dockerfile comment is a line that starts with #, so (\w+) takes these words as arguments \(move it to a line of its own above\)$/, (m) => `\`${m[1]}\`은(는) 주석이 아닙니다. Dockerfile 주석은 #로 시작하는 줄이라서 ${m[2]}이(가) 이 단어들을 인자로 받습니다(주석을 위의 별도 줄로 옮기세요)`],
  [/^the \\ is not the last character of the line \(`(.*)` follows it\), so it does not continue the line: the next line becomes an instruction of its own \(move the comment to a line of its own\)$/, (m) => `\\ 뒤에 \`${m[1]}\`이(가) 있어 \\가 줄의 마지막 글자가 아니므로 줄이 이어지지 않습니다. 다음 줄이 별도 인스트럭션이 됩니다(주석을 별도 줄로 옮기세요)`],
  [/^Unknown instruction: (.*)$/, (m) => `모르는 인스트럭션입니다: ${m[1]}`],
  [/^Instructions should be written in uppercase letters$/, () => '인스트럭션은 대문자로 쓰세요'],
  [/^Parser directives should be written in lowercase letters$/, () => '파서 지시어는 소문자로 쓰세요'],
  [/^(\w+) requires at least two arguments$/, (m) => `${m[1]}에는 인자가 둘 이상 필요합니다`],
  [/^(\w+) requires at least one argument$/, (m) => `${m[1]}에는 인자가 하나 이상 필요합니다`],
  [/^(\w+) requires exactly one argument$/, (m) => `${m[1]}에는 인자가 정확히 하나 필요합니다`],
  [/^(\w+) must have two arguments$/, (m) => `${m[1]}에는 인자가 둘 있어야 합니다`],
  [/^(\w+) takes no arguments$/, (m) => `${m[1]}은(는) 인자를 받지 않습니다`],
  [/^Instruction has no arguments$/, () => '인스트럭션에 인자가 없습니다'],
  [/^Instruction has an extra argument$/, () => '인스트럭션에 남는 인자가 있습니다'],
  [/^Instruction written as a JSON array but is using single quotes instead of double quotes$/, () => 'JSON 배열로 썼지만 큰따옴표 대신 작은따옴표를 썼습니다'],
  [/^FROM requires either one or three arguments$/, () => 'FROM에는 인자가 하나 또는 셋이어야 합니다'],
  [/^Second argument should be AS$/, () => '두 번째 인자는 AS여야 합니다'],
  [/^No source image provided with `FROM`$/, () => '`FROM`으로 베이스 이미지를 지정하지 않았습니다'],
  [/^base name \((.*)\) should not be blank$/, (m) => `베이스 이름(${m[1]})이 비어 있으면 안 됩니다`],
  [/^invalid reference format$/, () => '이미지 참조 형식이 잘못되었습니다'],
  [/^Invalid containerPort: (.*)$/, (m) => `잘못된 컨테이너 포트입니다: ${m[1]}`],
  [/^Invalid proto: (.*)$/, (m) => `잘못된 프로토콜입니다: ${m[1]}`],
  [/^Invalid signal: (.*)$/, (m) => `잘못된 시그널입니다: ${m[1]}`],
  [/^parsing "(.*)": invalid syntax$/, (m) => `"${m[1]}"를 해석할 수 없습니다`],
  [/^When using (\w+) with more than one source file, the destination must be a directory and end with a \/ or a \\$/, (m) => `${m[1]}(으)로 소스를 여러 개 복사할 때 대상은 / 또는 \\로 끝나는 폴더여야 합니다`],
  [/^Syntax error - can't find = in "(.*)"\. Must be of the form: name=value$/, (m) => `"${m[1]}"에 =가 없습니다. name=value 형식이어야 합니다`],
  [/^(\w+) names cannot be blank$/, (m) => `${m[1]} 이름은 비워 둘 수 없습니다`],
  [/^failed to process "(.*)": unexpected end of statement while looking for matching single-quote$/, (m) => `"${m[1]}": 짝이 맞는 작은따옴표를 찾기 전에 문장이 끝났습니다`],
  [/^failed to process "(.*)": unexpected end of statement while looking for matching double-quote$/, (m) => `"${m[1]}": 짝이 맞는 큰따옴표를 찾기 전에 문장이 끝났습니다`],
  [/^failed to process "(.*)": unsupported modifier \((.*)\) in substitution$/, (m) => `"${m[1]}": 변수 치환에서 지원하지 않는 수식자(${m[2]})입니다`],
  [/^invalid name for build stage: "(.*)", name can't start with a number or contain symbols$/, (m) => `빌드 단계 이름 "${m[1]}"가 잘못되었습니다. 숫자로 시작하거나 기호를 넣을 수 없습니다`],
  [/^(.*) must be at least 1 \(not (.*)\)$/, (m) => `${m[1]}은(는) 1 이상이어야 합니다(${m[2]}이(가) 아니라)`],
  [/^Duplicate flag specified: (.*)$/, (m) => `같은 플래그를 두 번 썼습니다: ${m[1]}`],
  [/^time: invalid duration (.*)$/, (m) => `시간 값이 잘못되었습니다: ${m[1]}`],
  [/^invalid from flag value (.*): invalid reference format$/, (m) => `--from 값 ${m[1]}의 참조 형식이 잘못되었습니다`],
  [/^expecting boolean value for flag (.*), not: (.*)$/, (m) => `플래그 ${m[1]}에는 참/거짓 값이 와야 합니다(${m[2]}이(가) 아니라)`],
  [/^Interval "(.*)" cannot be less than 1ms$/, (m) => `간격 "${m[1]}"는 1ms보다 짧을 수 없습니다`],
  [/^time: missing unit in duration (.*)$/, (m) => `시간 값에 단위가 없습니다: ${m[1]}`],
  [/^Missing a value on flag: (.*)$/, (m) => `플래그에 값이 없습니다: ${m[1]}`],
  [/^Unknown flag: (.*)$/, (m) => `모르는 플래그입니다: ${m[1]}`],
  [/^time: unknown unit (.*) in duration (.*)$/, (m) => `시간 값 ${m[2]}의 단위 ${m[1]}을(를) 알 수 없습니다`],
  [/^SHELL requires the arguments to be in JSON form$/, () => 'SHELL의 인자는 JSON 형식이어야 합니다'],
  [/^SHELL requires at least one argument$/, () => 'SHELL에는 인자가 하나 이상 필요합니다'],
  [/^Missing command after HEALTHCHECK CMD$/, () => 'HEALTHCHECK CMD 뒤에 명령이 없습니다'],
  [/^Unknown type"(.*)" in HEALTHCHECK \(try CMD\)$/, (m) => `HEALTHCHECK의 "${m[1]}"는 모르는 종류입니다(CMD를 쓰세요)`],
  [/^only one escape parser directive can be used$/, () => 'escape 파서 지시어는 하나만 쓸 수 있습니다'],
  [/^invalid ESCAPE '(.*)'\. Must be ` or \\$/, (m) => `escape '${m[1]}'는 잘못되었습니다. \` 또는 \\여야 합니다`],
];

const KOREAN_FIX: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^use one of the 18 Dockerfile instructions \(FROM, RUN, CMD, COPY, …\)$/, () => 'Dockerfile 인스트럭션 18개 중 하나를 쓰세요(FROM, RUN, CMD, COPY, …)'],
  [/^see the instruction's entry for its syntax$/, () => '문법은 해당 인스트럭션 항목을 보세요'],
  [/^keep one: only the last of them takes effect$/, () => '하나만 남기세요. 마지막 것만 적용됩니다'],
];

/** A message with no Korean yet (the checker gained one) still tells a Korean reader where to look. */
function korean(text: string, table: typeof KOREAN, fallback = true): string {
  for (const [pattern, render] of table) {
    const m = pattern.exec(text);
    if (m) return render(m);
  }
  return fallback ? `Dockerfile 검사 결과(원문): ${text}` : text;
}

export interface ParserFinding {
  readonly rule: string;
  readonly severity: LintSeverity;
  readonly line: number;
  readonly column: number;
  readonly message: Bilingual;
  readonly fix: Bilingual;
  readonly edit?: LintEdit;
  readonly instructionLine: string;
}

/** `/opt/app-27` next to `/opt/app-28` is a series, not a typo. */
function numberedSeries(f: SnippetFinding): boolean {
  const m = /^`(.*)` differs by one character from `(.*)`/.exec(f.message);
  if (!m) return false;
  const [a, b] = [m[1]!, m[2]!];
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return /\d/.test(a[k] ?? '') && /\d/.test(b[k] ?? '');
}

export function parserFindings(lines: readonly string[]): ParserFinding[] {
  return checkSnippet(lines).filter((f) => (f.code === undefined || !COVERED_BY_RULES.has(f.code)) && !(f.rule === 'dockerfile/path-typo' && numberedSeries(f))).map((f) => {
    const rule = parserRuleOf(f, lines[f.index] ?? '');
    const meta = PARSER_RULES.find((r) => r.id === rule)!;
    const fixable = rule === 'legacy-key-value' || f.rule === 'dockerfile/arg-spaces-around-equals'
      || (f.code === ValidationCode.UNKNOWN_INSTRUCTION && /^\s*[A-Za-z]+\[/.test(lines[f.index] ?? ''));
    const single = !(lines[f.index] ?? '').trimEnd().endsWith('\\');
    return {
      rule, severity: f.severity === 'error' ? 'error' : meta.severity, line: f.index + 1, column: f.character + 1,
      message: say(f.message, korean(f.message, KOREAN)),
      fix: say(f.suggestion, korean(f.suggestion, KOREAN_FIX, false)),
      ...(fixable && single ? { edit: { line: f.index + 1, endLine: f.index + 1, text: `${/^\s*/.exec(lines[f.index] ?? '')![0]}${f.suggestion}` } } : {}),
      instructionLine: lines[f.index] ?? '',
    };
  });
}

function parserRuleOf(f: SnippetFinding, line: string): string {
  if (f.rule === 'dockerfile/legacy-key-value') return 'legacy-key-value';
  if (f.rule === 'dockerfile/path-typo') return 'path-typo';
  if (f.rule === 'dockerfile/comment-as-argument') return 'inline-comment';
  if (f.rule === 'dockerfile/comment-ends-continuation') return 'comment-after-continuation';
  if (f.code !== undefined && HEALTHCHECK_CODES.has(f.code) && /^\s*HEALTHCHECK\b/i.test(line)) return 'healthcheck-invalid';
  return 'syntax';
}
