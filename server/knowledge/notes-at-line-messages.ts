/**
 * The words of the API's notes at a line (GraphQL `notesAt`, REST /api/v1/notes/{file}/lines/{line})
 * when there are none to give: an unknown or ambiguous file, lines outside it, a bad line number.
 * Each names the file and line and says what to send instead, in English and Korean.
 * test/server/notes-at-line.test.ts walks every id.
 */
import type { Bilingual } from '../../data/catalog/types.js';
import { DrefError } from '../errors.js';
import type { Lang } from '../search/search-entries.js';
import { fillPlaceholders } from '../text/fill-placeholders.js';
import type { NotesAtLine } from './notes-at-line.js';

export const NOTES_AT_LINE_MESSAGES = {
  'notes.noFile': { en: 'no notes file named {file} in this knowledge base; files: {files}', ko: '이 지식 베이스에는 {file}(이)라는 노트 파일이 없습니다. 있는 파일: {files}' },
  'notes.noFileHint': { en: 'name a file as ingested or the end of its path, e.g. {example}', ko: '넣은 그대로의 경로나 경로의 끝부분으로 파일을 알려 주세요. 예: {example}' },
  'notes.ambiguous': { en: '{file} could be any of these notes files: {files}', ko: '{file}(이)라고만 하면 다음 노트 파일 중 어느 것인지 알 수 없습니다: {files}' },
  'notes.ambiguousHint': { en: 'give more of its path, e.g. {example}', ko: '경로를 더 써 주세요. 예: {example}' },
  'notes.outside': { en: '{file} has {count} lines; line {line} is outside it', ko: '{file}은(는) {count}행까지 있습니다. {line}행은 파일 밖입니다' },
  'notes.outsideHint': { en: 'lines go from 1 to {count}', ko: '줄 번호는 1부터 {count}까지입니다' },
  'notes.badLine': { en: '{name}: must be a whole number from 1, not {value}', ko: '{name}: 1 이상의 정수여야 합니다(받은 값: {value})' },
  'notes.badLineHint': { en: 'lines are numbered from 1, as dref prints them (docker-images.ko.md:131)', ko: '줄 번호는 dref가 보여 주는 대로 1부터 셉니다(docker-images.ko.md:131)' },
  'notes.backwards': { en: 'endLine {end} is before line {start} of {file}', ko: '{file}의 끝 줄 {end}행이 시작 줄 {start}행보다 앞에 있습니다' },
  'notes.backwardsHint': { en: 'give an endLine from {start}, or leave it out for one line', ko: 'endLine은 {start} 이상으로 주거나, 한 줄만 보려면 빼세요' },
} as const satisfies Record<string, Bilingual>;

export type NotesAtLineMessageId = keyof typeof NOTES_AT_LINE_MESSAGES;

/** The files a message lists before it stops. */
const FILES_LISTED = 10;

/** The text `id` in `lang`, with `{name}` replaced by params.name. */
export function notesAtLineMessage(lang: Lang, id: NotesAtLineMessageId, params: Readonly<Record<string, string | number>> = {}): string {
  return fillPlaceholders(NOTES_AT_LINE_MESSAGES[id][lang], params);
}

/**
 * A line number as a request gives it (`line`, `endLine`): a whole number from 1, or BAD_INPUT naming
 * the parameter and the value as it was `given` (a URL's text, which may be no number at all).
 */
export function checkLineNumber(name: string, value: number, lang: Lang, given?: string): number {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new DrefError('BAD_INPUT', notesAtLineMessage(lang, 'notes.badLine', { name, value: given === undefined ? String(value) : JSON.stringify(given) }), notesAtLineMessage(lang, 'notes.badLineHint'));
  }
  return value;
}

/** endLine, when given, is not before line. */
export function checkLineRange(file: string, startLine: number, endLine: number | undefined, lang: Lang): void {
  if (endLine !== undefined && endLine < startLine) {
    throw new DrefError('BAD_INPUT', notesAtLineMessage(lang, 'notes.backwards', { file, start: startLine, end: endLine }), notesAtLineMessage(lang, 'notes.backwardsHint', { start: startLine }));
  }
}

/** Why there are no notes to give, as the one error model has it: NOT_FOUND for no such file, BAD_INPUT for an ambiguous name or lines outside the file. */
export function notesAtLineError(result: Exclude<NotesAtLine, { status: 'found' }>, lang: Lang): DrefError {
  const m = (id: NotesAtLineMessageId, params: Readonly<Record<string, string | number>>) => notesAtLineMessage(lang, id, params);
  switch (result.status) {
    case 'noFile': {
      // Plain strings, not a template: the CLI bundle keeps non-ASCII text out of template literals.
      const files = result.files.length > FILES_LISTED ? result.files.slice(0, FILES_LISTED).join(', ') + ', …' : result.files.join(', ');
      return new DrefError('NOT_FOUND', m('notes.noFile', { file: result.file, files: files || '-' }), m('notes.noFileHint', { example: result.files[0] ?? 'notes.md' }));
    }
    case 'ambiguous':
      return new DrefError('BAD_INPUT', m('notes.ambiguous', { file: result.file, files: result.files.join(', ') }), m('notes.ambiguousHint', { example: result.files[0]! }));
    case 'outsideFile':
      return new DrefError('BAD_INPUT', m('notes.outside', { file: result.file, count: result.lineCount, line: result.startLine < 1 ? result.startLine : result.endLine }),
        m('notes.outsideHint', { count: result.lineCount }));
  }
}
