#!/usr/bin/env node
/**
 * `npm run prepare` (npm runs it after `npm install`, and again whenever it installs this folder
 * as a package): builds dist/ and the bundle, then the knowledge base — unless both are newer than
 * every source they are made from, when it says so and stops.
 *
 * Why it must be quick when nothing changed: `npx dref …` inside the project finds the project's
 * own bin in package.json, links the project into npx's cache (~/.npm/_npx) and runs its prepare
 * again; a full build there made the README's first command take 47 s (see test/cli/first-run.test.ts).
 *
 * Plain JavaScript, so it runs before anything is compiled. DREF_PREPARE_FORCE=1 always builds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** What the bundle is built from, and what the knowledge base is built from. */
const BUNDLE_SOURCES = ['cli', 'server', 'schema', 'data/catalog', 'package.json', 'tsconfig.json'];
const DATABASE_SOURCES = ['data/notes', 'data/catalog'];
const BUNDLE = join(root, 'dist', 'bundle', 'dref.js');
const DATABASE = join(root, 'data', 'dref.db');

/** The newest modification time of a file, or of any file below a folder (0 when there is none). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) if (name !== 'node_modules' && name !== '__pycache__') latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

/** Whether `target` exists and is newer than every one of `sources` (and than `also`). */
function upToDate(target, sources, also = 0) {
  if (!existsSync(target)) return false;
  const built = statSync(target).mtimeMs;
  return built >= also && sources.every((source) => newest(join(root, source)) <= built);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const force = !!process.env.DREF_PREPARE_FORCE;
const bundleFresh = !force && upToDate(BUNDLE, BUNDLE_SOURCES);
const databaseFresh = bundleFresh && upToDate(DATABASE, DATABASE_SOURCES, statSync(BUNDLE).mtimeMs);
if (bundleFresh && databaseFresh) {
  console.log('dref: dist/bundle and data/dref.db are newer than their sources; nothing to build (DREF_PREPARE_FORCE=1 builds anyway)');
} else {
  if (!bundleFresh) run('npm', ['run', 'build']);
  run(process.execPath, [BUNDLE, 'ingest', '--quiet']);
}
