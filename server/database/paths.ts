/** Where things live: the package root, the default notes, the default database and the migrations. */
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The folder holding package.json, found from this module whether it runs from source or from dist/. */
export function packageRoot(): string {
  let dir = import.meta.dirname;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data', 'notes'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the dref package root');
    dir = parent;
  }
}

/** The notes shipped with dref: the default corpus. */
export function defaultNotesFiles(): string[] {
  return [join(packageRoot(), 'data', 'notes', 'docker-images.ko.md')];
}

/**
 * The database path: `--db`, else `DREF_DB`, else data/dref.db in the package — or, when the
 * package folder is read-only (a global install owned by root), dref.db in the user's cache folder.
 */
export function databasePath(explicit?: string): string {
  if (explicit) return resolve(explicit);
  if (process.env.DREF_DB) return resolve(process.env.DREF_DB);
  const shipped = join(packageRoot(), 'data', 'dref.db');
  if (existsSync(shipped) || isWritable(dirname(shipped))) return shipped;
  const cache = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'dref');
  mkdirSync(cache, { recursive: true });
  return join(cache, 'dref.db');
}

function isWritable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The SQL migrations drizzle-kit generated from schema/tables.ts. */
export function migrationsFolder(): string {
  return join(packageRoot(), 'schema', '__generated__');
}
