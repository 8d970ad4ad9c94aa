/**
 * Writes a knowledge model to a SQLite file. It builds into a temporary file beside the target and
 * renames it into place, so a reader sees either the old database or the new one, never a half-built one.
 */
import { createHash } from 'node:crypto';
import { readdirSync, renameSync, rmSync, statfsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { getTableColumns, getTableName } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as t from '../../schema/tables.js';
import { DrefError } from '../errors.js';
import type { EntryRecord } from '../ingest/catalog-entries.js';
import type { KnowledgeModel } from '../ingest/ingest-notes.js';
import { toIndexText } from '../search/index-terms.js';
import { errorMessage } from '../text/error-messages.js';
import type { MessageLang } from '../text/problem-messages.js';
import { migrationsFolder } from './paths.js';
import { schemaId } from './schema-id.js';
import { openSqlite } from './open-sqlite.js';
import { NOTES_TEXT_LIMIT, SEARCH_TABLE_DDL } from './search-table.js';
import { sectionPassages } from '../ingest/section-passages.js';
import { koreanWordCounts } from '../ingest/korean-words.js';

/** What a build produced. */
export interface BuildSummary {
  readonly path: string;
  readonly buildId: string;
  readonly entries: number;
  /** Notes files, and the passages (paragraphs, list items, tables, code blocks) found in them. */
  readonly files: number;
  readonly sections: number;
  readonly passages: number;
  readonly examples: number;
  readonly errata: number;
}

/** The ids of a build's inputs, when the caller has worked them out already (see unchanged-build.ts). */
export interface BuildInputs {
  /** buildIdOf the model's entries and notes files, and the version. */
  readonly buildId: string;
  readonly inputsId: string;
}

/**
 * Builds the database at `path` from the model, atomically. `inputs.inputsId`, when given, is kept in
 * build_info so a later ingest of the same inputs can tell it has nothing to do (and `inputs.buildId`
 * is not hashed again). A failure to write is an IO error in `lang`.
 */
export function writeDatabase(model: KnowledgeModel, path: string, version: string, inputs?: BuildInputs, lang: MessageLang = 'en'): BuildSummary {
  removeStaleTemporaries(path);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let sqlite: Database.Database | undefined;
  try {
    sqlite = openSqlite(tmp);
    sqlite.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF'); // exec, not pragma(): see open-sqlite.ts
    // Most of the file is long text (the notes, passages, entries' JSON, the FTS5 index): in 16 KiB pages it takes fewer
    // pages and overflow chains to write, which cut the write's CPU time at 100× the notes by 15–20% (same rows, same index).
    sqlite.exec('PRAGMA page_size = 16384');
    const db = drizzle(sqlite);
    migrate(db, { migrationsFolder: migrationsFolder() });
    sqlite.exec(SEARCH_TABLE_DDL);
    // References are checked once, over the finished tables, instead of row by row as each is inserted.
    sqlite.exec('PRAGMA foreign_keys = OFF');
    const summary = sqlite.transaction(() => fill(sqlite!, db, model, version, inputs))();
    assertReferencesHold(sqlite);
    // The planner's statistics: row counts per index (sqlite_stat1) only. Every process loads sqlite_stat4's samples on
    // its first statement (about 2.6M instructions of a one-word search's start-up, callgrind), and without them the
    // searches gave the same results and ran no slower (a one-off A/B of 1,790 searches at 1000x the notes: 7.6-8.0 s
    // against 9.7-10.1 s).
    sqlite.exec('ANALYZE');
    if (sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat4'").get()) sqlite.exec('DELETE FROM sqlite_stat4');
    sqlite.close();
    sqlite = undefined;
    renameSync(tmp, path);
    return { path, ...summary };
  } catch (error) {
    sqlite?.close();
    try { rmSync(tmp, { force: true }); } catch { /* no folder to clean: writeError says why */ }
    if (error instanceof DrefError) throw error;
    throw writeError(error, path, lang);
  }
}

/** Why the database at `path` could not be written, and what to do, in `lang`. */
function writeError(error: unknown, path: string, lang: MessageLang): DrefError {
  const folder = dirname(path);
  const root = rootCause(error);
  // better-sqlite3 says a missing folder in English and with no code; the paths themselves say it as a code.
  const folderKind = kindOf(folder);
  const code = folderKind === 'none' ? 'ENOENT' : folderKind === 'file' ? 'ENOTDIR' : kindOf(path) === 'folder' ? 'EISDIR'
    // SQLite's "disk full" can be lost under the error of the ROLLBACK that follows it; the disk says it plainly.
    : diskIsFull(folder) ? 'ENOSPC' : root.code;
  return new DrefError('IO', errorMessage(lang, 'database.cannotWrite', { reason: code ?? root.message }), writeHint(code, path, lang), { file: path }, { cause: error });
}

/** What to do about a failed write, by its code. */
function writeHint(code: string | undefined, path: string, lang: MessageLang): string {
  const folder = dirname(path);
  switch (code) {
    case 'ENOENT': return errorMessage(lang, 'database.noFolderHint', { folder });
    case 'ENOTDIR': return errorMessage(lang, 'database.notFolderHint', { folder });
    case 'EISDIR': return errorMessage(lang, 'database.isFolderHint', { path, example: join(path, 'dref.db') });
    case 'ENOSPC': case 'SQLITE_FULL': return errorMessage(lang, 'database.diskFullHint');
    case 'EACCES': case 'EROFS': case 'SQLITE_READONLY': case 'SQLITE_CANTOPEN': return errorMessage(lang, 'database.notWritableHint');
    default: return errorMessage(lang, 'database.unchangedHint');
  }
}

function kindOf(path: string): 'none' | 'file' | 'folder' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'none';
  }
}

/** Fails as an insert would have with foreign keys on, when a row refers to a row that is not there. */
function assertReferencesHold(sqlite: Database.Database): void {
  const broken = sqlite.prepare('PRAGMA foreign_key_check').all() as { table: string; parent: string }[];
  if (broken.length) {
    throw Object.assign(new Error(`FOREIGN KEY constraint failed (${broken[0]!.table} → ${broken[0]!.parent})`), { code: 'SQLITE_CONSTRAINT_FOREIGNKEY' });
  }
}

function diskIsFull(dir: string): boolean {
  try {
    const stats = statfsSync(dir);
    return stats.bavail * stats.bsize < 256 * 1024;
  } catch {
    return false;
  }
}

/** The innermost error of a chain (drizzle wraps SQLite's errors: SQLITE_FULL lies under "Failed to run the query"). */
function rootCause(error: unknown): { code?: string; message: string } {
  let current = error as { code?: unknown; message?: string; cause?: unknown };
  const seen = new Set<unknown>();
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    if (typeof current.code === 'string') return { code: current.code, message: current.message ?? '' };
    if (!current.cause) break;
    current = current.cause as typeof current;
  }
  return { message: (error as Error)?.message ?? String(error) };
}

/** Temporary files an ingest that was killed left beside the database (their process is gone). */
function removeStaleTemporaries(path: string): void {
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    const m = name.startsWith(prefix) && name.endsWith('.tmp') ? /\.(\d+)\.\d+\.tmp$/.exec(name) : null;
    if (!m) continue;
    try {
      process.kill(Number(m[1]), 0);
    } catch {
      rmSync(join(dirname(path), name), { force: true });
    }
  }
}

type Db = ReturnType<typeof drizzle>;

function fill(sqlite: Database.Database, db: Db, model: KnowledgeModel, version: string, inputs: BuildInputs | undefined): Omit<BuildSummary, 'path'> {
  // Each distinct text is turned into index terms once: a passage is indexed as itself and again in the notes of
  // every entry it talks about. Texts joined by a line break give the terms of each, joined by a space.
  const termsOf = new Map<string, string>();
  const indexText = (text: string): string => {
    let terms = termsOf.get(text);
    if (terms === undefined) termsOf.set(text, (terms = toIndexText(text)));
    return terms;
  };
  const noteLinks = new Map<string, number>();
  for (const n of model.notes) for (const l of n.links) if (l.role !== 'related') noteLinks.set(l.entryId, (noteLinks.get(l.entryId) ?? 0) + 1);
  const entryRows = model.entries.map((e) => ({
    id: e.id, kind: e.kind, name: e.name, titleKo: e.title.ko, titleEn: e.title.en, summaryKo: e.summary.ko, summaryEn: e.summary.en,
    bodyKo: e.body.ko, bodyEn: e.body.en, keywordsKo: e.keywords.ko.join(', '), keywordsEn: e.keywords.en.join(', '),
    parentId: e.parentId ?? null, noteLinks: noteLinks.get(e.id) ?? 0, data: JSON.stringify(e.data),
  }));
  insertChunks(db, t.entries, entryRows);
  // From the rows as written, in their rowid order: the order the search once read them in, which breaks its ties.
  insertChunks(db, t.koreanWords, [...koreanWordCounts(entryRows)].map(([word, uses], i) => ({ position: i + 1, word, uses })));
  const aliasRows = new Map<string, { alias: string; entryId: string }>();
  for (const e of model.entries) for (const alias of e.aliases) aliasRows.set(`${alias}|${e.id}`, { alias, entryId: e.id });
  insertChunks(db, t.entryAliases, [...aliasRows.values()]);
  const related = new Map<string, { entryId: string; relatedId: string; weight: number }>();
  for (const e of model.entries) {
    for (const name of e.related) {
      const id = model.names.idOf(name);
      if (id && id !== e.id) {
        related.set(`${e.id}|${id}`, { entryId: e.id, relatedId: id, weight: 1 });
        if (!related.has(`${id}|${e.id}`)) related.set(`${id}|${e.id}`, { entryId: id, relatedId: e.id, weight: 0.5 });
      }
    }
  }
  insertChunks(db, t.relatedEntries, [...related.values()]);

  // Catalog examples.
  let exampleId = 0;
  const exampleRows: (typeof t.examples.$inferInsert)[] = [];
  const exampleLinks: { exampleId: number; entryId: string }[] = [];
  for (const e of model.entries) {
    for (const ex of e.examples) {
      exampleRows.push({ id: ++exampleId, kind: ex.kind, text: ex.text, source: 'catalog', isValid: true });
      exampleLinks.push({ exampleId, entryId: e.id });
    }
  }

  let sectionId = 0;
  let passageId = 0;
  let erratumId = 0;
  const notesText = new Map<string, Set<string>>();
  const errataRows: (typeof t.errata.$inferInsert)[] = [];
  let sectionCount = 0;
  let errataCount = 0;
  model.notes.forEach((notes, fileIndex) => {
    const fileId = fileIndex + 1;
    insertChunks(db, t.noteFiles, [{
      id: fileId, path: notes.doc.file, sha256: createHash('sha256').update(notes.text).digest('hex'), lineCount: notes.doc.lines.length, text: notes.text,
    }]);
    const sectionIds = new Map<object, number>();
    const stack: { level: number; id: number }[] = [];
    const sectionRows = notes.doc.sections.map((s) => {
      const id = ++sectionId;
      sectionIds.set(s, id);
      while (stack.length && stack.at(-1)!.level >= s.level) stack.pop();
      const parentId = stack.at(-1)?.id ?? null;
      stack.push({ level: s.level, id });
      return { id, fileId, path: s.path, title: s.title, level: s.level, parentId, startLine: s.startLine, endLine: s.endLine };
    });
    insertChunks(db, t.sections, sectionRows);
    sectionCount += sectionRows.length;
    const passages = notes.doc.sections.flatMap((s) => sectionPassages(s).map((n) => ({ section: s, passage: n, id: ++passageId })));
    const passageRows = passages.map(({ section, passage, id }) => ({
      id, sectionId: sectionIds.get(section)!, startLine: passage.startLine, endLine: passage.endLine, text: passage.text,
    }));
    insertChunks(db, t.passages, passageRows);
    // Every passage is searchable by its own words, under its passage id (the section title counts as its words too);
    // a lone command line's words in a column of their own (see PASSAGE_WEIGHTS).
    const insertPassage = sqlite.prepare('INSERT INTO passage_search (rowid, terms, command) VALUES (?, ?, ?)');
    for (const { section, passage, id } of passages) {
      const title = indexText(section.title);
      insertPassage.run(id, passage.isCommand ? title : joinTerms([title, indexText(passage.text)]), passage.isCommand ? indexText(passage.text) : '');
    }

    const exampleIds = new Map<object, number>();
    const invalid = new Set(notes.errata.filter((e) => e.severity === 'error' && e.example).map((e) => e.example!));
    for (const ex of notes.examples) {
      const id = ++exampleId;
      exampleIds.set(ex, id);
      exampleRows.push({
        id, sectionId: sectionIds.get(ex.section)!, startLine: ex.node.startLine, endLine: ex.node.endLine,
        kind: ex.kind, text: ex.text, source: 'notes', isValid: !invalid.has(ex),
      });
      for (const entryId of ex.entryIds) exampleLinks.push({ exampleId: id, entryId });
    }
    insertChunks(db, t.entrySections, notes.links.map((l) => ({
      entryId: l.entryId, sectionId: sectionIds.get(l.section)!, startLine: l.startLine, endLine: l.endLine, role: l.role,
    })));
    // The notes' own words for each entry: the passages and examples inside its links, each distinct text once
    // (headings and fences left out), so a file that repeats itself does not inflate the index.
    for (const l of notes.links) {
      if (l.role === 'related') continue;
      let texts = notesText.get(l.entryId);
      if (!texts) notesText.set(l.entryId, (texts = new Set()));
      for (const node of l.section.nodes) {
        if (node.startLine < l.startLine || node.endLine > l.endLine) continue;
        if (node.kind === 'passage' || node.kind === 'command' || node.kind === 'shell') texts.add(node.text);
        else if (node.kind === 'dockerfile') texts.add(node.lines.map((x) => x.text).join('\n'));
      }
    }
    errataRows.push(...notes.errata.map((e) => ({
      id: ++erratumId, fileId, sectionId: sectionIds.get(e.section) ?? null, line: e.line, column: e.column, rule: e.rule,
      severity: e.severity, message: e.message, suggestion: e.suggestion, excerpt: e.excerpt,
      exampleId: e.example ? exampleIds.get(e.example) ?? null : null, entryId: e.entryId ?? null,
    })));
    errataCount += notes.errata.length;
  });
  insertChunks(db, t.examples, exampleRows);
  insertChunks(db, t.exampleEntries, dedupeBy(exampleLinks, (l) => `${l.exampleId}|${l.entryId}`));
  insertChunks(db, t.errata, errataRows);

  // Each search row (and name row) shares its entry's rowid, so search can join them by rowid.
  const insertSearch = sqlite.prepare(`INSERT INTO entry_search (rowid, entry_id, name, keywords, summary, body, notes, notes_text)
    VALUES ((SELECT rowid FROM entries WHERE id = ?), ?, ?, ?, ?, ?, ?, ?)`);
  const insertName = sqlite.prepare('INSERT INTO entry_names (rowid, name) VALUES ((SELECT rowid FROM entries WHERE id = ?), ?)');
  for (const e of model.entries) {
    const name = toIndexText([e.name, ...e.aliases, e.title.ko, e.title.en].join(' '));
    insertName.run(e.id, name);
    insertSearch.run(
      e.id, e.id,
      name,
      toIndexText([...e.keywords.ko, ...e.keywords.en].join(' ')),
      toIndexText(`${e.summary.ko} ${e.summary.en}`),
      toIndexText(`${e.body.ko} ${e.body.en}`),
      joinTerms([...(notesText.get(e.id) ?? [])].map(indexText)),
      [...(notesText.get(e.id) ?? [])].join('\n').slice(0, NOTES_TEXT_LIMIT),
    );
  }
  sqlite.exec('INSERT INTO entry_terms (term, doc) SELECT term, doc FROM entry_search_vocab');

  const buildId = inputs?.buildId ?? buildIdOf(model.entries, model.notes.map((n) => ({ file: n.doc.file, text: n.text })), version);
  insertChunks(db, t.buildInfo, [
    { key: 'build_id', value: buildId },
    { key: 'built_at', value: new Date().toISOString() },
    { key: 'dref_version', value: version },
    { key: 'schema_id', value: schemaId() },
    { key: 'notes_files', value: JSON.stringify(model.notes.map((n) => n.doc.file)) },
    ...(inputs ? [{ key: 'inputs_id', value: inputs.inputsId }] : []),
  ]);
  return { buildId, entries: model.entries.length, files: model.notes.length, sections: sectionCount, passages: passageId, examples: exampleRows.length, errata: errataCount };
}

/** A hash of everything the database is built from: the same inputs give the same id (an ETag). */
export function buildIdOf(entries: readonly EntryRecord[], files: readonly { readonly file: string; readonly text: string }[], version: string): string {
  const hash = createHash('sha256');
  hash.update(version).update(schemaId());
  for (const e of entries) hash.update(JSON.stringify(e));
  for (const n of files) hash.update(n.file).update(n.text);
  return hash.digest('hex').slice(0, 16);
}

function insertChunks<T extends Parameters<Db['insert']>[0]>(db: Db, table: T, rows: readonly T['$inferInsert'][]): void {
  if (!rows.length) return;
  // One prepared statement per table, run per row: drizzle's insert builder would compile SQL for every chunk.
  const columns = Object.entries(getTableColumns(table)) as [string, SQLiteColumn][];
  const sql = `INSERT INTO "${getTableName(table)}" (${columns.map(([, c]) => `"${c.name}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  const insert = db.$client.prepare(sql);
  const keys = columns.map(([key]) => key);
  const specs = columns.map(([, c]) => c);
  const values = new Array<unknown>(columns.length);
  for (const row of rows as Record<string, unknown>[]) {
    for (let i = 0; i < keys.length; i++) {
      const c = specs[i]!;
      const value = row[keys[i]!] === undefined ? (c.hasDefault ? c.default : null) : row[keys[i]!];
      values[i] = value === null || value === undefined ? null : c.mapToDriverValue(value);
    }
    insert.run(values);
  }
}

/** The index texts of texts joined by line breaks: their terms, space-separated (a text without terms adds none). */
function joinTerms(terms: readonly string[]): string {
  return terms.filter((t) => t !== '').join(' ');
}

function dedupeBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
