/** A unified diff of two texts (`--- a/file`, `+++ b/file`, hunks with three lines of context), for `--fix --dry-run`. */

const CONTEXT = 3;

/** The longest common subsequence of two line lists, as a list of [i, j] pairs. */
function commonLines(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const table: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[i] === b[j]) { pairs.push([i, j]); i++; j++; } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++; else j++;
  }
  return pairs;
}

export function unifiedDiff(before: string, after: string, file: string): string {
  if (before === after) return '';
  // A final newline ends the last line; it is not an empty line of its own.
  const linesOf = (text: string) => { const l = text.split(/\r?\n/); if (l.at(-1) === '') l.pop(); return l; };
  const a = linesOf(before);
  const b = linesOf(after);
  type Op = { kind: ' ' | '-' | '+'; text: string; i: number; j: number };
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...commonLines(a, b), [a.length, b.length] as [number, number]]) {
    while (i < pi) ops.push({ kind: '-', text: a[i]!, i: i++, j });
    while (j < pj) ops.push({ kind: '+', text: b[j]!, i, j: j++ });
    if (pi < a.length) ops.push({ kind: ' ', text: a[i]!, i: i++, j: j++ });
  }
  const out = [`--- a/${file}`, `+++ b/${file}`];
  const changed = ops.flatMap((o, k) => (o.kind === ' ' ? [] : [k]));
  // Changes less than two contexts apart share a hunk.
  const groups: [number, number][] = [];
  for (const k of changed) {
    const last = groups.at(-1);
    if (last && k - last[1] <= CONTEXT * 2) last[1] = k;
    else groups.push([k, k]);
  }
  for (const [first, last] of groups) {
    const hunk = ops.slice(Math.max(0, first - CONTEXT), Math.min(ops.length, last + CONTEXT + 1));
    const oldCount = hunk.filter((o) => o.kind !== '+').length;
    const newCount = hunk.filter((o) => o.kind !== '-').length;
    const oldStart = hunk[0]!.i + (oldCount ? 1 : 0);
    const newStart = hunk[0]!.j + (newCount ? 1 : 0);
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`, ...hunk.map((o) => `${o.kind}${o.text}`));
  }
  return `${out.join('\n')}\n`;
}
