/** Expands the paths given to an ingest: a folder stands for every Markdown file below it. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DrefError } from '../errors.js';

const MARKDOWN = /\.(md|markdown)$/i;
/** Folders that hold tools' files, not a person's notes. */
const SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);

/** The notes files of `paths`, in order: files as given, folders as their Markdown files (sorted, recursively). */
export function expandNotesPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    let isFolder = false;
    try { isFolder = statSync(path).isDirectory(); } catch { /* a missing file is reported when it is read */ }
    if (!isFolder) { out.push(path); continue; }
    const found = markdownBelow(path);
    if (!found.length) throw new DrefError('USAGE', `${path} holds no Markdown files (.md, .markdown)`, 'give a folder of notes or the files themselves');
    out.push(...found);
  }
  return [...new Set(out)];
}

function markdownBelow(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...markdownBelow(path));
    else if (entry.isFile() && MARKDOWN.test(entry.name)) out.push(path);
  }
  return out;
}
