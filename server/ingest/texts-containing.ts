/**
 * Which of many texts contain which of a few phrases, case-insensitively: the answer of
 * `text.toLowerCase().includes(phrase)` for every pair, found in one pass over each text with an
 * Aho–Corasick automaton of all the phrases, instead of one search per text and phrase.
 */

interface Automaton {
  /** Per state: the next state for a UTF-16 unit. */
  readonly next: Map<number, number>[];
  readonly fail: number[];
  /** Per state: the groups whose phrase ends here (its own and those of its fail states). */
  readonly groups: number[][];
}

function build(groups: readonly (readonly string[])[]): Automaton {
  const next: Map<number, number>[] = [new Map()];
  const own: Set<number>[] = [new Set()];
  groups.forEach((phrases, g) => {
    for (const phrase of phrases) {
      let state = 0;
      for (let i = 0; i < phrase.length; i++) {
        const c = phrase.charCodeAt(i);
        let to = next[state]!.get(c);
        if (to === undefined) {
          to = next.length;
          next.push(new Map());
          own.push(new Set());
          next[state]!.set(c, to);
        }
        state = to;
      }
      own[state]!.add(g);
    }
  });
  const fail = new Array<number>(next.length).fill(0);
  const found: number[][] = own.map((s) => [...s]);
  // Breadth first, so a state's fail state is finished before it.
  const queue: number[] = [...next[0]!.values()];
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    found[state] = [...new Set([...found[state]!, ...found[fail[state]!]!])];
    for (const [c, to] of next[state]!) {
      let f = fail[state]!;
      while (f !== 0 && !next[f]!.has(c)) f = fail[f]!;
      const target = next[f]!.get(c);
      fail[to] = target !== undefined && target !== to ? target : 0;
      queue.push(to);
    }
  }
  return { next, fail, groups: found };
}

/**
 * For each group of lower-case phrases, a flag per text: 1 when the lowered text includes any of
 * the group's phrases.
 */
export function textsContaining(texts: readonly string[], groups: readonly (readonly string[])[]): Uint8Array[] {
  const hits = groups.map(() => new Uint8Array(texts.length));
  const { next, fail, groups: endingHere } = build(groups);
  texts.forEach((text, t) => {
    const lower = text.toLowerCase();
    // The empty phrase is in every text.
    for (const g of endingHere[0]!) hits[g]![t] = 1;
    let state = 0;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      let to = next[state]!.get(c);
      while (to === undefined && state !== 0) {
        state = fail[state]!;
        to = next[state]!.get(c);
      }
      state = to ?? 0;
      for (const g of endingHere[state]!) hits[g]![t] = 1;
    }
  });
  return hits;
}
