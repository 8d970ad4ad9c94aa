/**
 * The terminal UI's words in English and Korean — the footer, the key help (`?`), the views'
 * headings and hints, the search box and status texts — chosen by --lang or LANG like the CLI's.
 * Keys stay as typed (^C, Esc, q). test/tui/tui-messages.test.ts walks every id and row.
 */
import type { Lang } from '../../server/search/search-entries.js';
import { fillPlaceholders } from '../../server/text/fill-placeholders.js';
import type { Bilingual } from './cli-messages.js';

export const TUI_MESSAGES = {
  // The footer: for each place the cursor can be, what is always shown (how to quit and get help), then the rest.
  'footer.search.always': { en: '^C quit · Esc ? help', ko: '^C 끝내기 · Esc ? 도움말' },
  'footer.search.rest': { en: '↑↓ move · Enter open · ^Y copy · ^G generate · ^E explain · Tab pane', ko: '↑↓ 이동 · Enter 열기 · ^Y 복사 · ^G 생성 · ^E 풀이 · Tab 창 전환' },
  'footer.results.always': { en: 'q quit · ? help', ko: 'q 끝내기 · ? 도움말' },
  'footer.results.rest': { en: '/ search · ↑↓ move · Enter open · c copy · g generate · e explain', ko: '/ 검색 · ↑↓ 이동 · Enter 열기 · c 복사 · g 생성 · e 풀이' },
  'footer.detail.always': { en: 'q quit · ? help', ko: 'q 끝내기 · ? 도움말' },
  'footer.detail.rest': { en: '↑↓ scroll · Esc list · / search · c copy an example', ko: '↑↓ 스크롤 · Esc 목록 · / 검색 · c 예시 복사' },
  'footer.help.always': { en: '^C quit · Esc close the help', ko: '^C 끝내기 · Esc 도움말 닫기' },
  'footer.gen.always': { en: '^C quit · Esc ? help', ko: '^C 끝내기 · Esc ? 도움말' },
  'footer.gen.rest': { en: 'type a docker command · Enter copy the line · ^U clear', ko: 'docker 명령을 입력 · Enter 줄 복사 · ^U 지우기' },
  'footer.explain.always': { en: '^C quit · Esc ? help', ko: '^C 끝내기 · Esc ? 도움말' },
  'footer.explain.rest': { en: 'type or paste a command line · ↑↓ scroll · Enter copy the fix · ^U clear', ko: '명령줄을 입력하거나 붙여 넣기 · ↑↓ 스크롤 · Enter 고친 줄 복사 · ^U 지우기' },
  // The search box
  'search.found': { en: '{count} found', ko: '{count}개 찾음' },
  'search.didYouMean': { en: 'did you mean "{query}"', ko: '혹시 "{query}" 아닌가요?' },
  'search.typeToSearch': { en: 'type to search (한국어 OK)', ko: '입력하면 검색합니다(English OK)' },
  'search.slashToSearch': { en: '/ to search', ko: '/ 눌러 검색' },
  // The result list and the detail pane
  'results.none': { en: 'no results', ko: '결과 없음' },
  'detail.previewKeys': { en: 'Enter: open · ^Y: copy an example', ko: 'Enter: 열기 · ^Y: 예시 복사' },
  'detail.passageKeys': { en: 'A passage of the notes · `dref show {place}` prints it with the lines around it', ko: '노트의 본문 · `dref show {place}`로 앞뒤 줄과 함께 볼 수 있습니다' },
  'detail.start': { en: 'Type to search, then pick a result.', ko: '검색어를 입력한 뒤 결과를 고르세요.' },
  // The key help
  'help.title': { en: 'dref — keys (typing goes to the query; ^ is Ctrl)', ko: 'dref — 키 (입력한 글자는 검색어로 들어갑니다. ^는 Ctrl)' },
  // The generator
  'gen.title': { en: 'Generate a command line', ko: '명령줄 만들기' },
  'gen.hint': { en: 'e.g. run --restart always -d -p 8080:80 nginx:1.27 · Enter copies the line · Esc closes', ko: '예: run --restart always -d -p 8080:80 nginx:1.27 · Enter 줄 복사 · Esc 닫기' },
  // The explainer
  'explain.title': { en: 'Explain a command line', ko: '명령줄 풀이' },
  'explain.hint': { en: 'Enter copies the line with the first fix · ↑↓ scroll · Esc closes · e.g. run -d -p 8080:80 --restart unless-stopped nginx:1.27', ko: 'Enter 첫 번째 수정을 적용한 줄 복사 · ↑↓ 스크롤 · Esc 닫기 · 예: run -d -p 8080:80 --restart unless-stopped nginx:1.27' },
  'explain.above': { en: '↑ {count} above', ko: '↑ 위에 {count}개' },
  'explain.below': { en: '↓ {count} below', ko: '↓ 아래에 {count}개' },
  // What the last key did
  'status.copied': { en: 'copied: {text}', ko: '복사함: {text}' },
  'status.noExample': { en: 'no example to copy here: open an entry that has one', ko: '복사할 예시가 없습니다. 예시가 있는 항목을 여세요' },
  'status.nothingToCopy': { en: 'nothing to copy yet', ko: '아직 복사할 것이 없습니다' },
} as const satisfies Record<string, Bilingual>;

export type TuiMessageId = keyof typeof TUI_MESSAGES;

/** The keys as the help pane lists them: [key, what it does]; a key that is a word is translated too. */
export const KEY_HELP: readonly (readonly [Bilingual, Bilingual])[] = [
  [{ en: 'type', ko: '입력' }, { en: 'search, in Korean or English, as you type', ko: '입력하는 대로 검색합니다(한국어, 영어 모두)' }],
  [{ en: '↑↓ ^P ^N PgUp', ko: '↑↓ ^P ^N PgUp' }, { en: 'move in the results; scroll the detail', ko: '결과 목록에서 이동하고, 상세 창을 스크롤합니다' }],
  [{ en: 'Enter', ko: 'Enter' }, { en: 'open the selected entry or passage of the notes', ko: '고른 항목이나 노트의 본문을 엽니다' }],
  [{ en: '^Y', ko: '^Y' }, { en: 'copy the entry\'s example (OSC 52, works over SSH)', ko: '항목의 예시를 복사합니다(OSC 52, SSH에서도 됩니다)' }],
  [{ en: '^G  ^E', ko: '^G  ^E' }, { en: 'generate a command line; explain one', ko: '^G는 명령줄 만들기, ^E는 명령줄 풀이' }],
  [{ en: '^U', ko: '^U' }, { en: 'clear what was typed', ko: '입력한 내용을 지웁니다' }],
  [{ en: 'Esc', ko: 'Esc' }, { en: 'leave the query for the keys mode; close a view', ko: '검색어에서 키 모드로 나가고, 열린 화면을 닫습니다' }],
  [{ en: 'Tab', ko: 'Tab' }, { en: 'next pane: query → results → detail', ko: '다음 창으로: 검색어 → 결과 → 상세' }],
  [{ en: 'keys mode', ko: '키 모드' }, { en: 'q quit · ? help · / query · c copy · g generate · e explain · other letters type', ko: 'q 끝내기 · ? 도움말 · / 검색어 · c 복사 · g 생성 · e 풀이 · 다른 글자는 입력' }],
  [{ en: '^C', ko: '^C' }, { en: 'quit, from anywhere', ko: '어디서든 끝냅니다' }],
];

/** The TUI's text `id` in `lang`, with `{name}` replaced by params.name. */
export function tuiMessage(lang: Lang, id: TuiMessageId, params: Readonly<Record<string, string | number>> = {}): string {
  return fillPlaceholders(TUI_MESSAGES[id][lang], params);
}
