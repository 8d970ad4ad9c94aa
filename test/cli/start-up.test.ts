/**
 * What a search loads (README, "Start-up"): no graphql-js, HTTP server, Ink or React, and none of
 * the bundle's separate parts (the catalog, the Dockerfile libraries). A preloaded script records
 * every CommonJS module Node loaded; with the code cache on, the parts would show as cache files.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-database.js';

const dir = tempDir('dref-start-up-');
const recorder = join(dir, 'record-modules.cjs');
writeFileSync(recorder, `process.on('exit', () => require('node:fs').writeFileSync(process.env.DREF_TEST_MODULES, JSON.stringify(Object.keys(require('node:module')._cache))));\n`);

const HEAVY = /node_modules\/(graphql|fastify|@apollo|@fastify|@escape\.tech|ink|react|dockerfile-ast|dockerfile-utils)\/|dist\/bundle\/dref-(catalog|dockerfile|tui)/;

function modulesOf(args: string[], env: Record<string, string>): string[] {
  const file = join(dir, `modules-${Object.keys(env).join('-') || 'cached'}-${args[0]}.json`);
  const r = runCli(args, { ...env, NODE_OPTIONS: `--require ${recorder}`, DREF_TEST_MODULES: file });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(readFileSync(file, 'utf8')) as string[];
}

describe('a search', () => {
  it('loads none of the heavy packages or parts, with the code cache and without', () => {
    const cache = tempDir();
    for (const env of [{ XDG_CACHE_HOME: cache }, { XDG_CACHE_HOME: cache }, { NODE_DISABLE_COMPILE_CACHE: '1' }]) {
      const loaded = modulesOf(['search', 'restart'], env);
      expect(loaded.some((m) => m.includes('better-sqlite3')), 'the database is opened').toBe(true);
      expect(loaded.filter((m) => HEAVY.test(m))).toEqual([]);
    }
    expect(readdirSync(join(cache, 'dref', 'code-cache')).filter((f) => !f.endsWith('-search-dref-main.bin'))).toEqual([]);
  });

  it('while lint does load the Dockerfile libraries and the catalog (so the check above can fail)', () => {
    const loaded = modulesOf(['lint', '-'], { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(loaded.filter((m) => HEAVY.test(m)).map((m) => m.replace(/.*\//, '')).sort()).toEqual(['dref-catalog.js', 'dref-dockerfile.js']);
  });
});
