/**
 * The README's first command, `npx dref search restart`, in a fresh clone after `npm install`.
 * npm 7+ finds the project's own bin in package.json, links the project into npx's cache and
 * runs its `prepare` again: that rebuilt everything (47 s). prepare (cli/dev/prepare.mjs) now
 * sees that the bundle and the database are newer than their sources and builds nothing.
 * The clone is a copy of the project's sources with the built bundle and database copied in last
 * (as `npm install` leaves them), node_modules linked; npx gets a cache of its own.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog-model.js';
import { tempDir } from '../helpers/temp-database.js';

function freshClone(): string {
  const clone = join(tempDir('dref-clone-'), 'dref');
  mkdirSync(clone);
  for (const path of ['package.json', 'package-lock.json', 'tsconfig.json', 'cli', 'server', 'schema', 'data/catalog', 'data/notes']) {
    cpSync(join(ROOT, path), join(clone, path), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));
  // What `npm install` built, newer than the sources.
  cpSync(join(ROOT, 'dist', 'bundle'), join(clone, 'dist', 'bundle'), { recursive: true });
  const db = spawnSync(process.execPath, [join(clone, 'dist', 'bundle', 'dref.js'), 'ingest', '--quiet'], { encoding: 'utf8' });
  expect(db.status, db.stderr).toBe(0);
  return clone;
}

describe('the first run', () => {
  it('answers `npx dref search restart` in a fresh clone without building anything', () => {
    const clone = freshClone();
    const built = ['dist/bundle/dref.js', 'dist/bundle/dref-main.js', 'data/dref.db'].map((path) => [path, statSync(join(clone, path)).mtimeMs] as const);
    const npx = spawnSync('npx', ['dref', 'search', 'restart', '--limit', '1'], {
      cwd: clone, encoding: 'utf8', timeout: 120_000,
      env: { ...process.env, npm_config_cache: tempDir('dref-npx-cache-'), npm_config_update_notifier: 'false', npm_config_fund: 'false', NO_COLOR: '1' },
    });
    expect(npx.status, `${npx.stdout}\n${npx.stderr}`).toBe(0);
    expect(npx.stdout).toMatch(/^docker \S*restart.* {2}\[(command|option)\]$/m);
    // Nothing was compiled (tsc writes dist/cli) and nothing rewritten.
    expect(existsSync(join(clone, 'dist', 'cli')), 'tsc ran').toBe(false);
    for (const [path, mtime] of built) expect(statSync(join(clone, path)).mtimeMs, `${path} was rebuilt`).toBe(mtime);
  }, 180_000);

  it('does build when a source is newer than the bundle (so the check above can fail)', () => {
    const clone = freshClone();
    const prepare = spawnSync(process.execPath, [join(clone, 'cli', 'dev', 'prepare.mjs')], { cwd: clone, encoding: 'utf8' });
    expect(prepare.stdout).toContain('nothing to build');
    // A changed note: only the database is rebuilt (a note merely touched is newer, but ingest sees the same text and keeps the database).
    const db = statSync(join(clone, 'data', 'dref.db')).mtimeMs;
    appendFileSync(join(clone, 'data', 'notes', 'docker-images.ko.md'), '\n한 줄 더.\n');
    const rebuilt = spawnSync(process.execPath, [join(clone, 'cli', 'dev', 'prepare.mjs')], { cwd: clone, encoding: 'utf8' });
    expect(rebuilt.status, rebuilt.stderr).toBe(0);
    expect(rebuilt.stdout).not.toContain('nothing to build');
    expect(statSync(join(clone, 'data', 'dref.db')).mtimeMs).toBeGreaterThan(db);
    expect(existsSync(join(clone, 'dist', 'cli')), 'the bundle was rebuilt for a note').toBe(false);
    // A note merely touched: ingest sees the same text and keeps the database, yet marks it current, so the next prepare builds nothing.
    const sameText = statSync(join(clone, 'data', 'dref.db')).mtimeMs;
    const now = new Date();
    utimesSync(join(clone, 'data', 'notes', 'docker-images.ko.md'), now, now);
    const touched = spawnSync(process.execPath, [join(clone, 'cli', 'dev', 'prepare.mjs')], { cwd: clone, encoding: 'utf8' });
    expect(touched.status, touched.stderr).toBe(0);
    expect(statSync(join(clone, 'data', 'dref.db')).mtimeMs).toBeGreaterThan(sameText);
    const again = spawnSync(process.execPath, [join(clone, 'cli', 'dev', 'prepare.mjs')], { cwd: clone, encoding: 'utf8' });
    expect(again.stdout).toContain('nothing to build');
  }, 90_000);
});
