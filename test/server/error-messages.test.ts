/**
 * The errors a user meets about the files they name — the database, a lint configuration, the
 * Dockerfiles to lint, the --endpoint — in both languages: every id of ERROR_MESSAGES has an
 * English and a Korean text with the same placeholders, and each place that throws one writes it
 * in the language asked for (the CLI's ids are walked by test/cli/cli-messages.test.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { lintCommand } from '../../cli/commands/lint-command.js';
import { findDockerfiles } from '../../cli/lint/find-dockerfiles.js';
import { httpTransport } from '../../cli/transport/http-transport.js';
import { openKnowledgeBase } from '../../server/database/open-database.js';
import { parseTrustProxy } from '../../server/http/trust-proxy.js';
import { DrefError } from '../../server/errors.js';
import { parseLintConfig } from '../../server/lint/config/read-config.js';
import { lintDockerfile } from '../../server/lint/lint-dockerfile.js';
import { ERROR_MESSAGES } from '../../server/text/error-messages.js';
import { tempDir } from '../helpers/temp-database.js';

const HANGUL = /[가-힣]/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** What `run` throws, as `describe()` prints it. */
async function thrown(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(DrefError);
    return (error as DrefError).describe();
  }
  throw new Error('nothing was thrown');
}

const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });

describe('the core\'s errors about files', () => {
  it.each(Object.entries(ERROR_MESSAGES))('%s is in English and in Korean, with the same placeholders', (id, text) => {
    expect(text.ko, id).toMatch(HANGUL);
    expect(text.en, id).not.toMatch(HANGUL);
    expect(placeholders(text.ko), id).toEqual(placeholders(text.en));
  });

  it('says a missing or damaged database in the language asked for', async () => {
    const dir = tempDir('dref-errors-');
    const missing = join(dir, 'none.db');
    expect(await thrown(() => openKnowledgeBase(missing))).toBe(`${missing}: no database here (run \`dref ingest\` to build it, or point --db / DREF_DB at one)`);
    expect(await thrown(() => openKnowledgeBase(missing, 'ko'))).toBe(`${missing}: 여기에는 데이터베이스가 없습니다 (\`dref ingest\`로 만들거나, --db나 DREF_DB로 있는 데이터베이스를 가리키세요)`);
    const bogus = join(dir, 'bogus.db');
    writeFileSync(bogus, 'not sqlite');
    expect(await thrown(() => openKnowledgeBase(bogus, 'ko'))).toBe(`${bogus}: dref 데이터베이스가 아니거나 손상된 파일입니다 (\`dref ingest --db <path>\`로 다시 만드세요)`);
  });

  it('says a bad lint configuration and a Dockerfile it cannot lint in Korean', async () => {
    expect(await thrown(() => parseLintConfig('ignored: DL3006', '.hadolint.yaml', 'ko'))).toBe('.hadolint.yaml: ignored에는 문자열 목록을 써야 합니다');
    expect(await thrown(() => parseLintConfig('override:\n  fatal: [DL3006]', '.hadolint.yaml', 'ko'))).toBe('.hadolint.yaml: 심각도에 "fatal"은(는) 쓸 수 없습니다. error, warning, info, style, ignore 중 하나를 쓰세요');
    expect(await thrown(() => parseLintConfig('- a', 'x.yaml', 'ko'))).toBe('x.yaml: ignored:나 override: 같은 키가 있어야 합니다');
    expect(await thrown(() => lintDockerfile('FROM a\n\0', { lang: 'ko' }))).toBe('Dockerfile이 아니라 바이너리 데이터입니다(NUL 바이트가 들어 있습니다)');
    expect(await thrown(() => lintDockerfile('FROM a\n\0'))).toBe('this is binary data, not a Dockerfile (it contains a NUL byte)');
  });

  it('says what lint cannot read, and a bad --endpoint, with --lang ko', async () => {
    const dir = tempDir('dref-errors-');
    const missing = join(dir, 'Dockerfile.none');
    expect(await thrown(() => lintCommand([missing, '--lang', 'ko'], sink(), sink()))).toBe(`${missing}: 그런 파일이 없습니다`);
    expect(await thrown(() => lintCommand([missing, '--format', 'xml', '--lang', 'ko'], sink(), sink()))).toMatch(/^--format에는 text, json, .* 중 하나를 쓰세요\(받은 값: xml\)$/);
    expect(await thrown(() => lintCommand([missing, '--dry-run', '--lang', 'ko'], sink(), sink()))).toBe('--dry-run은 --fix와 함께만 쓸 수 있습니다 (dref lint --fix --dry-run은 고칠 내용을 diff로 보여 줍니다)');
    expect(await thrown(() => findDockerfiles([dir], 'ko'))).toBe(`${dir}: 이 폴더에는 Dockerfile이 없습니다(Dockerfile, *.Dockerfile, Dockerfile.* 이름을 찾았습니다)`);
    expect(await thrown(() => findDockerfiles([join(dir, '*.zz')], 'ko'))).toBe(`${join(dir, '*.zz')}에 맞는 파일이 없습니다 (패턴을 확인하거나, 셸이 먼저 펼치지 않도록 따옴표로 감싸세요)`);
    expect(await thrown(() => httpTransport('nota', 'ko'))).toBe('--endpoint에는 URL을 쓰세요(받은 값: nota) (예: --endpoint http://127.0.0.1:4000/graphql)');
    expect(await thrown(() => httpTransport('nota', 'en'))).toBe('--endpoint nota is not a URL (e.g. --endpoint http://127.0.0.1:4000/graphql)');
    expect(await thrown(() => parseTrustProxy('99', 'ko'))).toBe('--trust-proxy 99: 홉 수는 1부터 10까지 쓸 수 있습니다 (nginx 하나 뒤라면 --trust-proxy 1)');
    expect(await thrown(() => parseTrustProxy('zz'))).toBe('--trust-proxy zz: "zz" is not a hop count, an address or a CIDR (e.g. --trust-proxy 1, --trust-proxy 10.0.0.0/8 or --trust-proxy loopback)');
  });
});

describe('search\'s errors about its input', () => {
  it('says a query too long, a bad limit and a bad cursor in the language asked for', async () => {
    const { searchEntries } = await import('../../server/search/search-entries.js');
    const { searchPassages } = await import('../../server/search/search-passages.js');
    const { buildTempKnowledgeBase } = await import('../helpers/temp-database.js');
    const kb = buildTempKnowledgeBase();
    try {
      expect(await thrown(() => searchEntries(kb, 'x'.repeat(300), { lang: 'ko' }))).toContain('검색어가 300자입니다');
      expect(await thrown(() => searchEntries(kb, 'x'.repeat(300)))).toContain('the query is 300 characters long');
      expect(await thrown(() => searchEntries(kb, 'restart', { lang: 'ko', limit: 0 }))).toContain('limit에는 1부터 100까지의 정수를 써야 합니다');
      expect(await thrown(() => searchEntries(kb, 'restart', { lang: 'ko', after: '!!' }))).toContain('이전 페이지가 준 커서가 아닙니다');
      expect(await thrown(() => searchPassages(kb, 'restart', 0, 'ko'))).toContain('first에는');
    } finally {
      kb.close();
    }
  });
});
