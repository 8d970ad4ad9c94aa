/**
 * better-sqlite3's compiled addon that does not load (installed with another Node, or damaged):
 * the binary says so, in the user's language, with what to do, and builds nothing over the database.
 * The install is a copy of the package whose node_modules holds a better-sqlite3 with a broken addon.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog-model.js';
import { tempDir } from '../helpers/temp-database.js';

function installWithBrokenAddon(): string {
  const root = join(tempDir('dref-addon-'), 'dref');
  mkdirSync(join(root, 'data'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  cpSync(join(ROOT, 'dist', 'bundle'), join(root, 'dist', 'bundle'), { recursive: true });
  cpSync(join(ROOT, 'data', 'dref.db'), join(root, 'data', 'dref.db'));
  cpSync(join(ROOT, 'data', 'notes'), join(root, 'data', 'notes'), { recursive: true });
  const addon = join(root, 'node_modules', 'better-sqlite3', 'build', 'Release');
  mkdirSync(addon, { recursive: true });
  cpSync(join(ROOT, 'node_modules', 'better-sqlite3', 'package.json'), join(root, 'node_modules', 'better-sqlite3', 'package.json'));
  writeFileSync(join(addon, 'better_sqlite3.node'), 'not a shared object\n');
  return root;
}

describe('a better-sqlite3 addon that does not load', () => {
  const root = installWithBrokenAddon();
  const db = join(root, 'data', 'dref.db');
  const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'dist', 'bundle', 'dref.js'), ...args],
    { encoding: 'utf8', env: { ...process.env, DREF_DB: '', NODE_DISABLE_COMPILE_CACHE: '1' } });

  it('says what is wrong and what to do, in English and Korean, and exits non-zero', () => {
    const en = run('search', 'restart');
    expect(en.status).not.toBe(0);
    expect(en.stderr).toMatch(/^dref: .*better_sqlite3\.node: better-sqlite3's compiled addon does not load \(.+\) \(rebuild it for this Node with `npm rebuild better-sqlite3`/);
    const ko = run('search', 'restart', '--lang', 'ko');
    expect(ko.stderr).toMatch(/better-sqlite3의 컴파일된 애드온을 불러올 수 없습니다/);
  });

  it('leaves the database as it was: nothing is rebuilt over it', () => {
    const before = { bytes: readFileSync(db), mtime: statSync(db).mtimeMs };
    run('search', 'restart');
    expect(statSync(db).mtimeMs).toBe(before.mtime);
    expect(readFileSync(db).equals(before.bytes)).toBe(true);
  });
});
