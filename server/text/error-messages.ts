/**
 * The words of the errors the core raises about files a user names — the database, a lint
 * configuration, a Dockerfile too big or not text — in English and Korean, each written for its
 * readers. The core has no UI, so it writes an error in the language it is asked for ('en' when
 * none is). `{name}` marks a value put in. test/server/error-messages.test.ts walks every id.
 */
import type { Bilingual } from '../../data/catalog/types.js';
import { fillPlaceholders } from './fill-placeholders.js';
import type { MessageLang } from './problem-messages.js';

export const ERROR_MESSAGES = {
  // open-database.ts
  'database.missing': { en: 'no database here', ko: '여기에는 데이터베이스가 없습니다' },
  'database.missingHint': { en: 'run `dref ingest` to build it, or point --db / DREF_DB at one', ko: '`dref ingest`로 만들거나, --db나 DREF_DB로 있는 데이터베이스를 가리키세요' },
  'database.otherVersion': { en: 'this database was built by another version of dref', ko: '다른 버전의 dref가 만든 데이터베이스입니다' },
  'database.rebuildHint': { en: 'rebuild it with `dref ingest --db {path}`', ko: '`dref ingest --db {path}`로 다시 만드세요' },
  'database.damaged': { en: 'this file is not a dref database, or it is damaged', ko: 'dref 데이터베이스가 아니거나 손상된 파일입니다' },
  // lint-report.ts
  'lint.tooLong': { en: 'the Dockerfile is {length} characters long; the limit is {limit}', ko: 'Dockerfile이 {length}자입니다. 최대 {limit}자까지 검사합니다' },
  'lint.binary': { en: 'this is binary data, not a Dockerfile (it contains a NUL byte)', ko: 'Dockerfile이 아니라 바이너리 데이터입니다(NUL 바이트가 들어 있습니다)' },
  // lint/config/read-config.ts: .hadolint.yaml and .dref.yaml
  'config.badSeverity': { en: '{file}: severity {value} is not error, warning, info, style or ignore', ko: '{file}: 심각도에 {value}은(는) 쓸 수 없습니다. error, warning, info, style, ignore 중 하나를 쓰세요' },
  'config.notList': { en: '{file}: {key} must be a list of strings', ko: '{file}: {key}에는 문자열 목록을 써야 합니다' },
  'config.badYaml': { en: '{file}: not valid YAML ({reason})', ko: '{file}: 올바른 YAML이 아닙니다({reason})' },
  'config.notKeys': { en: '{file}: expected keys such as ignored: and override:', ko: '{file}: ignored:나 override: 같은 키가 있어야 합니다' },
  'config.badLabelType': { en: '{file}: label-schema.{key}: {type} is not one of {types}', ko: '{file}: label-schema.{key}: {type}은(는) 쓸 수 없습니다. {types} 중 하나를 쓰세요' },
  // http/trust-proxy.ts: dref serve --trust-proxy
  'trustProxy.hops': { en: '--trust-proxy {text}: give 1 to 10 hops', ko: '--trust-proxy {text}: 홉 수는 1부터 10까지 쓸 수 있습니다' },
  'trustProxy.hopsHint': { en: 'behind one nginx, --trust-proxy 1', ko: 'nginx 하나 뒤라면 --trust-proxy 1' },
  'trustProxy.bad': { en: '--trust-proxy {text}: {part} is not a hop count, an address or a CIDR', ko: '--trust-proxy {text}: {part}은(는) 홉 수도, 주소도, CIDR도 아닙니다' },
  'trustProxy.badHint': { en: 'e.g. --trust-proxy 1, --trust-proxy 10.0.0.0/8 or --trust-proxy loopback', ko: '예: --trust-proxy 1, --trust-proxy 10.0.0.0/8, --trust-proxy loopback' },
  'file.cannotRead': { en: 'cannot read it ({code})', ko: '파일을 읽을 수 없습니다({code})' },
  // search/search-entries.ts, search-passages.ts, search-cursor.ts
  'search.tooLong': { en: 'the query is {length} characters long; the limit is {limit}', ko: '검색어가 {length}자입니다. 최대 {limit}자까지 검색합니다' },
  'search.tooLongHint': { en: 'search for fewer words', ko: '단어를 줄여서 검색하세요' },
  'search.badCount': { en: '{name} must be a whole number from 1 to {max}, not {value}', ko: '{name}에는 1부터 {max}까지의 정수를 써야 합니다({value}은(는) 쓸 수 없습니다)' },
  'search.badCursor': { en: 'after: {cursor} is not a cursor from a previous page', ko: 'after: {cursor}은(는) 이전 페이지가 준 커서가 아닙니다' },
  'search.badCursorHint': { en: 'pass the nextCursor of a previous response, or leave it out', ko: '이전 응답의 nextCursor를 넘기거나, 아예 빼세요' },
} as const satisfies Record<string, Bilingual>;

export type ErrorMessageId = keyof typeof ERROR_MESSAGES;

/** The message in `lang`, with `{name}` replaced by params.name. */
export function errorMessage(lang: MessageLang, id: ErrorMessageId, params: Readonly<Record<string, string | number>> = {}): string {
  return fillPlaceholders(ERROR_MESSAGES[id][lang], params);
}
