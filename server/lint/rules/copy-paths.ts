/** The sources and destination of COPY/ADD, in shell or JSON form, with quotes taken off (`ADD "a b.tgz" /x`). */
import type { Step } from '../types.js';

export function unquote(word: string): string {
  return /^(["']).*\1$/.test(word) && word.length >= 2 ? word.slice(1, -1) : word;
}

/** Words split at unquoted blanks, quotes removed, backslashes kept (`"C:\\Program Files\\app"` stays one path). */
export function splitWords(args: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: string | null = null;
  let started = false;
  for (const c of args) {
    if (quote) { if (c === quote) quote = null; else word += c; continue; }
    if (c === '"' || c === "'") { quote = c; started = true; continue; }
    if (/\s/.test(c)) { if (started) words.push(word); word = ''; started = false; continue; }
    word += c;
    started = true;
  }
  if (started) words.push(word);
  return words;
}

export function sourcesAndDestination(step: Step): { sources: string[]; destination: string | null } {
  // `COPY <<EOF /etc/app.conf` carries its content inline: no sources to judge.
  if (/^<<-?["']?\w+/.test(step.args)) return { sources: [], destination: null };
  const parts = step.json ?? splitWords(step.args);
  if (parts.length < 2) return { sources: [...parts], destination: null };
  return { sources: parts.slice(0, -1), destination: parts.at(-1)! };
}

/**
 * A destination the builder takes as a folder: one ending in `/` (or `\` on Windows), or `.`, the
 * working directory (BuildKit reads `.` as `./`, so `COPY go.mod go.sum .` builds).
 */
export function namesFolder(destination: string): boolean {
  return destination.endsWith('/') || destination.endsWith('\\') || destination === '.';
}

export const REMOTE = /^(https?|git|ssh):\/\/|^git@|\.git(#.*)?$/i;
/** What ADD unpacks (hadolint's list of archive endings). */
export const ARCHIVE = /\.(tar|Z|bz2|gz|lz|lzma|tZ|tb2|tbz|tbz2|tgz|tlz|tpz|txz|xz|zst)$/;
