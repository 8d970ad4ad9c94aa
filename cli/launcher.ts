/**
 * The `dref` binary (bundled to dist/bundle/dref.js as CommonJS). It runs the CLI bundle
 * (dref-main.js) through V8's code cache: the first run of a command compiles as usual and then
 * saves the compiled code under ~/.cache/dref/code-cache; later runs skip parsing and compiling,
 * which is most of a short command's start-up. Node 22 has module.enableCompileCache() for this;
 * Node 20 has only vm.Script's cachedData, so dref does it itself, the same way on every version.
 * NODE_DISABLE_COMPILE_CACHE=1 (Node's own switch) turns it off; any trouble with the cache folder
 * just means compiling as usual.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';

const MAIN = join(__dirname, 'dref-main.js');
const COMMANDS = new Set(['search', 'show', 'explain', 'gen', 'lint', 'compare', 'errata', 'browse', 'ingest', 'serve', 'completions']);

function cacheFolder(): string | undefined {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'dref', 'code-cache');
}

/** One cache file per build, Node version and command: each command keeps the code it uses. */
function cacheKey(): { build: string; file: string } {
  const stat = statSync(MAIN);
  const build = `${stat.size}-${Math.trunc(stat.mtimeMs)}`;
  const command = COMMANDS.has(process.argv[2] ?? '') ? process.argv[2] : 'other';
  return { build, file: `${build}-${process.version}-${process.arch}-${command}.bin` };
}

function readCache(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Writes the compiled code (atomically, so a concurrent run never reads half a file) and drops other builds' files. */
function saveCache(script: Script, folder: string, build: string, file: string): void {
  try {
    mkdirSync(folder, { recursive: true });
    const temporary = join(folder, `${file}.${process.pid}.tmp`);
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, join(folder, file));
    for (const name of readdirSync(folder)) if (!name.startsWith(`${build}-`)) rmSync(join(folder, name), { force: true });
  } catch {
    // A read-only or full cache folder: the next run compiles again.
  }
}

function launch(): void {
  const folder = cacheFolder();
  const require = createRequire(MAIN);
  // The terminal UI is an ES module, and a script V8 restores from a code cache cannot import()
  // (Node 20 drops its dynamic-import callback): `browse`, and `dref` alone, load as usual.
  const command = process.argv[2];
  if (!folder || command === undefined || command === 'browse') {
    require(MAIN);
    return;
  }
  const { build, file } = cacheKey();
  const cachedData = readCache(join(folder, file));
  const source = readFileSync(MAIN, 'utf8').replace(/^#!.*/, '');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: MAIN, cachedData });
  if (!cachedData || script.cachedDataRejected) process.once('exit', () => saveCache(script, folder, build, file));
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, require, module, MAIN, __dirname);
}

launch();
