/**
 * A file created in one layer and removed by a later RUN still takes its bytes in the earlier layer
 * (the notes' 100 MB fallocate example). Create, use and remove it in the same RUN. A path the
 * creating RUN already removed itself is gone from its layer, so a later `rm` of it is harmless.
 */
import { say } from '../messages.js';
import { at, type LintRule, type RuleHit, type Step } from '../types.js';
import { sourcesAndDestination } from './copy-paths.js';
import { runText } from './run-commands.js';

/** Commands that write a file at a path they name: `fallocate -l 100m P`, `touch P`, `curl -o P`, `wget -O P`, `> P`, `dd of=P`. */
const WRITES: readonly RegExp[] = [
  /\bfallocate\s+(?:-\S+\s+(?:\S+\s+)?)*(\/\S+)/g,
  /\btouch\s+((?:\/\S+\s*)+)/g,
  /\bcurl\s[^;&|]*?-o\s*(\/\S+)/g,
  /\bwget\s[^;&|]*?-O\s*(\/\S+)/g,
  /\bdd\s[^;&|]*?\bof=(\/\S+)/g,
  /[^0-9&]>>?\s*(\/\S+)/g,
  /\bgit\s+clone\s+\S+\s+(\/\S+)/g,
];
/** `apt-get update` fills the package lists that a later `rm -rf /var/lib/apt/lists/*` means to drop. */
const IMPLIED: readonly [RegExp, string][] = [[/\bapt-get\s+update\b/, '/var/lib/apt/lists']];
const REMOVE = /\brm\s+((?:-\S+\s+)*)((?:[^\s;&|]+\s*)+)/g;
/** Paths that are never real files: writing there leaves nothing in a layer. */
const VIRTUAL = /^\/(dev|proc|sys)\//;

function created(s: Step): string[] {
  if (s.keyword === 'COPY' || s.keyword === 'ADD') {
    const { destination, sources } = sourcesAndDestination(s);
    if (!destination?.startsWith('/')) return [];
    return destination.endsWith('/') ? sources.map((p) => `${destination}${p.split('/').pop()}`) : [destination];
  }
  if (s.keyword !== 'RUN') return [];
  const text = runText(s);
  const paths: string[] = [];
  for (const pattern of WRITES) for (const m of text.matchAll(pattern)) paths.push(...m[1]!.trim().split(/\s+/));
  for (const [pattern, path] of IMPLIED) if (pattern.test(text)) paths.push(path);
  return paths.map((p) => p.replace(/["';)]/g, '')).filter((p) => !VIRTUAL.test(p));
}

function removed(s: Step): string[] {
  if (s.keyword !== 'RUN') return [];
  return [...runText(s).matchAll(REMOVE)].flatMap((m) => m[2]!.trim().split(/\s+/)).filter((p) => p.startsWith('/'))
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
  description: say('A file created in one layer and removed in a later RUN: its bytes stay in the image', '한 레이어에서 만든 파일을 나중 RUN에서 지움: 그 용량은 이미지에 남음'),
  check: ({ stages }) => stages.flatMap((stage) => {
    const hits: RuleHit[] = [];
    let made: { path: string; line: number }[] = [];
    for (const s of stage.steps) {
      const gone = removed(s);
      for (const path of gone) {
        const earlier = made.find((m) => covers(path, m.path));
        if (earlier) {
          hits.push({
            ...at(s),
            message: say(`${earlier.path} was written by line ${earlier.line}; removing it in a later RUN leaves its bytes in that earlier layer`, `${earlier.path}은(는) ${earlier.line}행에서 만들었습니다. 나중 RUN에서 지워도 그 용량은 앞 레이어에 남습니다`),
            fix: say('create, use and remove it in one RUN, joined with && (or use a multi-stage build)', '한 RUN 안에서 &&로 이어 만들고, 쓰고, 지우세요(또는 멀티 스테이지 빌드를 쓰세요)'),
          });
        }
      }
      made = made.filter((m) => !gone.some((p) => covers(p, m.path)));
      // What a RUN creates and removes itself never reaches its layer.
      for (const path of created(s)) if (!gone.some((p) => covers(p, path))) made.push({ path, line: s.line });
    }
    return hits;
  }),
};
