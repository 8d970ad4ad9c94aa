/**
 * The parser's and validator's findings (through the notes checker, so lint and the errata agree),
 * as lint findings in both languages. Validator findings a rule of rules/ reports better are dropped.
 */
import { ValidationCode } from '../dockerfile/dockerfile-libraries.js';
import { validatorMessage, validatorSuggestionIn } from '../dockerfile/validator-messages.js';
import { checkSnippet, type SnippetFinding } from '../verify/dockerfile-snippets.js';
import { say } from './messages.js';
import { namesFolder, unquote } from './rules/copy-paths.js';
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

/**
 * Korean for dref's own findings (server/verify/dockerfile-snippets.ts writes them in English here);
 * the validator's findings are translated by their code (server/dockerfile/validator-messages.ts).
 */
const KOREAN: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^`(.*)` is not an instruction: (\w+) needs a space before its JSON array$/, (m) => `\`${m[1]}\`은(는) 인스트럭션이 아닙니다. ${m[2]} 뒤, JSON 배열 앞에 공백이 있어야 합니다`],
  [/^(\w+) needs a source and a destination; this line has no destination$/, (m) => `${m[1]}에는 소스와 대상이 필요한데, 이 줄에는 대상이 없습니다`],
  [/^ARG takes name=value with no spaces around =; with spaces the build fails$/, () => 'ARG는 = 양옆에 공백 없이 name=value로 씁니다. 공백이 있으면 빌드가 실패합니다'],
  [/^the `(\w+) key value` form is legacy; write key=value$/, (m) => `\`${m[1]} key value\`는 옛 형식입니다. key=value로 쓰세요`],
  [/^`(.*)` differs by one character from `(.*)` used above; probably a typo$/, (m) => `\`${m[1]}\`은(는) 위에서 쓴 \`${m[2]}\`와(과) 한 글자만 다릅니다. 오타로 보입니다`],
  [/^`(.*)` is not a comment: a Dockerfile comment is a line that starts with #, so (\w+) takes these words as arguments \(move it to a line of its own above\)$/, (m) => `\`${m[1]}\`은(는) 주석이 아닙니다. Dockerfile 주석은 #로 시작하는 줄이라서 ${m[2]}이(가) 이 단어들을 인자로 받습니다(주석을 위의 별도 줄로 옮기세요)`],
  [/^the \\ is not the last character of the line \(`(.*)` follows it\), so it does not continue the line: the next line becomes an instruction of its own \(move the comment to a line of its own\)$/, (m) => `\\ 뒤에 \`${m[1]}\`이(가) 있어 \\가 줄의 마지막 글자가 아니므로 줄이 이어지지 않습니다. 다음 줄이 별도 인스트럭션이 됩니다(주석을 별도 줄로 옮기세요)`],
];

/** A finding's Korean: by the validator's code, else dref's own words; one with no Korean yet still tells a Korean reader where to look. */
function korean(f: SnippetFinding): string {
  const validator = f.code === undefined ? undefined : validatorMessage(f.code, f.message);
  if (validator) return validator.ko;
  for (const [pattern, render] of KOREAN) {
    const m = pattern.exec(f.message);
    if (m) return render(m);
  }
  return 'Dockerfile 검사 결과(원문): ' + f.message;
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

/**
 * The validator wants a trailing `/` after several sources, as the classic builder did; BuildKit
 * takes `.` (the working directory) as a folder too, so `COPY go.mod go.sum .` builds.
 */
function folderDestination(f: SnippetFinding, lines: readonly string[]): boolean {
  if (f.code !== ValidationCode.INVALID_DESTINATION) return false;
  const word = /^\S*/.exec((lines[f.index] ?? '').slice(f.character))![0];
  return namesFolder(unquote(word));
}

/**
 * `ENV k v` → `ENV k=v` is sure to mean the same only for a value without escapes or inner quotes:
 * the fix quotes a value with spaces, and inside double quotes a backslash is read differently
 * (`ENV A x\ y` is not `ENV A="x\ y"`), and a single-quoted one with spaces would be quoted again.
 * A value wholly in one pair of double quotes is kept as it is.
 */
function legacyValueKeeps(line: string): boolean {
  const value = /^\s*(?:ENV|LABEL)\s+\S+\s+(.*)$/i.exec(line)?.[1]?.trim() ?? '';
  return /^"[^"\\`]*"$|^'[^'\\`\s]*'$/.test(value) || !/["'\\`]/.test(value);
}

export function parserFindings(lines: readonly string[]): ParserFinding[] {
  return checkSnippet(lines).filter((f) => (f.code === undefined || !COVERED_BY_RULES.has(f.code)) && !(f.rule === 'dockerfile/path-typo' && numberedSeries(f))
    && !folderDestination(f, lines)).map((f) => {
    const rule = parserRuleOf(f, lines[f.index] ?? '');
    const meta = PARSER_RULES.find((r) => r.id === rule)!;
    const fixable = rule === 'legacy-key-value' && legacyValueKeeps(lines[f.index] ?? '') || f.rule === 'dockerfile/arg-spaces-around-equals'
      || (f.code === ValidationCode.UNKNOWN_INSTRUCTION && /^\s*[A-Za-z]+\[/.test(lines[f.index] ?? ''));
    const single = !(lines[f.index] ?? '').trimEnd().endsWith('\\');
    return {
      rule, severity: f.severity === 'error' ? 'error' : meta.severity, line: f.index + 1, column: f.character + 1,
      message: say(f.message, korean(f)),
      fix: say(f.suggestion, validatorSuggestionIn('ko', f.suggestion)),
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
