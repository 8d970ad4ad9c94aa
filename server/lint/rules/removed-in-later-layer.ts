/**
 * A file created in one layer and removed by a later RUN still takes its bytes in the earlier layer
 * (the notes' 100 MB fallocate example). Create, use and remove it in the same RUN.
 */
import type { Instruction } from 'dockerfile-ast';
import { at, type LintRule } from '../types.js';
import { sourcesAndDestination } from './paths.js';

/** Commands that write a file at a path they name: `fallocate -l 100m P`, `touch P`, `curl -o P`, `wget -O P`, `> P`, `dd of=P`. */
const WRITES: readonly RegExp[] = [
  /\bfallocate\s+(?:-\S+\s+(?:\S+\s+)?)*(\/\S+)/g,
  /\btouch\s+((?:\/\S+\s*)+)/g,
  /\bcurl\s[^;&|]*?-o\s*(\/\S+)/g,
  /\bwget\s[^;&|]*?-O\s*(\/\S+)/g,
  /\bdd\s[^;&|]*?\bof=(\/\S+)/g,
  />>?\s*(\/\S+)/g,
  /\bgit\s+clone\s+\S+\s+(\/\S+)/g,
];
/** `apt-get update` fills the package lists that a later `rm -rf /var/lib/apt/lists/*` means to drop. */
const IMPLIED: readonly [RegExp, string][] = [[/\bapt-get\s+update\b/, '/var/lib/apt/lists']];
const REMOVE = /\brm\s+((?:-\S+\s+)*)((?:[^\s;&|]+\s*)+)/g;

function created(i: Instruction): string[] {
  const keyword = i.getKeyword();
  if (keyword === 'COPY' || keyword === 'ADD') {
    const { destination, sources } = sourcesAndDestination(i);
    if (!destination?.startsWith('/')) return [];
    return destination.endsWith('/') ? sources.map((s) => `${destination}${s.split('/').pop()}`) : [destination];
  }
  if (keyword !== 'RUN') return [];
  const text = i.getRawArgumentsContent() ?? '';
  const paths: string[] = [];
  for (const pattern of WRITES) for (const m of text.matchAll(pattern)) paths.push(...m[1]!.trim().split(/\s+/));
  for (const [pattern, path] of IMPLIED) if (pattern.test(text)) paths.push(path);
  return paths.map((p) => p.replace(/["']/g, ''));
}

function removed(i: Instruction): string[] {
  if (i.getKeyword() !== 'RUN') return [];
  const text = i.getRawArgumentsContent() ?? '';
  return [...text.matchAll(REMOVE)].flatMap((m) => m[2]!.trim().split(/\s+/)).filter((p) => p.startsWith('/'))
    .map((p) => p.replace(/["']/g, '').replace(/\/\*?$/, ''));
}

/** True when `removedPath` is the created path or a folder holding it. */
function covers(removedPath: string, createdPath: string): boolean {
  return createdPath === removedPath || createdPath.startsWith(`${removedPath}/`);
}

export const removedInLaterLayer: LintRule = {
  id: 'removed-in-later-layer',
  severity: 'warning',
  entry: 'concept:layers',
  description: 'A file created in one layer and removed in a later RUN: its bytes stay in the image',
  check: ({ stages }) => stages.flatMap((stage) => {
    const hits = [];
    const made: { path: string; line: number }[] = [];
    for (const i of stage.instructions) {
      const gone = removed(i);
      for (const path of gone) {
        const earlier = made.find((m) => covers(path, m.path));
        if (earlier) {
          hits.push({
            ...at(i.getRange().start),
            message: `${earlier.path} was written by line ${earlier.line}; removing it in a later RUN leaves its bytes in that earlier layer`,
            fix: 'create, use and remove it in one RUN, joined with && (or use a multi-stage build)',
          });
        }
      }
      for (const path of created(i)) made.push({ path, line: i.getRange().start.line + 1 });
    }
    return hits;
  }),
};
