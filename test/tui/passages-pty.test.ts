/**
 * Passages in the real `dref browse`, in a pseudo-terminal (pty-session.ts), on a database built by
 * ingest from notes of our own: the list shows `file:line`, Enter opens the passage in context
 * (the notes read from --db, not over GraphQL), and at 60×20 and 100×30 the panes' borders stand
 * where the layout puts them, Hangul included.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../server/ingest/run-ingest.js';
import { tempDir } from '../helpers/temp-database.js';
import { PtySession, expectBordersInPlace } from './pty-session.js';

const dir = tempDir('dref-tui-passages-');
const notes = join(dir, 'notes');
mkdirSync(notes, { recursive: true });
writeFileSync(join(notes, 'runtime.md'), [
  '# Alpha', '', '## 1. 런타임', '', 'zorbleflux 런타임은 재시작 정책에 따라 컨테이너를 다시 띄운다.', 'It reads its settings from a file.', '',
  '## 2. Images', '', 'Images are built in layers; zorbleflux caches them.', '',
].join('\n'));
const db = join(dir, 'kb.db');
runIngest([notes], db);


describe('dref browse lists and opens passages', () => {
  for (const [columns, rows, lang] of [[60, 20, 'en'], [100, 30, 'ko']] as const) {
    it(`at ${columns}×${rows} (--lang ${lang})`, async () => {
      const pty = new PtySession({ columns, rows, args: ['browse', '--lang', lang, '--db', db], env: {} });
      await pty.waitFor('the search box', (s) => s.includes(lang === 'ko' ? '입력하면 검색' : 'type to search'));
      pty.send('zorbleflux');
      await pty.waitFor('the passages', (s) => s.includes('runtime.md:5') && s.includes('runtime.md:10'));
      expectBordersInPlace(pty, 'the passages');
      // The first passage is selected and read from the database: its headings and its lines; then the other one.
      const order = [...pty.screen().matchAll(/│nts runtime\.md:(\d+)/g)].map((m) => Number(m[1]));
      expect(order.sort((x, y) => x - y), pty.screen()).toEqual([5, 10]);
      const view = (line: number) => (line === 5 ? { heading: 'Alpha > 1 ', line: /> +5 +zorbleflux/ } : { heading: 'Alpha > 2 Images', line: /> +10 +Images are built/ });
      const shown = [...pty.screen().matchAll(/│nts runtime\.md:(\d+)/g)].map((m) => Number(m[1]));
      await pty.waitFor('the first passage in context', (s) => s.includes(view(shown[0]!).heading));
      expect(pty.screen()).toMatch(view(shown[0]!).line);
      expectBordersInPlace(pty, 'the first passage in context');
      pty.send('\t\x1b[B');
      await pty.waitFor('the second passage in context', (s) => s.includes(view(shown[1]!).heading));
      expect(pty.screen()).toMatch(view(shown[1]!).line);
      expectBordersInPlace(pty, 'the second passage in context');
      pty.send('\x1b');
      pty.send('q');
      expect(await pty.exit()).toBe(0);
    }, 120_000);
  }
});
