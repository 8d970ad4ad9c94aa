/**
 * The `dref` binary (bundled to dist/bundle/dref.js as CommonJS). It runs the CLI bundle
 * (dref-main.js, and the parts it requires: dref-catalog.js, dref-dockerfile.js, dref-more.js)
 * through V8's code cache: the first run of a command compiles as usual and then saves the
 * compiled code under ~/.cache/dref/code-cache; later runs skip parsing and compiling, which is
 * most of a short command's start-up. Node 22 has module.enableCompileCache() for this; Node 20
 * has only vm.Script's cachedData, so dref does it itself, the same way on every version.
 * NODE_DISABLE_COMPILE_CACHE=1 (Node's own switch) turns it off; any trouble with the cache folder
 * just means compiling as usual.
 *
 * A part is loaded when one of its exports is first read, not when a module that imports it is
 * initialised: `explain` imports modules that import the catalog, but explaining a command line
 * reads the database and never touches it (bundle.ts hands over each part's export names).
 *
 * Each build (and Node version) keeps its files in a folder of its own, so two installed builds
 * used in turn never delete each other's; a new folder drops all but the most recently used
 * others (by when a file was last written into them), so the cache stays bounded (KEPT_BUILDS folders of one file per command and part). A
 * word that is no command (`dref bogus`) writes nothing.
 */
import { isAscii } from 'node:buffer';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { Script } from 'node:vm';
import { isCommandWord } from './command-words.js';

const MAIN = join(__dirname, 'dref-main.js');

/** Each part's export names, written in by bundle.ts (esbuild's `define`); absent outside the bundle. */
declare const DREF_PART_EXPORTS: Readonly<Record<string, readonly string[]>> | undefined;
const PART_EXPORTS: Readonly<Record<string, readonly string[] | undefined>> = typeof DREF_PART_EXPORTS === 'undefined' ? {} : DREF_PART_EXPORTS;

/** Builds whose folders are kept: the one running and the others written into most recently. */
const KEPT_BUILDS = 4;

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

/**
 * A bundle file's text. bundle.ts writes them in pure ASCII, which is read as Latin-1: byte for
 * byte into a one-byte string, where UTF-8 decoding of dref-main.js costs some milliseconds more.
 */
function readSource(path: string): string {
  const bytes = readFileSync(path);
  return (isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8')).replace(/^#!.*/, '');
}

/** The function Node wraps a CommonJS module's text in. */
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {';
/** How a file bundle.ts wrote as that function ends: the call, which Node's own require makes. */
const CALLED = '(exports, require, module, __filename, __dirname);\n';

/**
 * The module's function as source text. Of a file that is one (dref-main.js, dref-more.js), a slice:
 * V8 compiles a slice of a string where it is, where wrapping the text copies all of it (half a
 * megabyte for dref-main.js, and a garbage collection sooner).
 */
function moduleFunction(source: string): string {
  if (source.startsWith(WRAPPER) && source.endsWith(CALLED)) return source.slice(0, -CALLED.length);
  return `${WRAPPER}${source}\n})`;
}

/** Runs the bundle's files from the cache folder, and saves what it compiled when the process exits. */
class CachedBundle {
  /** This build's folder: the bundle's size and time (every file of it is written together), Node's version, the CPU. */
  private readonly buildFolder: string;
  private readonly command: string;
  /** The launcher's own require: it is beside dref-main.js, so it finds the same packages (and needs no node:module). */
  private readonly nodeRequire = require;
  private readonly loaded = new Map<string, unknown>();
  private readonly unsaved: { script: Script; file: string }[] = [];

  constructor(private readonly folder: string, command: string) {
    const stat = statSync(MAIN);
    this.buildFolder = join(folder, `${stat.size}-${Math.trunc(stat.mtimeMs)}-${process.version}-${process.arch}`);
    this.command = command;
  }

  /** The `require` the bundle's files get: their sibling files through the cache, packages from node_modules. */
  readonly require = Object.assign((id: string): unknown => {
    if (!id.startsWith('./dref-')) return this.nodeRequire(id);
    const path = join(__dirname, id);
    if (!this.loaded.has(path)) this.loaded.set(path, this.deferred(path, PART_EXPORTS[id]));
    return this.loaded.get(path);
  }, this.nodeRequire);

  /**
   * A part's exports as getters that run the part on first read; esbuild's import helpers only
   * copy the names and read the values where they are used. A part without a known list runs now.
   */
  private deferred(path: string, names: readonly string[] | undefined): unknown {
    if (!names) return this.run(path);
    let exports: Record<string, unknown> | undefined;
    const load = () => (exports ??= this.run(path) as Record<string, unknown>);
    const part = Object.defineProperty({}, '__esModule', { value: true });
    for (const name of names) Object.defineProperty(part, name, { enumerable: true, get: () => load()[name] });
    return part;
  }

  run(path: string): unknown {
    const file = `${this.command}-${basename(path, '.js')}.bin`;
    const cachedData = readCache(join(this.buildFolder, file));
    const script = new Script(moduleFunction(readSource(path)), { filename: path, cachedData });
    // Saved at exit, once the run has compiled what it uses. A run from the cache has nothing to save and
    // adds no listener: a first process.once costs Node's events and signal code some tenths of a millisecond.
    if (!cachedData || script.cachedDataRejected) {
      if (this.unsaved.length === 0) process.once('exit', () => this.save());
      this.unsaved.push({ script, file });
    }
    const module = { exports: {} };
    (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, this.require, module, path, __dirname);
    return module.exports;
  }

  /** Writes each file atomically (a concurrent run never reads half of one); a new build's folder makes room first. */
  private save(): void {
    if (this.unsaved.length === 0) return;
    try {
      if (!existsSync(this.buildFolder)) {
        mkdirSync(this.buildFolder, { recursive: true });
        dropOldBuilds(this.folder, this.buildFolder);
      }
      for (const { script, file } of this.unsaved) {
        const temporary = join(this.buildFolder, `${file}.${process.pid}.tmp`);
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, join(this.buildFolder, file));
      }
    } catch {
      // A read-only or full cache folder: the next run compiles again.
    }
  }
}

/** Removes all but the KEPT_BUILDS most recently written build folders (the current one always stays), and files of the old flat layout. */
function dropOldBuilds(folder: string, current: string): void {
  const others = readdirSync(folder).map((name) => join(folder, name)).filter((path) => path !== current)
    .map((path) => ({ path, stat: statSync(path) }));
  for (const { path } of others.filter((o) => !o.stat.isDirectory())) rmSync(path, { force: true });
  const builds = others.filter((o) => o.stat.isDirectory()).sort((x, y) => y.stat.mtimeMs - x.stat.mtimeMs);
  for (const { path } of builds.slice(KEPT_BUILDS - 1)) rmSync(path, { recursive: true, force: true });
}

const folder = cacheFolder();
const command = process.argv[2];
// The terminal UI is an ES module, and a script V8 restores from a code cache cannot import()
// (Node 20 drops its dynamic-import callback): `browse`, and `dref` alone, load as usual; so does
// a mistyped word, which leaves no cache file behind.
// The cache files' names: the command word, `help` for the program's own options.
const cacheName = isCommandWord(command) ? command : ['--help', '-h', 'help', '--version', '-v'].includes(command ?? '') ? 'help' : undefined;
if (!folder || !cacheName || cacheName === 'browse') require(MAIN);
else new CachedBundle(folder, cacheName).run(MAIN);
