/**
 * The Dockerfile validator's (dockerfile-utils) findings in English and Korean, one message per
 * ValidationCode. The English is the validator's own text, so English output stays as it writes it;
 * `{0}`, `{1}` are its fill-ins (an instruction, a flag's name, a value), read back out of its text.
 * Korean readers get the Korean, written for them. test/lint/validator-messages.test.ts makes the
 * validator report every code and fails on one this table does not translate.
 */
import type { Bilingual } from '../../data/catalog/types.js';
import { fillPlaceholders } from '../text/fill-placeholders.js';
import type { MessageLang } from '../text/problem-messages.js';
import { ValidationCode } from './dockerfile-libraries.js';

export type ValidationCodeName = keyof typeof ValidationCode;

export const VALIDATOR_MESSAGES = {
  CASING_INSTRUCTION: { en: 'Instructions should be written in uppercase letters', ko: '인스트럭션은 대문자로 씁니다' },
  CASING_DIRECTIVE: { en: 'Parser directives should be written in lowercase letters', ko: '파서 지시어는 소문자로 씁니다' },
  ARGUMENT_MISSING: { en: 'Instruction has no arguments', ko: '인스트럭션에 인자가 없습니다' },
  ARGUMENT_EXTRA: { en: 'Instruction has an extra argument', ko: '인스트럭션에 인자가 하나 더 있습니다' },
  ARGUMENT_REQUIRES_ONE: { en: '{0} requires exactly one argument', ko: '{0}에는 인자가 정확히 하나 있어야 합니다' },
  ARGUMENT_REQUIRES_AT_LEAST_ONE: { en: '{0} requires at least one argument', ko: '{0}에는 인자가 하나 이상 있어야 합니다' },
  ARGUMENT_REQUIRES_TWO: { en: '{0} must have two arguments', ko: '{0}에는 인자가 두 개 있어야 합니다' },
  ARGUMENT_REQUIRES_AT_LEAST_TWO: { en: '{0} requires at least two arguments', ko: '{0}에는 인자가 두 개 이상 있어야 합니다' },
  ARGUMENT_REQUIRES_ONE_OR_THREE: { en: 'FROM requires either one or three arguments', ko: 'FROM에는 인자가 한 개(이미지) 또는 세 개(이미지 AS 이름) 있어야 합니다' },
  ARGUMENT_UNNECESSARY: { en: '{0} takes no arguments', ko: '{0} 뒤에는 인자를 쓰지 않습니다' },
  DUPLICATE_BUILD_STAGE_NAME: { en: 'duplicate name {0}', ko: '빌드 단계 이름 {0}을(를) 이미 위에서 썼습니다' },
  EMPTY_CONTINUATION_LINE: { en: 'Empty continuation line', ko: '\\로 이어지는 줄이 비어 있습니다' },
  INVALID_BUILD_STAGE_NAME: { en: 'invalid name for build stage: "{0}", name can\'t start with a number or contain symbols', ko: '빌드 단계 이름으로 "{0}"은(는) 쓸 수 없습니다. 숫자로 시작하거나 기호가 든 이름은 안 됩니다' },
  FLAG_AT_LEAST_ONE: { en: '{0} must be at least 1 (not {1})', ko: '{0} 값은 1 이상이어야 합니다(받은 값: {1})' },
  FLAG_DUPLICATE: { en: 'Duplicate flag specified: {0}', ko: '같은 플래그를 두 번 썼습니다: --{0}' },
  FLAG_INVALID_DURATION: { en: 'time: invalid duration {0}', ko: '시간 값 {0}이(가) 잘못되었습니다(예: 30s, 1m30s)' },
  FLAG_LESS_THAN_1MS: { en: 'Interval "{0}" cannot be less than 1ms', ko: '--{0} 값은 1ms보다 짧을 수 없습니다' },
  FLAG_MISSING_DURATION: { en: 'time: missing unit in duration {0}', ko: '시간 값 {0}에 단위가 없습니다(예: 30s, 5m)' },
  FLAG_MISSING_VALUE: { en: 'Missing a value on flag: {0}', ko: '--{0} 플래그에 값이 없습니다' },
  FLAG_UNKNOWN_UNIT: { en: 'time: unknown unit {0} in duration {1}', ko: '시간 값 {1}의 단위 {0}은(는) 없는 단위입니다(ms, s, m, h 등을 쓰세요)' },
  NO_SOURCE_IMAGE: { en: 'No source image provided with `FROM`', ko: '`FROM`으로 베이스 이미지를 정하지 않았습니다' },
  INVALID_ESCAPE_DIRECTIVE: { en: 'invalid ESCAPE \'{0}\'. Must be ` or \\', ko: 'escape 지시어에 \'{0}\'은(는) 쓸 수 없습니다. ` 또는 \\만 됩니다' },
  INVALID_AS: { en: 'Second argument should be AS', ko: 'FROM의 두 번째 인자는 AS여야 합니다' },
  INVALID_DESTINATION: { en: 'When using {0} with more than one source file, the destination must be a directory and end with a / or a \\', ko: '소스 파일이 여러 개인 {0}의 대상은 / 또는 \\로 끝나는 폴더여야 합니다' },
  INVALID_PORT: { en: 'Invalid containerPort: {0}', ko: '컨테이너 포트 값이 잘못되었습니다: {0}' },
  INVALID_PROTO: { en: 'Invalid proto: {0}', ko: '프로토콜이 잘못되었습니다: {0}(tcp나 udp를 쓰세요)' },
  INVALID_REFERENCE_FORMAT: { en: 'invalid reference format', ko: '이미지 참조 형식이 잘못되었습니다' },
  INVALID_SIGNAL: { en: 'Invalid signal: {0}', ko: '시그널이 잘못되었습니다: {0}(예: SIGTERM, 15)' },
  INVALID_SYNTAX: { en: 'parsing "{0}": invalid syntax', ko: '"{0}"을(를) 해석할 수 없습니다. 문법이 잘못되었습니다' },
  ONBUILD_CHAINING_DISALLOWED: { en: 'Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed', ko: '`ONBUILD ONBUILD`처럼 ONBUILD를 겹쳐 쓸 수는 없습니다' },
  ONBUILD_TRIGGER_DISALLOWED: { en: '{0} isn\'t allowed as an ONBUILD trigger', ko: '{0}은(는) ONBUILD 뒤에 쓸 수 없습니다' },
  SHELL_JSON_FORM: { en: 'SHELL requires the arguments to be in JSON form', ko: 'SHELL의 인자는 JSON 배열로 써야 합니다(예: SHELL ["/bin/bash", "-c"])' },
  SHELL_REQUIRES_ONE: { en: 'SHELL requires at least one argument', ko: 'SHELL에는 인자가 하나 이상 있어야 합니다' },
  SYNTAX_MISSING_EQUALS: { en: 'Syntax error - can\'t find = in "{0}". Must be of the form: name=value', ko: '"{0}"에 =가 없습니다. name=value 형식으로 쓰세요' },
  SYNTAX_MISSING_NAMES: { en: '{0} names cannot be blank', ko: '{0}의 이름은 비워 둘 수 없습니다' },
  SYNTAX_MISSING_SINGLE_QUOTE: { en: 'failed to process "{0}": unexpected end of statement while looking for matching single-quote', ko: '"{0}"을(를) 처리할 수 없습니다. 작은따옴표가 닫히지 않은 채 끝났습니다' },
  SYNTAX_MISSING_DOUBLE_QUOTE: { en: 'failed to process "{0}": unexpected end of statement while looking for matching double-quote', ko: '"{0}"을(를) 처리할 수 없습니다. 큰따옴표가 닫히지 않은 채 끝났습니다' },
  MULTIPLE_INSTRUCTIONS: { en: 'There can only be one {0} instruction in a Dockerfile or build stage. Only the last one will have an effect.', ko: '{0}은(는) Dockerfile이나 빌드 단계마다 하나만 씁니다. 마지막 것만 적용됩니다' },
  UNKNOWN_INSTRUCTION: { en: 'Unknown instruction: {0}', ko: '알 수 없는 인스트럭션입니다: {0}' },
  UNKNOWN_ADD_FLAG: { en: 'Unknown flag: {0}', ko: 'ADD에는 --{0} 플래그가 없습니다' },
  UNKNOWN_COPY_FLAG: { en: 'Unknown flag: {0}', ko: 'COPY에는 --{0} 플래그가 없습니다' },
  UNKNOWN_FROM_FLAG: { en: 'Unknown flag: {0}', ko: 'FROM에는 --{0} 플래그가 없습니다' },
  UNKNOWN_HEALTHCHECK_FLAG: { en: 'Unknown flag: {0}', ko: 'HEALTHCHECK에는 --{0} 플래그가 없습니다' },
  UNKNOWN_TYPE: { en: 'Unknown type"{0}" in HEALTHCHECK (try CMD)', ko: 'HEALTHCHECK 뒤의 "{0}"은(는) 알 수 없는 종류입니다(CMD나 NONE을 쓰세요)' },
  UNSUPPORTED_MODIFIER: { en: 'failed to process "{0}": unsupported modifier ({1}) in substitution', ko: '"{0}"을(를) 처리할 수 없습니다. 변수 치환에서 지원하지 않는 수식자({1})입니다' },
  DEPRECATED_MAINTAINER: { en: 'MAINTAINER has been deprecated', ko: 'MAINTAINER는 더 이상 쓰지 않는 인스트럭션입니다(LABEL maintainer=…를 쓰세요)' },
  HEALTHCHECK_CMD_ARGUMENT_MISSING: { en: 'Missing command after HEALTHCHECK CMD', ko: 'HEALTHCHECK CMD 뒤에 실행할 명령이 없습니다' },
  FLAG_INVALID_FROM_VALUE: { en: 'invalid from flag value {0}: invalid reference format', ko: '--from 값 {0}은(는) 이미지 참조 형식이 잘못되었습니다' },
  FLAG_INVALID_LINK_VALUE: { en: 'expecting boolean value for flag {0}, not: {1}', ko: '--{0} 플래그에는 true나 false를 씁니다(받은 값: {1})' },
  FLAG_EXPECTED_BOOLEAN_VALUE: { en: 'expecting boolean value for flag {0}, not: {1}', ko: '--{0} 플래그에는 true나 false를 씁니다(받은 값: {1})' },
  JSON_IN_SINGLE_QUOTES: { en: 'Instruction written as a JSON array but is using single quotes instead of double quotes', ko: 'JSON 배열로 썼지만 큰따옴표 대신 작은따옴표를 썼습니다. JSON의 문자열은 큰따옴표로 감쌉니다' },
  WORKDIR_IS_NOT_ABSOLUTE: { en: 'WORKDIR paths should be absolute', ko: 'WORKDIR 경로는 절대 경로로 쓰세요' },
  BASE_NAME_EMPTY: { en: 'base name ({0}) should not be blank', ko: '베이스 이미지 이름({0})이 비어 있으면 안 됩니다' },
  DUPLICATED_ESCAPE_DIRECTIVE: { en: 'only one escape parser directive can be used', ko: 'escape 파서 지시어는 한 번만 쓸 수 있습니다' },
} as const satisfies Record<ValidationCodeName, Bilingual>;

/**
 * The advice dref's Dockerfile check gives with a validator finding (server/verify/dockerfile-snippets.ts
 * writes the English), in both languages.
 */
export const VALIDATOR_SUGGESTIONS = {
  'suggest.instructions': { en: 'use one of the 18 Dockerfile instructions (FROM, RUN, CMD, COPY, …)', ko: 'Dockerfile 인스트럭션 18개 중 하나를 쓰세요(FROM, RUN, CMD, COPY, …)' },
  'suggest.seeEntry': { en: 'see the instruction\'s entry for its syntax', ko: '문법은 해당 인스트럭션 항목을 보세요' },
  'suggest.keepOne': { en: 'keep one: only the last of them takes effect', ko: '하나만 남기세요. 마지막 것만 적용됩니다' },
} as const satisfies Record<string, Bilingual>;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each code's English as a pattern whose groups are its fill-ins, in the order of their numbers. */
const PATTERNS = new Map<number, { pattern: RegExp; slots: number[] }>();
for (const [name, text] of Object.entries(VALIDATOR_MESSAGES) as [ValidationCodeName, Bilingual][]) {
  const slots = [...text.en.matchAll(/\{(\d)\}/g)].map((m) => Number(m[1]));
  const source = text.en.split(/\{\d\}/).map(escapeRegExp).join('(.*)');
  PATTERNS.set(ValidationCode[name], { pattern: new RegExp(`^${source}$`, 's'), slots });
}

/**
 * The validator's finding `text` (reported with `code`) in both languages: its English as it is,
 * and the Korean of its code with the same fill-ins. Undefined when `text` is not the validator's
 * text for that code (dref wrote its own, or a newer validator words it otherwise).
 */
export function validatorMessage(code: number, text: string): Bilingual | undefined {
  const entry = PATTERNS.get(code);
  const m = entry?.pattern.exec(text);
  if (!entry || !m) return undefined;
  const name = ValidationCode[code] as ValidationCodeName;
  // Code 48 is two names; both have the same words.
  const params: Record<string, string> = {};
  entry.slots.forEach((slot, i) => { params[String(slot)] = m[i + 1]!; });
  return { en: text, ko: fillPlaceholders(VALIDATOR_MESSAGES[name].ko, params) };
}

/** The validator's finding in `lang`; `text` as it is when it is not the validator's text for `code`. */
export function validatorMessageIn(lang: MessageLang, code: number | undefined, text: string): string {
  if (lang === 'en' || code === undefined) return text;
  return validatorMessage(code, text)?.ko ?? text;
}

/** dref's advice with a validator finding in `lang`; `text` as it is when it is some other text (a corrected line). */
export function validatorSuggestionIn(lang: MessageLang, text: string): string {
  if (lang === 'en') return text;
  return Object.values(VALIDATOR_SUGGESTIONS).find((s) => s.en === text)?.ko ?? text;
}
