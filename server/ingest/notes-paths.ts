/** Expands the paths given to an ingest: a folder stands for every Markdown file below it. */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { DrefError } from '../errors.js';
import { errorMessage } from '../text/error-messages.js';
import type { MessageLang } from '../text/problem-messages.js';

const MARKDOWN = /\.(md|markdown)$/i;
/** Folders that hold tools' files, not a person's notes. */
const SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);

/** The notes files of `paths`, in order: files as given, folders as their Markdown files (sorted, recursively). Errors are in `lang`. */
export function expandNotesPaths(paths: readonly string[], lang: MessageLang = 'en'): string[] {
  const out: string[] = [];
  for (const path of paths) {
    let isFolder = false;
    try { isFolder = statSync(path).isDirectory(); } catch { /* a missing file is reported when it is read */ }
    if (!isFolder) { out.push(path); continue; }
    const found = markdownBelow(path, lang);
    if (!found.length) throw new DrefError('USAGE', errorMessage(lang, 'ingest.noMarkdown', { path }), errorMessage(lang, 'ingest.noMarkdownHint'));
    out.push(...found);
  }
  return [...new Set(out)];
}

function markdownBelow(folder: string, lang: MessageLang): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const hint = code === 'EACCES' || code === 'EPERM' ? errorMessage(lang, 'notes.cannotReadHint') : undefined;
    throw new DrefError('IO', errorMessage(lang, 'ingest.cannotReadFolder', { code: code ?? 'error' }), hint, { file: folder }, { cause: error });
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...markdownBelow(path, lang));
    else if (entry.isFile() && MARKDOWN.test(entry.name)) out.push(path);
  }
  return out;
}
