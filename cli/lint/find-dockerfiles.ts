/**
 * The Dockerfiles named on the command line: files as given, folders searched (skipping .git and
 * node_modules) for `Dockerfile`, `*.Dockerfile` and `Dockerfile.*`, and glob patterns (`*`, `**`,
 * `?`) expanded here, so they work the same in every shell and on Windows.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DrefError } from '../../server/errors.js';
import type { Lang } from '../../server/search/search-entries.js';
import { cliMessage } from '../messages/cli-messages.js';

const SKIP = new Set(['.git', 'node_modules', '.hg', '.svn', 'vendor']);

export function isDockerfileName(name: string): boolean {
  return name === 'Dockerfile' || /^Dockerfile\.[^/]+$/.test(name) || /\.Dockerfile$/.test(name) || name === 'Containerfile';
}

function walk(dir: string, keep: (path: string, name: string) => boolean, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) { if (!SKIP.has(e.name)) walk(path, keep, out); } else if (e.isFile() && keep(path, e.name)) out.push(path);
  }
}

/** A glob pattern as a regular expression over `/`-separated relative paths. */
function globRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') { re += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*'; i += pattern[i + 2] === '/' ? 2 : 1; continue; }
    re += c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export function findDockerfiles(args: readonly string[], lang: Lang = 'en'): string[] {
  const files: string[] = [];
  for (const arg of args) {
    if (arg === '-') { files.push('-'); continue; }
    if (/[*?]/.test(arg)) {
      const parts = arg.split(/[\\/]/);
      const fixed = parts.slice(0, parts.findIndex((p) => /[*?]/.test(p))).join('/') || '.';
      const re = globRegExp(parts.slice(parts.findIndex((p) => /[*?]/.test(p))).join('/'));
      const found: string[] = [];
      walk(fixed, (path) => re.test(relative(fixed, path).split(sep).join('/')), found);
      if (!found.length) throw new DrefError('IO', cliMessage(lang, 'lint.noMatch', { pattern: arg }), cliMessage(lang, 'lint.noMatchHint'));
      files.push(...found.map((f) => (fixed === '.' ? relative('.', f) : f)));
      continue;
    }
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      throw new DrefError('IO', cliMessage(lang, 'lint.noSuchFile'), undefined, { file: arg });
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      walk(arg, (_, name) => isDockerfileName(name), found);
      if (!found.length) throw new DrefError('IO', cliMessage(lang, 'lint.noDockerfileInFolder'), undefined, { file: arg });
      files.push(...found);
    } else {
      files.push(arg);
    }
  }
  return [...new Set(files)];
}
