/**
 * Faults around the database: an ingest killed half-way, a full disk (a tiny tmpfs), a read-only
 * folder (a read-only mount). The previous database keeps serving and the error says what happened.
 * Mounting needs root, as CI has.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticNotes } from '../../bench/synthetic-notes.js';
import { openKnowledgeBase } from '../../server/database/open-database.js';
import { runIngest } from '../../server/ingest/run-ingest.js';
import { searchEntries } from '../../server/search/search-entries.js';
import { CLI, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-database.js';

const isRoot = process.getuid?.() === 0;
const mounts: string[] = [];
afterAll(() => { for (const m of mounts.reverse()) spawnSync('umount', [m]); });

function mountTmpfs(size: string): string {
  const dir = tempDir('dref-mount-');
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  mounts.push(dir);
  return dir;
}

describe('an ingest killed half-way', () => {
  it('leaves the previous database serving, and the next ingest clears its temporary file', async () => {
    const dir = tempDir('dref-kill-');
    const db = join(dir, 'kb.db');
    runIngest([], db);
    const before = readFileSync(db);
    const big = join(dir, 'big.md');
    writeFileSync(big, syntheticNotes(100));
    const child = spawn(process.execPath, [CLI, 'ingest', big, '--db', db], { stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 700));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(readFileSync(db).equals(before)).toBe(true);
    const kb = openKnowledgeBase(db);
    expect(searchEntries(kb, 'restart').results.length).toBeGreaterThan(0);
    kb.close();
    runIngest([], db);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 30_000);
});

describe.runIf(isRoot)('disks that refuse writes (needs root to mount)', () => {
  it('a full disk: the ingest says so and the previous database is unchanged', () => {
    const built = join(tempDir(), 'kb.db');
    runIngest([], built);
    const size = statSync(built).size;
    const dir = mountTmpfs(`${Math.ceil((size + 64 * 1024) / 1024)}k`);
    const db = join(dir, 'kb.db');
    copyFileSync(built, db);
    const before = readFileSync(db);
    const r = runCli(['ingest', '--db', db]);
    expect(r.status).toBe(74);
    expect(r.stderr).toMatch(/^dref: .*kb\.db: cannot write the database \(.*\) \(the disk is full: free some space; the previous database is unchanged\)\n$/);
    expect(readFileSync(db).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['kb.db']);
    expect(runCli(['search', 'restart', '--db', db]).status).toBe(0);
  });

  it('a read-only folder: the ingest says so, and the database there still serves', () => {
    const dir = mountTmpfs('16m');
    const db = join(dir, 'kb.db');
    runIngest([], db);
    execFileSync('mount', ['-o', 'remount,ro', dir]);
    const r = runCli(['ingest', '--db', db]);
    expect(r.status).toBe(74);
    expect(r.stderr).toMatch(/the folder is not writable: choose another with --db or DREF_DB; the previous database is unchanged\)\n$/);
    expect(runCli(['search', 'restart', '--db', db]).stdout.split('\n')[0]).toBe('docker restart  [command]');
    expect(existsSync(db)).toBe(true);
  });
});

