/**
 * The terminal UI's words in both languages: every id and every row of the key help has an
 * English and a Korean text, and the app under `lang: 'ko'` (over a Korean in-process transport)
 * shows its footer, help, generator and explainer in Korean.
 */
import { render } from 'ink-testing-library';
import { afterAll, describe, expect, it } from 'vitest';
import { KEY_HELP, TUI_MESSAGES } from '../../cli/messages/tui-messages.js';
import { App } from '../../cli/tui/app.js';
import { statusText } from '../../cli/tui/status-bar.js';
import { initialState, tuiReducer } from '../../cli/tui/tui-state.js';
import { inProcessTransport } from '../../cli/transport/in-process-transport.js';
import { buildTempKnowledgeBase } from '../helpers/temp-database.js';
import { until } from '../helpers/until-frame.js';

const HANGUL = /[가-힣]/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** The one English text that names Korean on purpose: it tells a Korean reader the box takes Hangul. */
const NAMES_KOREAN = new Set(['search.typeToSearch']);

describe('the TUI\'s words', () => {
  it.each(Object.entries(TUI_MESSAGES))('%s is in English and in Korean, with the same placeholders', (id, text) => {
    const { en, ko } = text as { en?: string; ko?: string };
    expect(en?.trim(), `${id} has no English`).toBeTruthy();
    expect(ko, `${id}: the Korean is not Korean`).toMatch(HANGUL);
    if (!NAMES_KOREAN.has(id)) expect(en, `${id}: the English has Korean in it`).not.toMatch(HANGUL);
    expect(placeholders(ko!)).toEqual(placeholders(en!));
  });

  it.each(KEY_HELP.map(([key, what]) => [key.en, key, what] as const))('the key help row %s says what the key does in both languages', (_, key, what) => {
    expect(what.en.trim()).toBeTruthy();
    expect(what.ko).toMatch(HANGUL);
    expect(what.en).not.toMatch(HANGUL);
    // The keys themselves stay as typed; only a key that is a word is translated.
    if (/^[a-z ]+$/.test(key.en)) expect(key.ko).toMatch(HANGUL);
    else expect(key.ko).toBe(key.en);
  });

  it('puts how to quit and get help first in the footer, in the TUI\'s language', () => {
    for (const [view, focus] of [['main', 'search'], ['main', 'results'], ['main', 'detail'], ['help', 'search'], ['gen', 'search'], ['explain', 'search']] as const) {
      expect(statusText({ view, focus, status: '', lang: 'ko' }), `${view}/${focus}`).toMatch(/^(\^C|q) 끝내기 · .*도움말/);
      expect(statusText({ view, focus, status: '' }), `${view}/${focus}`).toMatch(/^(\^C|q) quit · .*help/);
    }
  });

  it('says what a copy did in Korean', () => {
    const state = { ...initialState, lang: 'ko' as const, focus: 'results' as const };
    expect(tuiReducer(state, { type: 'key', input: 'c', key: {} }).status).toBe('복사할 예시가 없습니다. 예시가 있는 항목을 여세요');
  });
});

describe('the TUI in Korean', () => {
  const kb = buildTempKnowledgeBase();
  const transport = inProcessTransport(kb, 'ko');
  afterAll(() => kb.close());

  /** The frame's words, borders and line breaks taken out (a message may wrap inside its box). */
  const words = (frame: string | undefined) => (frame ?? '').replace(/[│╭╮╰╯─┌┐└┘\n]/g, ' ').replace(/\s+/g, ' ');

  it('counts results, shows the key help, the generator and the explainer in Korean', async () => {
    const ui = render(<App transport={transport} lang="ko" writeRaw={() => undefined} />);
    const frame = () => ui.lastFrame();
    await until(() => frame()!.includes('입력하면 검색합니다'), frame);
    expect(frame()).toContain('^C 끝내기 · Esc ? 도움말');
    ui.stdin.write('restart');
    await until(() => /\d+개 찾음/.test(frame()!), frame);
    // The keys mode, then the help.
    ui.stdin.write('\x1b');
    await until(() => frame()!.includes('q 끝내기 · ? 도움말'), frame);
    ui.stdin.write('?');
    await until(() => frame()!.includes('dref — 키'), frame);
    expect(frame()).toContain('어디서든 끝냅니다');
    expect(frame()).not.toMatch(/quit, from anywhere|open the selected entry/);
    ui.stdin.write('\x1b');
    await until(() => !frame()!.includes('dref — 키'), frame);
    ui.stdin.write('g');
    await until(() => frame()!.includes('명령줄 만들기'), frame);
    ui.stdin.write('\x1b');
    await until(() => !frame()!.includes('명령줄 만들기'), frame);
    ui.stdin.write('e');
    await until(() => frame()!.includes('명령줄 풀이'), frame);
    ui.stdin.write('run -p 8080:80 --restrat=always nginx');
    await until(() => frame()!.includes('✗'), frame);
    expect(words(frame())).toContain('✗ docker run에는 --restrat 옵션이 없습니다');
    expect(frame()).toMatch(/│ +8080:80 +옵션 값 /);
    expect(frame()).toMatch(/│ +nginx +이미지 /);
    expect(frame()).not.toMatch(/option value|has no option/);
    ui.unmount();
  });
});
