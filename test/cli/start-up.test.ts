/**
 * What a search loads (README, "Start-up"): no graphql-js, HTTP server, Ink or React, and none of
 * the bundle's separate parts (the catalog, the Dockerfile libraries, the rare paths' dref-more.js).
 * A preloaded script records every CommonJS module Node loaded; with the code cache on, the parts
 * would show as cache files.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-database.js';

const dir = tempDir('dref-start-up-');
const recorder = join(dir, 'record-modules.cjs');
writeFileSync(recorder, `process.on('exit', () => require('node:fs').writeFileSync(process.env.DREF_TEST_MODULES, JSON.stringify(Object.keys(require('node:module')._cache))));\n`);

const HEAVY = /node_modules\/(graphql|fastify|@apollo|@fastify|@escape\.tech|ink|react|dockerfile-ast|dockerfile-utils)\/|dist\/bundle\/dref-(catalog|dockerfile|more|tui)/;

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
    const [build, ...others] = readdirSync(join(cache, 'dref', 'code-cache'));
    expect(others).toEqual([]);
    expect(readdirSync(join(cache, 'dref', 'code-cache', build!))).toEqual(['search-dref-main.bin']);
  });

  it("loads neither node:tty nor net nor the streams stack, and creates no process.stdout or process.stderr, piped or not", () => {
    // Node's own modules a run loaded beyond a bare `node -e 0`, recorded at exit.
    const builtins = join(dir, 'record-builtins.cjs');
    writeFileSync(builtins, `const before = new Set(process.moduleLoadList); process.on('exit', () => require('node:fs').writeFileSync(process.env.DREF_TEST_BUILTINS, JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m)))));\n`);
    for (const args of [['search', 'restart'], ['search', 'zzqxwv'], ['serch', 'restart']]) {
      const file = join(dir, `builtins-${args[0]}.json`);
      const r = runCli(args, { NODE_OPTIONS: `--require ${builtins}`, DREF_TEST_BUILTINS: file });
      expect(r.status, r.stderr).not.toBeNull();
      const loaded = JSON.parse(readFileSync(file, 'utf8')) as string[];
      expect(loaded.filter((m) => /NativeModule (tty|net|stream|internal\/streams\/.*|internal\/fs\/sync_write_stream)$/.test(m)), args.join(' ')).toEqual([]);
    }
  });

  it('runs no drizzle: the reads are plain SQL, and only the ingest, in dref-more.js, holds drizzle', () => {
    const part = (file: string) => readFileSync(join(dirname(CLI), file), 'latin1');
    expect(part('dref-main.js')).not.toContain('drizzle:entityKind');
    expect(part('dref-more.js')).toContain('drizzle:entityKind');
  });

  it('while lint does load the Dockerfile libraries (so the check above can fail)', () => {
    const loaded = modulesOf(['lint', '-'], { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(loaded.filter((m) => HEAVY.test(m)).map((m) => m.replace(/.*\//, ''))).toContain('dref-dockerfile.js');
  });
});

describe('a lint', () => {
  // node:child_process brings net, dgram and the streams stack; bundle.ts requires it on first call.
  const builtinsOf = (dockerfile: string, env: Record<string, string> = {}) => {
    const work = tempDir();
    writeFileSync(join(work, 'Dockerfile'), dockerfile);
    const builtins = join(dir, 'record-lint-builtins.cjs');
    writeFileSync(builtins, `const before = new Set(process.moduleLoadList); process.on('exit', () => require('node:fs').writeFileSync(process.env.DREF_TEST_BUILTINS, JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m)))));\n`);
    const file = join(work, 'builtins.json');
    const r = runCli(['lint', join(work, 'Dockerfile')], { NODE_OPTIONS: `--require ${builtins}`, DREF_TEST_BUILTINS: file, DREF_SHELLCHECK_CACHE: '0', ...env });
    return { run: r, childProcess: (JSON.parse(readFileSync(file, 'utf8')) as string[]).includes('NativeModule child_process') };
  };

  it('loads no node:child_process when no RUN has a script for ShellCheck', () => {
    const { run, childProcess } = builtinsOf('FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]\n');
    expect(run.status, run.stderr).toBe(0);
    expect(childProcess).toBe(false);
  });

  it('loads it, and runs ShellCheck, when one does', () => {
    const script = 'FROM alpine:3.20\nRUN for f in $(ls /etc); do echo $f; done\n';
    const { run, childProcess } = builtinsOf(script);
    if (!/\[SC\d+\]/.test(run.stdout)) {
      // No ShellCheck on PATH: lint says so and still never starts a process.
      expect(builtinsOf(script, { DREF_SHELLCHECK: join(dir, 'no-such-shellcheck') }).run.stdout).not.toMatch(/\[SC\d+\]/);
      return;
    }
    expect(run.stdout).toContain('[SC2045]');
    expect(childProcess).toBe(true);
  });
});

describe('the files the launcher reads', () => {
  it('are pure ASCII (cli/dev/ascii-only.ts), so they are read byte for byte rather than decoded as UTF-8', () => {
    const files = readdirSync(dirname(CLI)).filter((f) => /^dref(-(main|more|catalog|dockerfile))?\.js$/.test(f));
    expect(files.sort()).toEqual(['dref-catalog.js', 'dref-dockerfile.js', 'dref-main.js', 'dref-more.js', 'dref.js']);
    for (const file of files) expect(readFileSync(join(dirname(CLI), file)).every((byte) => byte < 0x80), file).toBe(true);
  });

  it('hold the Dockerfile libraries once, in dref-dockerfile.js (a second copy in dref-main.js ran at every lint)', () => {
    // A message of vscode-languageserver-textdocument, which dockerfile-utils validates with (dref's own
    // validator-messages.ts quotes the validator's messages, not this one).
    const message = 'Unknown change event received';
    expect(readFileSync(join(dirname(CLI), 'dref-dockerfile.js'), 'latin1')).toContain(message);
    for (const file of ['dref-main.js', 'dref-more.js']) expect(readFileSync(join(dirname(CLI), file), 'latin1'), file).not.toContain(message);
  });
});
