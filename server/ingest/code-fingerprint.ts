/**
 * A hash of the code that turns notes into a database: a new build of dref may read the same notes
 * differently (a new check, a fixed message) without a new version number, so an ingest that skips
 * unchanged notes must know the code is the same too.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { packageRoot } from '../database/paths.js';

const CODE = /\.(js|mjs|cjs|ts)$/;

/**
 * The folders whose code and data turn notes into a database: the bundle's own folder (it holds the
 * catalog too), or the `server` and `data` folders (of dist/ or of the sources) beside this module's
 * (`data/catalog/misconceptions.ts` is read by the checks, not only through the catalog's entries).
 */
function codeFolders(): { folders: string[]; recursive: boolean } {
  const here = import.meta.dirname;
  if (basename(here) === 'bundle') return { folders: [here], recursive: false };
  const root = resolve(here, '..', '..');
  return { folders: [join(root, 'server'), join(root, 'data')].filter((f) => existsSync(f)), recursive: true };
}

function codeFiles(folder: string, recursive: boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) { if (recursive) out.push(...codeFiles(path, true)); } else if (CODE.test(entry.name)) out.push(path);
  }
  return out;
}

/**
 * The installed version of each runtime dependency: the word list, the Markdown parser and the
 * Dockerfile validator decide errata as much as dref's own code, and the bundle does not hold all of them.
 */
function dependencyVersions(): string {
  const root = packageRoot();
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const require = createRequire(join(root, 'package.json'));
  return Object.keys(manifest.dependencies ?? {}).sort().map((name) => {
    try {
      // The entry point, then up to the package's own package.json (a package need not export it).
      let dir = dirname(require.resolve(name));
      while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
      return `${name}@${(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string }).version ?? '?'}`;
    } catch {
      return `${name}@missing`;
    }
  }).join(' ');
}

/** The fingerprint of the code now running and what it reads: the same files, contents and dependencies give the same one. */
export function codeFingerprint(): string {
  const { folders, recursive } = codeFolders();
  const hash = createHash('sha256');
  for (const folder of folders) for (const file of codeFiles(folder, recursive)) hash.update(file.slice(folder.length)).update(readFileSync(file));
  hash.update(dependencyVersions());
  return hash.digest('hex').slice(0, 16);
}
