/**
 * `npm run bundle` (after tsc): bundles the CLI with esbuild into dist/bundle, the package's bin.
 *   dref.js       the launcher (CommonJS): runs dref-main.js through V8's code cache
 *   dref-main.js  every command (CommonJS), in pieces run when first required (see buildMain), so
 *                 a command's code cache holds only what it runs; the server's packages stay in
 *                 node_modules
 *   dref-more.js  the pieces only rare paths run (the ingest, the server, lint --fix…: RARE),
 *                 read when one of them is first required
 *   dref-catalog.js, dref-dockerfile.js
 *                 large parts only some commands use (the catalog; the Dockerfile parser and
 *                 validator), kept out of dref-main.js so that a search reads and restores less;
 *                 the launcher loads them through the code cache too, each when one of its
 *                 exports is first read (their names are written into dref.js)
 *   dref-tui.mjs  the Ink terminal UI (an ES module: Ink cannot be required), imported by `browse`
 * A package.json with "type": "commonjs" beside them makes Node read the .js files as CommonJS.
 * The files the launcher reads are pure ASCII (ascii-only.ts), so it reads them byte for byte.
 * DREF_NO_MINIFY=1 keeps the names readable, for profiling; DREF_BUNDLE_OUT=dist/bundle-profile
 * writes the bundle there instead (inside dist/, so that it finds the package the same way).
 */
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build, transform, type BuildOptions, type Plugin } from 'esbuild';
import { packageRoot } from '../../server/database/paths.js';
import { asciiOnly } from './ascii-only.js';

const root = packageRoot();
const bundle = process.env.DREF_BUNDLE_OUT ? join(root, process.env.DREF_BUNDLE_OUT) : join(root, 'dist', 'bundle');
// Built beside it and moved into place whole: a failed build leaves the last good bundle working.
const out = join(root, 'dist', `bundle-${process.pid}.tmp`);

/**
 * Packages loaded from node_modules: ES-only, or only the server needs them. better-sqlite3's
 * JavaScript is bundled; its compiled addon is found in node_modules (server/database/sqlite-addon.ts).
 */
const EXTERNAL = [
  'graphql', 'fastify', '@apollo/server', '@as-integrations/fastify',
  '@fastify/rate-limit', '@escape.tech/graphql-armor', 'ink', 'react',
];

/**
 * The parts in files of their own: pure data or self-contained libraries, so nothing is bundled twice.
 * (option-value-meanings.ts, a few kilobytes that `explain` reads, stays in dref-main.js: it must
 * not load the whole catalog.)
 */
const PARTS = [
  { file: 'dref-catalog.js', entry: 'data/catalog/index.ts', importedAs: /\/data\/catalog\/(index|misconceptions)\.js$/ },
  { file: 'dref-dockerfile.js', entry: 'server/dockerfile/dockerfile-libraries.ts', importedAs: /\/server\/dockerfile\/dockerfile-libraries\.js$/ },
];

/**
 * Imports of the parts become require('./dref-….js'); `import('../tui/app.js')` becomes an import of
 * the ES module. A part is known by the path an import resolves to, not by how it is written: a
 * neighbour's `./dockerfile-libraries.js` (validator-messages.ts) had bundled the Dockerfile
 * libraries a second time into dref-main.js, where `lint` ran both copies.
 */
const separateFiles: Plugin = {
  name: 'separate-files',
  setup(b) {
    b.onResolve({ filter: /\/tui\/app\.js$/ }, () => ({ path: './dref-tui.mjs', external: true }));
    b.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      const part = PARTS.find((p) => p.importedAs.test(join(args.resolveDir, args.path)));
      return part ? { path: `./${part.file}`, external: true } : undefined;
    });
  },
};

/**
 * Modules run when one of their functions is first called, not when a module that imports them is
 * initialised. node:child_process loads net, dgram and the whole streams stack (some 30 modules),
 * and `lint` imports it for a ShellCheck that a Dockerfile without a shell-form RUN never starts.
 * (drizzle-orm needs no stand-in: only the ingest, in dref-more.js, imports it.) node:os and
 * node:module (not among the built-ins every Node process has loaded; some tenths of a millisecond
 * each) serve the cache folder's default (no XDG_CACHE_HOME) and better-sqlite3's addon when it is
 * not in dref's own node_modules. Each exported
 * function becomes a stand-in that requires the module (a built-in from Node, a package from the
 * bundle, where esbuild then initialises it on that first require) and calls it; a class or value
 * imported from one of them fails the build, as it would have no stand-in.
 */
const LAZY_MODULES = ['node:child_process', 'node:os', 'node:module'];

/** Marks the resolution of a stand-in's real module, which the plugin leaves to esbuild. */
const REAL = Symbol('real module');

const lazyModules: Plugin = {
  name: 'lazy-modules',
  setup(b) {
    const escape = (name: string) => name.replace(/[/.]/g, '\\$&');
    const filter = new RegExp(`^(${LAZY_MODULES.map((name) => (name.startsWith('node:') ? `${name}|${name.slice('node:'.length)}` : escape(name))).join('|')})$`);
    // The stand-in's own require is of the real module: a built-in stays external; a package is
    // bundled, resolved as the imports elsewhere are (its ES build, not a second, CommonJS copy).
    b.onResolve({ filter }, async (args) => {
      if (args.pluginData === REAL) return undefined;
      if (args.namespace !== 'lazy-module') return { path: args.path.replace(/^(child_process)$/, 'node:$1'), namespace: 'lazy-module' };
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      const real = await b.resolve(args.path, { kind: 'import-statement', resolveDir: root, pluginData: REAL });
      return real.errors.length ? { errors: real.errors } : { path: real.path };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-module' }, async (args) => {
      const functions = Object.entries(await import(args.path) as Record<string, unknown>)
        .filter(([name, value]) => typeof value === 'function' && /^[a-z]\w*$/.test(name) && name !== 'default').map(([name]) => name);
      const contents = [`let loaded; const load = () => (loaded ??= require(${JSON.stringify(args.path)}));`,
        ...functions.map((name) => `export function ${name}(...args) { return load().${name}(...args); }`)].join('\n');
      return { contents, loader: 'js', resolveDir: root };
    });
  },
};

const common: BuildOptions = {
  bundle: true, platform: 'node', target: 'node20', minify: !process.env.DREF_NO_MINIFY, external: EXTERNAL, logLevel: 'warning',
  absWorkingDir: root,
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
process.once('exit', (status) => { if (status !== 0) rmSync(out, { recursive: true, force: true }); });
writeFileSync(join(out, 'package.json'), '{ "type": "commonjs" }\n');
/** A part's export names (esbuild lists them only for an ES-module build, which is not written). */
async function exportNames(entry: string): Promise<string[]> {
  const { metafile } = await build({ ...common, entryPoints: [entry], outdir: out, format: 'esm', write: false, metafile: true });
  return Object.values(metafile.outputs).flatMap((output) => output.exports);
}

/**
 * What import() gives, from a piece's exports. A CommonJS package loaded with import() (yaml) is a
 * piece whose only export is `default`, where Node's import() of it also names its exports
 * (`const { parse } = await import('yaml')`): its default's keys are added as names.
 */
const NAMESPACE = `((m) => (m && m.__esModule && Object.keys(m).length === 1 && m.default !== null && typeof m.default === "object" ? Object.assign({ default: m.default }, m.default) : m))`;

/** An import() of one piece of the split CLI by another, as esbuild writes it. */
const PIECE_IMPORT = /\bimport\(\s*"(\.\/dref-[\w-]+\.js)"\s*\)/g;

/**
 * Modules loaded with import() on paths a short command does not take: building the database
 * when it is missing and `dref ingest`, the server, the terminal UI (loaded without the code
 * cache), `lint --fix`, lint configuration files (yaml), `--endpoint`. The pieces only they lead
 * to go to dref-more.js, which a search, a show or a lint does not read. A piece in the wrong file
 * costs some time, never an answer.
 */
const RARE = /\/(server\/ingest\/run-ingest|server\/http\/[\w-]+|server\/lint\/fix\/[\w-]+|cli\/transport\/http-transport|cli\/commands\/(ingest|serve|browse)-command)\.ts$|\/node_modules\/yaml\//;

/**
 * dref-main.js and dref-more.js: the CLI split by esbuild (code splitting) into pieces, one for
 * each module loaded with import() (each command's, among others) and one for each set of modules
 * several of them share, each piece a CommonJS module in a function of its own, run when first
 * required. (A CommonJS bundle from esbuild has every module's functions at its top level, where
 * V8 makes each of them a function to keep in the code cache, used or not; a piece nobody
 * requires costs only its text.) esbuild splits ES modules only: each piece is rewritten as
 * CommonJS, its import() of another as a require a microtask later (as esbuild writes import() in
 * a CommonJS bundle): the launcher runs the files from V8's code cache, where import() fails (see
 * launcher.ts); only the terminal UI, which the launcher loads the usual way, may be imported.
 */
async function buildMain(): Promise<void> {
  const { outputFiles, metafile } = await build({
    ...common, entryPoints: { 'dref-main': 'cli/main.ts' }, outdir: out, format: 'esm', splitting: true, write: false, metafile: true,
    entryNames: '[name]', chunkNames: 'dref-[name]-[hash]', plugins: [separateFiles, lazyModules],
    // The one ES-module-only construct the sources use (server/database/paths.ts).
    define: { 'import.meta.dirname': '__dirname' },
  });
  // The pieces a command can load on its usual paths: all but those only RARE imports lead to.
  const outputs = new Map(Object.entries(metafile.outputs).map(([path, output]) => [basename(path), output]));
  const usual = new Set<string>();
  const visit = (name: string) => {
    if (usual.has(name)) return;
    usual.add(name);
    for (const i of outputs.get(name)!.imports) {
      const target = outputs.get(basename(i.path));
      if (target && !(i.kind === 'dynamic-import' && target.entryPoint && RARE.test(`/${target.entryPoint}`))) visit(basename(i.path));
    }
  };
  visit('dref-main.js');
  const pieces = await Promise.all(outputFiles.map(async (file) => {
    const { code } = await transform(file.text, { format: 'cjs', platform: 'node', target: common.target, minify: common.minify, logLevel: 'warning' });
    // The entry's `#!/usr/bin/env node` (main.ts) would be a syntax error inside a function.
    const text = code.replace(/^#!.*\n/, '').replace(PIECE_IMPORT, (_, specifier: string) => `Promise.resolve().then(() => ${NAMESPACE}(require(${JSON.stringify(specifier)})))`);
    const stray = [...text.matchAll(/\bimport\(\s*"([^"]*)"\s*\)/g)].map((m) => m[1]).filter((specifier) => !['ink', 'react', './dref-tui.mjs'].includes(specifier!));
    if (stray.length) throw new Error(`${basename(file.path)} imports ${stray.join(', ')} with import(); load it with require (or from the terminal UI)`);
    const name = basename(file.path);
    return { name, isUsual: usual.has(name), text: `${JSON.stringify(`./${name}`)}: function (exports, require, module, __filename, __dirname) {\n${text}},\n` };
  }));
  const listed = (isUsual: boolean) => pieces.filter((p) => p.isUsual === isUsual).map((p) => p.text).join('');
  const rare = pieces.filter((p) => !p.isUsual).map((p) => `./${p.name}`);
  writeFileSync(join(out, 'dref-more.js'), asModuleFunction(`module.exports = {\n${listed(false)}};`));
  // Each piece's module is entered before it runs, as Node does: two pieces may require each other.
  writeFileSync(join(out, 'dref-main.js'), asModuleFunction(`(function (outerRequire) {
var pieces = {
${listed(true)}};
var elsewhere = new Set(${JSON.stringify(rare)});
var modules = {};
function load(id) {
  var module = modules[id];
  if (module) return module.exports;
  if (!pieces[id] && elsewhere.has(id)) Object.assign(pieces, outerRequire("./dref-more.js"));
  var piece = pieces[id];
  if (!piece) return outerRequire(id);
  modules[id] = module = { exports: {} };
  piece.call(module.exports, module.exports, pieceRequire, module, __filename, __dirname);
  return module.exports;
}
var pieceRequire = Object.assign(load, outerRequire);
load("./dref-main.js");
})(require);`));
}

/**
 * A CommonJS module's text as the function Node wraps it in, called: Node's require runs it as it
 * would the text, and the launcher compiles the function without the call (launcher.ts, moduleFunction).
 */
function asModuleFunction(text: string): string {
  return `(function (exports, require, module, __filename, __dirname) {\n${text}\n})(exports, require, module, __filename, __dirname);\n`;
}

const partExports = Object.fromEntries(await Promise.all(PARTS.map(async (part) => [`./${part.file}`, await exportNames(part.entry)])));
await Promise.all([
  build({
    ...common, entryPoints: ['cli/launcher.ts'], outfile: join(out, 'dref.js'), format: 'cjs', banner: { js: '#!/usr/bin/env node' }, plugins: [lazyModules],
    define: { DREF_PART_EXPORTS: JSON.stringify(partExports) },
  }),
  ...PARTS.map((part) => build({ ...common, entryPoints: [part.entry], outfile: join(out, part.file), format: 'cjs' })),
  buildMain(),
  // The server's lint worker thread (server/http/lint-pool.ts looks for it beside the bundle).
  build({ ...common, entryPoints: ['server/http/lint-worker.ts'], outfile: join(out, 'lint-worker.js'), format: 'cjs', define: { 'import.meta.dirname': '__dirname' } }),
  build({
    ...common, entryPoints: ['cli/tui/app.tsx'], outfile: join(out, 'dref-tui.mjs'), format: 'esm',
    banner: { js: "import { createRequire as __drefRequire } from 'node:module'; const require = __drefRequire(import.meta.url);" },
  }),
]);
chmodSync(join(out, 'dref.js'), 0o755);
// What the launcher reads, pure ASCII (see ascii-only.ts).
for (const file of ['dref.js', 'dref-main.js', 'dref-more.js', ...PARTS.map((part) => part.file)]) {
  const path = join(out, file);
  const source = readFileSync(path, 'utf8');
  const ascii = asciiOnly(source, file);
  if (ascii !== source) writeFileSync(path, ascii);
}
rmSync(bundle, { recursive: true, force: true });
renameSync(out, bundle);
