/**
 * A build context's .dockerignore, read and matched the way the builder does (moby/patternmatcher):
 * `#` lines and blanks skipped, each pattern cleaned and taken from the context root, `*` and `?`
 * within one path segment, `**` across any number, `!` to let a path back in; a path is excluded
 * when it or a folder above it matches.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

export interface IgnorePattern {
  readonly text: string;
  readonly exclusion: boolean;
  readonly regex: RegExp;
}

/** The patterns of `<contextDir>/.dockerignore`, or null when there is no such file. */
export function readDockerignore(contextDir: string | undefined): IgnorePattern[] | null {
  if (!contextDir) return null;
  const file = join(contextDir, '.dockerignore');
  if (!existsSync(file)) return null;
  try {
    return parseDockerignore(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

export function parseDockerignore(text: string): IgnorePattern[] {
  const patterns: IgnorePattern[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.startsWith('#')) continue;
    let line = raw.trim();
    if (!line) continue;
    const exclusion = line.startsWith('!');
    if (exclusion) line = line.slice(1).trim();
    if (!line) continue;
    line = posix.normalize(line).replace(/\/+$/, '') || '.';
    if (line.length > 1 && line.startsWith('/')) line = line.slice(1);
    patterns.push({ text: line, exclusion, regex: toRegex(line) });
  }
  return patterns;
}

function toRegex(pattern: string): RegExp {
  let out = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        // `**/` may stand for no folder at all.
        if (pattern[i + 1] === '/') { i++; out += '(?:.*/)?'; } else out += '.*';
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '\\' && i + 1 < pattern.length) { out += `\\${pattern[i + 1]}`; i++; }
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end === -1) out += '\\[';
      else { out += `[${pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`; i = end; }
    } else out += c.replace(/[.+^${}()|/]/g, '\\$&');
  }
  try {
    return new RegExp(`${out}$`);
  } catch {
    return /(?!)/;
  }
}

/** Whether a context path (relative, `/`-separated) is left out of the context: it or a folder above it is matched last by a pattern that is not a `!`. */
export function isIgnored(patterns: readonly IgnorePattern[], path: string): boolean {
  const parts = path.split('/');
  const parents = parts.slice(0, -1).map((_, k) => parts.slice(0, k + 1).join('/'));
  let matched = false;
  for (const p of patterns) {
    if (p.exclusion !== matched) continue;
    if (p.regex.test(path) || parents.some((d) => p.regex.test(d))) matched = !p.exclusion;
  }
  return matched;
}
