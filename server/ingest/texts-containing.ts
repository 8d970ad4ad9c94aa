/**
 * Which of many texts contain which of a few phrases, case-insensitively: the answer of
 * `text.toLowerCase().includes(phrase)` for every pair, found in one pass over each text with an
 * Aho–Corasick automaton of all the phrases, instead of one search per text and phrase. The
 * automaton is a table (state × letter of the phrases → state), so a pass costs one array read per
 * character; a character no phrase holds sends it back to the start without a lookup.
 */

interface Automaton {
  /** Per UTF-16 unit: its column in `next` (1-based), or 0 when no phrase holds it. */
  readonly column: Uint16Array;
  readonly width: number;
  /** `next[state * width + column]`: the state after reading that unit, fail links already followed. */
  readonly next: Int32Array;
  /** Per state: the groups whose phrase ends here (its own and those of its fail states). */
  readonly groups: readonly (readonly number[])[];
}

function build(groups: readonly (readonly string[])[]): Automaton {
  // A trie of the phrases first, then the table from it, breadth first (a state's fail state is finished before it).
  const column = new Uint16Array(0x10000);
  let width = 1;
  for (const phrases of groups) for (const phrase of phrases) for (let i = 0; i < phrase.length; i++) column[phrase.charCodeAt(i)] ||= width++;
  const trie: Map<number, number>[] = [new Map()];
  const own: Set<number>[] = [new Set()];
  groups.forEach((phrases, g) => {
    for (const phrase of phrases) {
      let state = 0;
      for (let i = 0; i < phrase.length; i++) {
        const c = column[phrase.charCodeAt(i)]!;
        let to = trie[state]!.get(c);
        if (to === undefined) {
          to = trie.length;
          trie.push(new Map());
          own.push(new Set());
          trie[state]!.set(c, to);
        }
        state = to;
      }
      own[state]!.add(g);
    }
  });
  const next = new Int32Array(trie.length * width);
  const fail = new Int32Array(trie.length);
  const found: number[][] = own.map((s) => [...s]);
  const queue: number[] = [];
  for (const [c, to] of trie[0]!) {
    next[c] = to;
    queue.push(to);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    const f = fail[state]!;
    found[state] = [...new Set([...found[state]!, ...found[f]!])];
    for (let c = 1; c < width; c++) next[state * width + c] = next[f * width + c]!;
    for (const [c, to] of trie[state]!) {
      fail[to] = next[f * width + c]!;
      next[state * width + c] = to;
      queue.push(to);
    }
  }
  return { column, width, next, groups: found };
}

/**
 * For each group of lower-case phrases, a flag per text: 1 when the lowered text includes any of
 * the group's phrases.
 */
export function textsContaining(texts: readonly string[], groups: readonly (readonly string[])[]): Uint8Array[] {
  const hits = groups.map(() => new Uint8Array(texts.length));
  const { column, width, next, groups: endingHere } = build(groups);
  const emits = Uint8Array.from(endingHere, (g) => (g.length ? 1 : 0));
  texts.forEach((text, t) => {
    const lower = text.toLowerCase();
    // The empty phrase is in every text.
    for (const g of endingHere[0]!) hits[g]![t] = 1;
    let state = 0;
    for (let i = 0; i < lower.length; i++) {
      const c = column[lower.charCodeAt(i)]!;
      state = c === 0 ? 0 : next[state * width + c]!;
      // The start state's groups (the empty phrase) are set above.
      if (state !== 0 && emits[state] === 1) for (const g of endingHere[state]!) hits[g]![t] = 1;
    }
  });
  return hits;
}
