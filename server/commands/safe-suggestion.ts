/**
 * Did-you-mean for command words and flags that can never make a line more dangerous: a suggestion
 * is offered only for a likely typo (few edits for the word's length) and never names a command or
 * flag that removes, stops or kills something. Words that are real but undescribed say so instead.
 */

/** Command words that remove, stop or kill: never offered as a correction. */
const DESTRUCTIVE_WORDS = new Set([
  'rm', 'rmi', 'remove', 'kill', 'stop', 'prune', 'down', 'delete', 'leave', 'revoke', 'disable', 'demote', 'rollback', 'disconnect',
  'pause', 'uninstall', 'unlock',
]);

/** Long flags that make a command remove or force something (suggestions are only ever made for long flags). */
const DESTRUCTIVE_FLAGS = new Set(['--rm', '--force', '--volumes', '--rmi', '--remove-orphans', '--prune', '--all', '--kill']);

/** CLI plugins and commands of Docker that dref does not describe (`docker scout`). */
export const UNDESCRIBED_COMMANDS: ReadonlySet<string> = new Set([
  'scout', 'init', 'sbom', 'extension', 'debug', 'ai', 'desktop', 'dev', 'model', 'mcp', 'offload', 'cloud', 'feedback', 'agent',
  'app', 'scan', 'machine', 'sandbox', 'hub', 'cagent',
]);

/** True when the spelling names a command that removes, stops or kills something. */
export function isDestructiveSpelling(spelling: string): boolean {
  return spelling.split(' ').some((w) => DESTRUCTIVE_WORDS.has(w));
}

/** Edits a typo of a word this long may have: 1 up to 4 letters, 2 up to 8, 3 beyond. */
function allowedEdits(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * editDistance(a, b) (Damerau-Levenshtein, adjacent swaps as one edit) when it is at most `limit`;
 * otherwise some number above `limit`. A cell is at least the least of the two rows above it, so
 * once two rows in a row exceed `limit`, so does the distance, and the count stops there.
 */
function distanceWithin(a: string, b: string, limit: number): number {
  const m = a.length;
  const n = b.length;
  let before = new Int32Array(n + 1);
  let previous = new Int32Array(n + 1);
  let current = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) previous[j] = j;
  let previousLeast = 0;
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    let least = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      current[j] = v;
      if (v < least) least = v;
    }
    if (least > limit && previousLeast > limit) return limit + 1;
    previousLeast = least;
    [before, previous, current] = [previous, current, before];
  }
  return previous[n]!;
}

/** The candidate `typed` is most likely a typo of, if any; destructive candidates are never offered. */
export function safeSuggestion(typed: string, candidates: Iterable<string>, kind: 'command' | 'flag'): string | undefined {
  const lower = typed.toLowerCase();
  const bare = lower.replace(/^-+/, '');
  if (bare.length < 2) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  const allowed = allowedEdits(bare.length);
  for (const c of candidates) {
    // A candidate whose length differs by more than the edits allowed can neither be offered nor tie with one that can.
    if (Math.abs(c.length - lower.length) > allowed) continue;
    // Past `allowed` the distance only has to stay past it: such a candidate is never offered, and one within it replaces it.
    const d = distanceWithin(lower, c.toLowerCase(), allowed);
    if (d < bestDistance) { best = c; bestDistance = d; tie = false; } else if (d === bestDistance) tie = true;
  }
  if (!best || tie || bestDistance === 0 || bestDistance > allowed) return undefined;
  // The first letter of a command word is rarely the one mistyped; a different one means another word.
  if (kind === 'command' && best[0] !== lower[0] && bestDistance > 1) return undefined;
  if (kind === 'command' ? isDestructiveSpelling(best) : DESTRUCTIVE_FLAGS.has(best)) return undefined;
  return best;
}
