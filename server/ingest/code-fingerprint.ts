/**
 * A hash of the code that turns notes into a database: a new build of dref may read the same notes
 * differently (a new check, a fixed message) without a new version number, so an ingest that skips
 * unchanged notes must know the code is the same too.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const CODE = /\.(js|mjs|cjs|ts)$/;

/** The code's folder: the bundle's own folder, or the `server` folder (of dist/ or of the sources) this module lives in. */
function codeFolder(): { folder: string; recursive: boolean } {
  const here = import.meta.dirname;
  return basename(here) === 'bundle' ? { folder: here, recursive: false } : { folder: resolve(here, '..'), recursive: true };
}

function codeFiles(folder: string, recursive: boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) { if (recursive) out.push(...codeFiles(path, true)); } else if (CODE.test(entry.name)) out.push(path);
  }
  return out;
}

/** The fingerprint of the code now running: the same files with the same contents give the same one. */
export function codeFingerprint(): string {
  const { folder, recursive } = codeFolder();
  const hash = createHash('sha256');
  for (const file of codeFiles(folder, recursive)) hash.update(file.slice(folder.length)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}
