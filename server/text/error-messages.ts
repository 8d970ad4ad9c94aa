/**
 * The words of the errors the core raises about files a user names — the database, a lint
 * configuration, a Dockerfile too big or not text, notes that cannot be ingested — in English and
 * Korean, each written for its readers. The core has no UI, so it writes an error in the language
 * it is asked for ('en' when none is). `{name}` marks a value put in.
 * test/server/error-messages.test.ts walks every id.
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
  // sqlite-addon.ts: better-sqlite3 installed without its compiled part
  'database.addonMissing': { en: "better-sqlite3's compiled addon is missing", ko: 'better-sqlite3의 컴파일된 애드온이 없습니다' },
  'database.addonMissingHint': {
    en: "reinstall dref; npm must be allowed to run better-sqlite3's install script (npm install -g --allow-scripts=better-sqlite3 dref)",
    ko: 'dref를 다시 설치하세요. npm이 better-sqlite3의 설치 스크립트를 실행할 수 있어야 합니다(npm install -g --allow-scripts=better-sqlite3 dref)',
  },
  'database.addonOtherNode': {
    en: "better-sqlite3's compiled addon was built for another Node.js (module version {built}; this is Node {node}, module version {abi})",
    ko: 'better-sqlite3의 컴파일된 애드온이 다른 Node.js용으로 빌드되었습니다(모듈 버전 {built}, 지금은 Node {node}, 모듈 버전 {abi})',
  },
  'database.addonBroken': { en: "better-sqlite3's compiled addon does not load ({reason})", ko: 'better-sqlite3의 컴파일된 애드온을 불러올 수 없습니다({reason})' },
  'database.addonRebuildHint': {
    en: 'rebuild it for this Node with `npm rebuild better-sqlite3` in dref\'s folder, or reinstall dref with this Node',
    ko: 'dref 폴더에서 `npm rebuild better-sqlite3`로 지금의 Node에 맞게 다시 빌드하거나, 지금의 Node로 dref를 다시 설치하세요',
  },
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
  // notes/read-notes-file.ts: a notes file dref ingest cannot take
  'notes.binary': { en: 'this is a binary file, not notes (it contains a NUL byte)', ko: '노트가 아니라 바이너리 파일입니다(NUL 바이트가 들어 있습니다)' },
  'notes.binaryHint': { en: 'give a UTF-8 text file', ko: 'UTF-8 텍스트 파일을 넘기세요' },
  'notes.notUtf8': { en: 'the file is not valid UTF-8', ko: '올바른 UTF-8 파일이 아닙니다' },
  'notes.notUtf8Hint': { en: 'convert it, e.g. `iconv -f EUC-KR -t UTF-8`', ko: 'UTF-8로 바꾸세요. 예: `iconv -f EUC-KR -t UTF-8`' },
  'notes.lineTooLong': { en: 'line is {length} characters long, over the limit of {limit}', ko: '줄이 {length}자입니다. 한 줄은 최대 {limit}자까지 읽습니다' },
  'notes.lineTooLongHint': { en: 'split the line; notes this long are not prose', ko: '줄을 나누세요. 이렇게 긴 줄은 노트가 아니라 데이터로 봅니다' },
  'notes.missing': { en: 'no such notes file', ko: '그런 노트 파일이 없습니다' },
  'notes.missingHint': { en: 'check the path', ko: '경로를 확인하세요' },
  'notes.cannotRead': { en: 'cannot read the notes file ({code})', ko: '노트 파일을 읽을 수 없습니다({code})' },
  'notes.cannotReadHint': { en: 'check that you may read it', ko: '읽기 권한을 확인하세요' },
  // ingest/notes-paths.ts
  'ingest.noMarkdown': { en: '{path} holds no Markdown files (.md, .markdown)', ko: '{path}에는 Markdown 파일(.md, .markdown)이 없습니다' },
  'ingest.noMarkdownHint': { en: 'give a folder of notes or the files themselves', ko: '노트가 든 폴더나 노트 파일을 직접 넘기세요' },
  'ingest.cannotReadFolder': { en: 'cannot read the folder ({code})', ko: '폴더를 읽을 수 없습니다({code})' },
  // database/write-database.ts: dref ingest, or the first search building the default database
  'database.cannotWrite': { en: 'cannot write the database ({reason})', ko: '데이터베이스를 저장할 수 없습니다({reason})' },
  'database.diskFullHint': { en: 'the disk is full: free some space; the previous database is unchanged', ko: '디스크가 가득 찼습니다. 공간을 확보하세요. 이전 데이터베이스는 그대로입니다' },
  'database.notWritableHint': { en: 'the folder is not writable: choose another with --db or DREF_DB; the previous database is unchanged', ko: '이 폴더에는 쓰기 권한이 없습니다. --db나 DREF_DB로 다른 곳을 고르세요. 이전 데이터베이스는 그대로입니다' },
  'database.noFolderHint': { en: 'the folder {folder} does not exist: create it, or choose another with --db or DREF_DB', ko: '{folder} 폴더가 없습니다. 폴더를 만들거나, --db나 DREF_DB로 다른 곳을 고르세요' },
  'database.unchangedHint': { en: 'the previous database is unchanged', ko: '이전 데이터베이스는 그대로입니다' },
  'database.notFolderHint': { en: '{folder} is a file, not a folder: choose another path with --db or DREF_DB', ko: '{folder}은(는) 폴더가 아니라 파일입니다. --db나 DREF_DB로 다른 경로를 고르세요' },
  'database.isFolderHint': { en: '{path} is a folder: give the path of a file in it, e.g. --db {example}', ko: '{path}은(는) 폴더입니다. 그 안의 파일 경로를 주세요. 예: --db {example}' },
} as const satisfies Record<string, Bilingual>;

export type ErrorMessageId = keyof typeof ERROR_MESSAGES;

/** The message in `lang`, with `{name}` replaced by params.name. */
export function errorMessage(lang: MessageLang, id: ErrorMessageId, params: Readonly<Record<string, string | number>> = {}): string {
  return fillPlaceholders(ERROR_MESSAGES[id][lang], params);
}
