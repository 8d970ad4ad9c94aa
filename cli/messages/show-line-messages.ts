/**
 * The words of `dref show FILE:LINE` and of a passage in the terminal UI, in English and Korean:
 * headings, the note on a line no passage holds, and the errors with what to do next.
 * test/cli/show-line.test.ts walks every id.
 */
import type { Lang } from '../../server/search/search-entries.js';
import { fillPlaceholders } from '../../server/text/fill-placeholders.js';
import type { Bilingual } from './cli-messages.js';

export const SHOW_LINE_MESSAGES = {
  'line.one': { en: 'line {line}', ko: '{line}행' },
  'line.many': { en: 'lines {start}-{end}', ko: '{start}-{end}행' },
  'line.blank': { en: 'Nothing is written on {where}; the nearest passage is {place}.', ko: '{where}은 빈 줄입니다. 가장 가까운 본문은 {place}입니다.' },
  'line.between': { en: 'No passage holds {where} (a heading or a fence between passages); the nearest passage is {place}.', ko: '{where}은 어느 본문에도 속하지 않습니다(본문 사이의 제목이나 코드 울타리 등). 가장 가까운 본문은 {place}입니다.' },
  'line.noPassages': { en: 'No passage holds {where}, and {file} has no passages at all.', ko: '{where}은 어느 본문에도 속하지 않고, {file}에는 본문이 하나도 없습니다.' },
  'line.entries': { en: 'Linked entries:', ko: '이 줄과 연결된 항목:' },
  'line.noEntries': { en: 'No catalog entry is linked to these lines.', ko: '이 줄과 연결된 항목이 없습니다.' },
  'line.moreEntries': { en: '… and {count} more (--json lists them all)', ko: '… 그 밖에 {count}개 더 있습니다(--json으로 모두 볼 수 있습니다)' },
  'line.previous': { en: 'previous passage: dref show {place}', ko: '앞 본문: dref show {place}' },
  'line.next': { en: 'next passage: dref show {place}', ko: '다음 본문: dref show {place}' },
  'line.beforeHeadings': { en: '(before the first heading)', ko: '(첫 제목보다 앞)' },
  // Errors
  'line.noFile': { en: 'no notes file named {file} in this database; files: {files}', ko: '이 데이터베이스에는 {file}(이)라는 노트 파일이 없습니다. 있는 파일: {files}' },
  'line.noFileHint': { en: 'try `dref show {example}`, or ingest the file with `dref ingest FILE --add`', ko: '`dref show {example}`처럼 쓰거나, `dref ingest FILE --add`로 그 파일을 넣으세요' },
  'line.ambiguous': { en: '{file} could be any of these notes files: {files}', ko: '{file}(이)라고만 하면 다음 노트 파일 중 어느 것인지 알 수 없습니다: {files}' },
  'line.ambiguousHint': { en: 'give more of its path, e.g. `dref show {example}`', ko: '경로를 더 써 주세요. 예: `dref show {example}`' },
  'line.outside': { en: '{file} has {count} lines; line {line} is outside it', ko: '{file}은(는) {count}행까지 있습니다. {line}행은 파일 밖입니다' },
  'line.outsideHint': { en: 'lines go from 1 to {count}, e.g. `dref show {file}:{count}`', ko: '줄 번호는 1부터 {count}까지입니다. 예: `dref show {file}:{count}`' },
  'line.backwards': { en: '{reference} ends before it starts', ko: '{reference}는 끝 줄이 시작 줄보다 앞에 있습니다' },
  'line.backwardsHint': { en: 'write the first line first, e.g. `dref show {file}:{end}-{start}`', ko: '시작 줄을 먼저 쓰세요. 예: `dref show {file}:{end}-{start}`' },
  'line.noLine': { en: '{reference} has no line number after the colon', ko: '{reference}에는 콜론 뒤에 줄 번호가 없습니다' },
  'line.noLineHint': { en: 'write FILE:LINE or FILE:START-END, e.g. `dref show {file}:131`', ko: 'FILE:LINE이나 FILE:START-END 꼴로 쓰세요. 예: `dref show {file}:131`' },
  'line.endpoint': { en: 'show FILE:LINE reads the notes from a database, not from a server (--endpoint or DREF_ENDPOINT)', ko: 'show FILE:LINE은 서버(--endpoint나 DREF_ENDPOINT)가 아니라 데이터베이스에서 노트를 읽습니다' },
  'line.endpointHint': { en: 'leave out --endpoint and DREF_ENDPOINT, or name the database with --db PATH', ko: '--endpoint와 DREF_ENDPOINT를 빼거나, --db PATH로 데이터베이스를 알려 주세요' },
} as const satisfies Record<string, Bilingual>;

export type ShowLineMessageId = keyof typeof SHOW_LINE_MESSAGES;

/** The text `id` in `lang`, with `{name}` replaced by params.name. */
export function showLineMessage(lang: Lang, id: ShowLineMessageId, params: Readonly<Record<string, string | number>> = {}): string {
  return fillPlaceholders(SHOW_LINE_MESSAGES[id][lang], params);
}
