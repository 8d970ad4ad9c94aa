/**
 * Opens better-sqlite3 connections that keep what they prepare. On Node 24, better-sqlite3 12 aborts
 * the process (SIGABRT, "Assertion failed: (env) != nullptr" in RemoveEnvironmentCleanupHook) when
 * the garbage collector finalizes one of its Statement or Database objects at a moment Node has no
 * environment: while the process tears down, or in a collection outside any context. Version 13
 * fixes it but does not run on Node 20. So no statement and no connection is ever left to the
 * collector: each connection reuses one statement per SQL text (how better-sqlite3 means them to be
 * used; it also bounds their number), and connections stay reachable until the process ends, closed
 * but not collected — a few kilobytes for each database a server replaces. (`pragma()` makes a
 * statement this cannot keep: set pragmas with `exec`.)
 */
import Database from 'better-sqlite3';
import { errorMessage } from '../text/error-messages.js';
import type { MessageLang } from '../text/problem-messages.js';
import { SqliteAddonError, sqliteAddonPath } from './sqlite-addon.js';

const retained: Database.Database[] = [];

/** `lang` is the language of the error when better-sqlite3's addon is missing. */
export function openSqlite(path: string, options: Omit<Database.Options, 'nativeBinding'> = {}, lang: MessageLang = 'en'): Database.Database {
  const addon = sqliteAddonPath(lang);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, { ...options, nativeBinding: addon });
  } catch (error) {
    // Installed with one Node and run with another (nvm use …): the addon was compiled for the other's ABI.
    if ((error as { code?: string }).code !== 'ERR_DLOPEN_FAILED') throw error;
    const built = /NODE_MODULE_VERSION (\d+)/.exec((error as Error).message)?.[1];
    const message = built ? errorMessage(lang, 'database.addonOtherNode', { node: process.version, built, abi: process.versions.modules })
      : errorMessage(lang, 'database.addonBroken', { reason: (error as Error).message.split('\n')[0]!.replace(/^.*: /, '') });
    throw new SqliteAddonError('DATABASE', message, errorMessage(lang, 'database.addonRebuildHint'), { file: addon }, { cause: error });
  }
  const prepare = sqlite.prepare.bind(sqlite);
  const statements = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = statements.get(source);
    if (!statement) statements.set(source, (statement = prepare(source)));
    // A reused statement starts as a new one would: rows as objects, not raw, plucked or expanded.
    else if (statement.reader) statement.raw(false).pluck(false).expand(false);
    return statement;
  }) as typeof sqlite.prepare;
  retained.push(sqlite);
  return sqlite;
}
