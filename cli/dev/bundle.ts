/**
 * `npm run bundle` (after tsc): bundles the CLI with esbuild into dist/bundle, the package's bin.
 *   dref.js       the launcher (CommonJS): runs dref-main.js through V8's code cache
 *   dref-main.js  every command (CommonJS); command modules are still loaded lazily, and the
 *                 server's packages stay in node_modules
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
import { join } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
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
  { file: 'dref-dockerfile.js', entry: 'server/dockerfile/dockerfile-libraries.ts', importedAs: /\/dockerfile\/dockerfile-libraries\.js$/ },
];

/** Imports of the parts become require('./dref-….js'); `import('../tui/app.js')` becomes an import of the ES module. */
const separateFiles: Plugin = {
  name: 'separate-files',
  setup(b) {
    b.onResolve({ filter: /\/tui\/app\.js$/ }, () => ({ path: './dref-tui.mjs', external: true }));
    for (const part of PARTS) b.onResolve({ filter: part.importedAs }, () => ({ path: `./${part.file}`, external: true }));
  },
};

/**
 * Modules run when one of their functions is first called, not when a module that imports them is
 * initialised. node:child_process loads net, dgram and the whole streams stack (some 30 modules),
 * and `lint` imports it for a ShellCheck that a Dockerfile without a shell-form RUN never starts.
 * drizzle-orm's better-sqlite3 driver (its session, query builders and relational set-up) serves
 * only KnowledgeBase.db, which is made on first use and which searches never read. Each exported
 * function becomes a stand-in that requires the module (a built-in from Node, a package from the
 * bundle, where esbuild then initialises it on that first require) and calls it; a class or value
 * imported from one of them fails the build, as it would have no stand-in.
 */
const LAZY_MODULES = ['node:child_process', 'drizzle-orm/better-sqlite3'];

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
        .filter(([name, value]) => typeof value === 'function' && /^[a-z]\w*$/.test(name)).map(([name]) => name);
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
const partExports = Object.fromEntries(await Promise.all(PARTS.map(async (part) => [`./${part.file}`, await exportNames(part.entry)])));
await Promise.all([
  build({
    ...common, entryPoints: ['cli/launcher.ts'], outfile: join(out, 'dref.js'), format: 'cjs', banner: { js: '#!/usr/bin/env node' },
    define: { DREF_PART_EXPORTS: JSON.stringify(partExports) },
  }),
  ...PARTS.map((part) => build({ ...common, entryPoints: [part.entry], outfile: join(out, part.file), format: 'cjs' })),
  build({
    ...common, entryPoints: ['cli/main.ts'], outfile: join(out, 'dref-main.js'), format: 'cjs', plugins: [separateFiles, lazyModules],
    // The one ES-module-only construct the sources use (server/database/paths.ts).
    define: { 'import.meta.dirname': '__dirname' },
  }),
  // The server's lint worker thread (server/http/lint-pool.ts looks for it beside the bundle).
  build({ ...common, entryPoints: ['server/http/lint-worker.ts'], outfile: join(out, 'lint-worker.js'), format: 'cjs', define: { 'import.meta.dirname': '__dirname' } }),
  build({
    ...common, entryPoints: ['cli/tui/app.tsx'], outfile: join(out, 'dref-tui.mjs'), format: 'esm',
    banner: { js: "import { createRequire as __drefRequire } from 'node:module'; const require = __drefRequire(import.meta.url);" },
  }),
]);
chmodSync(join(out, 'dref.js'), 0o755);
// What the launcher reads on every start, pure ASCII (see ascii-only.ts).
for (const file of ['dref.js', 'dref-main.js', ...PARTS.map((part) => part.file)]) {
  const path = join(out, file);
  const source = readFileSync(path, 'utf8');
  const ascii = asciiOnly(source, file);
  if (ascii !== source) writeFileSync(path, ascii);
}
// The launcher runs dref-main.js from V8's code cache, where import() fails (see launcher.ts); only
// the terminal UI, which the launcher loads the usual way, may use it.
const imports = [...readFileSync(join(out, 'dref-main.js'), 'latin1').matchAll(/\bimport\(\s*"([^"]*)"\s*\)/g)].map((m) => m[1]);
const stray = imports.filter((specifier) => !['ink', 'react', './dref-tui.mjs'].includes(specifier!));
if (stray.length) throw new Error(`dref-main.js imports ${stray.join(', ')} with import(); load it with require (or from the terminal UI)`);
rmSync(bundle, { recursive: true, force: true });
renameSync(out, bundle);
