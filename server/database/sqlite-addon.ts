/**
 * Where better-sqlite3's compiled addon is. Handing it to `new Database` skips the `bindings`
 * package's search (stack-trace inspection and a dozen guessed paths on every start), and lets the
 * CLI bundle carry better-sqlite3's JavaScript while the addon stays in node_modules.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DrefError } from '../errors.js';
import { errorMessage } from '../text/error-messages.js';
import type { MessageLang } from '../text/problem-messages.js';
import { packageRoot } from './paths.js';

const ADDON = join('build', 'Release', 'better_sqlite3.node');
let found: string | undefined;

/**
 * better-sqlite3's compiled part is missing or does not load here: no database can be opened or
 * built, so nothing is rebuilt over it (ensureKnowledgeBase), and the user is told what to do.
 */
export class SqliteAddonError extends DrefError {}

/** The path of better_sqlite3.node, from the better-sqlite3 package this module resolves to. */
export function sqliteAddonPath(lang: MessageLang = 'en'): string {
  if (found) return found;
  // Usually in dref's own node_modules; else wherever Node resolves the package from here (hoisted).
  let file: string | undefined = join(packageRoot(), 'node_modules', 'better-sqlite3', ADDON);
  if (!existsSync(file)) {
    try {
      file = join(dirname(createRequire(join(import.meta.dirname, 'sqlite-addon.js')).resolve('better-sqlite3/package.json')), ADDON);
    } catch {
      file = undefined; // not installed: reported below
    }
  }
  if (!file || !existsSync(file)) {
    throw new SqliteAddonError('DATABASE', errorMessage(lang, 'database.addonMissing'), errorMessage(lang, 'database.addonMissingHint'), { file: file ?? 'better-sqlite3' });
  }
  found = file;
  return file;
}
