/**
 * Which ingested notes file a path names: the path as it was ingested, the same file seen from the
 * working directory (`./data/notes/x.md`, `/home/me/notes/x.md`), or the end of its path
 * (`x.md`, `notes/x.md`) when that picks out one file.
 */
import { resolve } from 'node:path';

export type NotesFileMatch =
  | { readonly status: 'found'; readonly file: string }
  /** No file matches (`files` lists them all), or the end of a path matches several (`files` lists those). */
  | { readonly status: 'noFile' | 'ambiguous'; readonly files: readonly string[] };

/** The segments of a path, `.` and empty ones left out, either separator. */
function segments(path: string): string[] {
  return path.split(/[\\/]+/).filter((s) => s && s !== '.');
}

/** How many segments the two paths share from the end, when one path ends with the whole of the other; else 0. */
function sharedTail(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n === a.length || n === b.length ? n : 0;
}

/** The ingested file (of `files`, as stored) that `name` names, seen from `cwd`. */
export function findNotesFile(files: readonly string[], name: string, cwd: string = process.cwd()): NotesFileMatch {
  if (files.includes(name)) return { status: 'found', file: name };
  const absolute = resolve(cwd, name);
  const same = files.filter((f) => resolve(cwd, f) === absolute);
  if (same.length === 1) return { status: 'found', file: same[0]! };
  const wanted = segments(name);
  const scored = files.map((file) => ({ file, shared: sharedTail(wanted, segments(file)) })).filter((s) => s.shared > 0);
  const best = Math.max(0, ...scored.map((s) => s.shared));
  const top = scored.filter((s) => s.shared === best).map((s) => s.file);
  if (top.length === 1) return { status: 'found', file: top[0]! };
  return top.length ? { status: 'ambiguous', files: top } : { status: 'noFile', files };
}
