/**
 * The `dref` binary (bundled to dist/bundle/dref.js as CommonJS). It runs the CLI bundle
 * (dref-main.js, and the parts it requires: dref-catalog.js, dref-dockerfile.js) through V8's code
 * cache: the first run of a command compiles as usual and then saves the compiled code under
 * ~/.cache/dref/code-cache; later runs skip parsing and compiling, which is most of a short
 * command's start-up. Node 22 has module.enableCompileCache() for this; Node 20 has only
 * vm.Script's cachedData, so dref does it itself, the same way on every version.
 * NODE_DISABLE_COMPILE_CACHE=1 (Node's own switch) turns it off; any trouble with the cache folder
 * just means compiling as usual.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { Script } from 'node:vm';

const MAIN = join(__dirname, 'dref-main.js');

function cacheFolder(): string | undefined {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'dref', 'code-cache');
}

function readCache(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Runs the bundle's files from the cache folder, and saves what it compiled when the process exits. */
class CachedBundle {
  /** The bundle's build (every file of it is written together): cache files of other builds are removed. */
  private readonly build: string;
  private readonly command: string;
  private readonly nodeRequire = createRequire(MAIN);
  private readonly loaded = new Map<string, unknown>();
  private readonly unsaved: { script: Script; file: string }[] = [];

  constructor(private readonly folder: string) {
    const stat = statSync(MAIN);
    this.build = `${stat.size}-${Math.trunc(stat.mtimeMs)}`;
    // Named by the command word (which main.ts checks); anything else shares one file.
    const word = process.argv[2] ?? '';
    this.command = /^[a-z]{2,12}$/.test(word) ? word : 'other';
    process.once('exit', () => this.save());
  }

  /** The `require` the bundle's files get: their sibling files through the cache, packages from node_modules. */
  readonly require = Object.assign((id: string): unknown => {
    if (!id.startsWith('./dref-')) return this.nodeRequire(id);
    const path = join(__dirname, id);
    if (!this.loaded.has(path)) this.loaded.set(path, this.run(path));
    return this.loaded.get(path);
  }, this.nodeRequire);

  run(path: string): unknown {
    const file = `${this.build}-${process.version}-${process.arch}-${this.command}-${basename(path, '.js')}.bin`;
    const cachedData = readCache(join(this.folder, file));
    const source = readFileSync(path, 'utf8').replace(/^#!.*/, '');
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: path, cachedData });
    if (!cachedData || script.cachedDataRejected) this.unsaved.push({ script, file });
    const module = { exports: {} };
    (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, this.require, module, path, __dirname);
    return module.exports;
  }

  /** Writes each file atomically (a concurrent run never reads half of one), then drops other builds' files. */
  private save(): void {
    if (this.unsaved.length === 0) return;
    try {
      mkdirSync(this.folder, { recursive: true });
      for (const { script, file } of this.unsaved) {
        const temporary = join(this.folder, `${file}.${process.pid}.tmp`);
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, join(this.folder, file));
      }
      for (const name of readdirSync(this.folder)) if (!name.startsWith(`${this.build}-`)) rmSync(join(this.folder, name), { force: true });
    } catch {
      // A read-only or full cache folder: the next run compiles again.
    }
  }
}

const folder = cacheFolder();
const command = process.argv[2];
// The terminal UI is an ES module, and a script V8 restores from a code cache cannot import()
// (Node 20 drops its dynamic-import callback): `browse`, and `dref` alone, load as usual.
if (!folder || command === undefined || command === 'browse') createRequire(MAIN)(MAIN);
else new CachedBundle(folder).run(MAIN);
