/**
 * The launcher (cli/launcher.ts) keeps V8's compiled code of the CLI bundle between runs. It must
 * never change what a command prints: not on the first run, not from the cache, not from a damaged
 * cache file, not when the cache folder cannot be written.
 */
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-database.js';

const ARGS = ['search', 'restart', '--limit', '3'];
let plain: CliRun;

/** The cache's files, as `build-folder/file`. */
function cacheFiles(home: string): string[] {
  const folder = join(home, 'dref', 'code-cache');
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((build) => (statSync(join(folder, build)).isDirectory() ? readdirSync(join(folder, build)).map((file) => `${build}/${file}`) : [build]));
}

const BUILD = new RegExp(`^\\d+-\\d+-${process.version}-${process.arch}/`);

beforeAll(() => {
  plain = runCli(ARGS, { NODE_DISABLE_COMPILE_CACHE: '1', XDG_CACHE_HOME: tempDir() });
  expect(plain.status).toBe(0);
  expect(plain.stdout).toContain('--restart');
});

describe('the code cache', () => {
  it('is written by the first run of a command and read by the next, with the same output', () => {
    const home = tempDir();
    expect(runCli(ARGS, { XDG_CACHE_HOME: home })).toEqual(plain);
    const files = cacheFiles(home);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`${BUILD.source}search-dref-main\\.bin$`));
    const written = statSync(join(home, 'dref', 'code-cache', files[0]!)).mtimeMs;
    expect(runCli(ARGS, { XDG_CACHE_HOME: home })).toEqual(plain);
    expect(statSync(join(home, 'dref', 'code-cache', files[0]!)).mtimeMs, 'a cache V8 accepts is not written again').toBe(written);
    // gen also loads the catalog, a file of its own: each command keeps its own files.
    expect(runCli(['gen', 'run', 'nginx'], { XDG_CACHE_HOME: home }).status).toBe(0);
    expect(cacheFiles(home).sort()).toEqual([
      files[0]!.replace(/search-dref-main\.bin$/, 'gen-dref-catalog.bin'), files[0]!.replace(/search-dref-main\.bin$/, 'gen-dref-main.bin'), files[0]!,
    ].sort());
    // explain reads the commands it explains from the database: the catalog's file is imported but never run.
    expect(runCli(['explain', 'docker ps -a'], { XDG_CACHE_HOME: home }).status).toBe(0);
    expect(cacheFiles(home).filter((f) => f.includes('explain-'))).toEqual([files[0]!.replace(/search-dref-main\.bin$/, 'explain-dref-main.bin')]);
  });

  it('runs a part only when it is used, with the answers it gives without the cache', () => {
    const home = tempDir();
    for (const args of [['explain', 'docker run --restrat=always -p 80:80 nginx'], ['gen', 'run', 'nginx', '--option', 'restart=always'], ['lint', '-'], ['explain', 'RUN --mount=type=cache,target=/root/.npm npm ci']]) {
      const expected = runCli(args, { NODE_DISABLE_COMPILE_CACHE: '1' });
      expect(runCli(args, { XDG_CACHE_HOME: home }), args.join(' ')).toEqual(expected);
      expect(runCli(args, { XDG_CACHE_HOME: home }), args.join(' ')).toEqual(expected);
    }
  });

  it('writes nothing for a word that is no command', () => {
    const home = tempDir();
    expect(runCli(['bogus'], { XDG_CACHE_HOME: home }).status).toBe(2);
    expect(runCli(['serch', 'restart'], { XDG_CACHE_HOME: home }).status).toBe(2);
    expect(runCli(['--versoin'], { XDG_CACHE_HOME: home }).status).toBe(2);
    expect(cacheFiles(home)).toEqual([]);
    // The program's own options (--help, --version) share one name.
    expect(runCli(['--help'], { XDG_CACHE_HOME: home }).status).toBe(0);
    expect(cacheFiles(home).map((f) => f.replace(BUILD, ''))).toEqual(['help-dref-main.bin']);
  });

  it('survives a damaged file: V8 rejects it and the run compiles and rewrites it', () => {
    const home = tempDir();
    runCli(ARGS, { XDG_CACHE_HOME: home });
    const file = join(home, 'dref', 'code-cache', cacheFiles(home)[0]!);
    for (const damage of [Buffer.from('not compiled code at all'), readFileSync(file).subarray(0, 1000), Buffer.alloc(0)]) {
      writeFileSync(file, damage);
      expect(runCli(ARGS, { XDG_CACHE_HOME: home })).toEqual(plain);
      expect(statSync(file).size).toBeGreaterThan(10_000);
    }
  });

  it("keeps other builds' files (two installs used in turn), but only the most recent few, and drops the old flat layout", () => {
    const home = tempDir();
    const folder = join(home, 'dref', 'code-cache');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `1-2-${process.version}-${process.arch}-search.bin`), 'a file of the old layout');
    // Five other builds, the first written longest ago.
    for (let i = 0; i < 5; i++) {
      mkdirSync(join(folder, `${i}-0-${process.version}-${process.arch}`));
      writeFileSync(join(folder, `${i}-0-${process.version}-${process.arch}`, 'search-dref-main.bin'), 'other build');
      utimesSync(join(folder, `${i}-0-${process.version}-${process.arch}`), 1_000_000 + i, 1_000_000 + i);
    }
    expect(runCli(ARGS, { XDG_CACHE_HOME: home })).toEqual(plain);
    const builds = readdirSync(folder).sort();
    // KEPT_BUILDS in cli/launcher.ts: this build and the three others written most recently.
    expect(builds).toHaveLength(4);
    expect(builds.filter((b) => /^[0-4]-0-/.test(b))).toEqual([2, 3, 4].map((i) => `${i}-0-${process.version}-${process.arch}`));
    // A second build's run leaves this one's files alone.
    const mine = cacheFiles(home).filter((f) => !/^[0-4]-0-/.test(f));
    expect(mine).toHaveLength(1);
    expect(runCli(ARGS, { XDG_CACHE_HOME: home })).toEqual(plain);
    expect(cacheFiles(home).filter((f) => !/^[0-4]-0-/.test(f))).toEqual(mine);
  });

  it('is skipped quietly when the folder cannot be made', () => {
    const home = join(tempDir(), 'a-file');
    writeFileSync(home, 'XDG_CACHE_HOME is a file, so no folder can be made under it');
    expect(runCli(ARGS, { XDG_CACHE_HOME: home })).toEqual(plain);
  });

  it('is off with NODE_DISABLE_COMPILE_CACHE', () => {
    const home = tempDir();
    expect(runCli(ARGS, { XDG_CACHE_HOME: home, NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual(plain);
    expect(cacheFiles(home)).toEqual([]);
  });

  it('keeps errors and exit codes as they are', () => {
    const home = tempDir();
    const expected = runCli(['search'], { XDG_CACHE_HOME: home, NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(expected.status).toBe(2);
    expect(runCli(['search'], { XDG_CACHE_HOME: home })).toEqual(expected);
    expect(runCli(['search'], { XDG_CACHE_HOME: home })).toEqual(expected);
  });
});
