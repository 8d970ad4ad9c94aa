/**
 * The literal text every match of a regular expression must hold: `MAINTAINER[\s\S]{0,120}?(...)`
 * cannot match a passage without "MAINTAINER". A claim's pattern is large and most passages hold
 * none of its literals, so a cheap search for them first (with the pattern's own flags, so case
 * folds the same way) skips the pattern on most passages without changing what it finds.
 */

/** Strings of which every match holds at least one; undefined when nothing is certain. */
type Required = ReadonlySet<string> | undefined;

interface Item {
  /** A plain character matched exactly once, or undefined for anything else. */
  readonly char?: string;
  readonly required: Required;
}

/** Escapes of one character that stand for the character itself. */
const LITERAL_ESCAPE = /^[\\^$.|?*+()[\]{}/'"\-]$/;
/** Escapes that stand for a class of characters or a position: they require no literal. */
const CLASS_ESCAPE = /^[sSdDwWbB]$/;

class Unsupported extends Error {}

/** Parses `source` (the subset of syntax the claims use) and returns what any match must hold. */
function parse(source: string): Required {
  let at = 0;

  const alternation = (): Required => {
    const branches: Required[] = [sequence()];
    while (source[at] === '|') {
      at++;
      branches.push(sequence());
    }
    if (branches.length === 1) return branches[0];
    const union = new Set<string>();
    for (const b of branches) {
      if (!b) return undefined;
      for (const s of b) union.add(s);
    }
    return union;
  };

  const sequence = (): Required => {
    const items: Item[] = [];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const atom = parseAtom();
      const min = quantifierMin();
      if (min === undefined) items.push(atom);
      else items.push({ required: min >= 1 ? atom.required : undefined });
    }
    // Runs of plain characters are literals; a group or a character repeated at least once keeps what it requires.
    const options: ReadonlySet<string>[] = [];
    let run = '';
    for (const item of items) {
      if (item.char !== undefined) {
        run += item.char;
        continue;
      }
      if (run) options.push(new Set([run]));
      run = '';
      if (item.required) options.push(item.required);
    }
    if (run) options.push(new Set([run]));
    return best(options);
  };

  const parseAtom = (): Item => {
    const c = source[at]!;
    if (c === '(') {
      at++;
      let zeroWidth = false;
      if (source[at] === '?') {
        const head = source.slice(at, at + 3);
        if (head.startsWith('?:')) at += 2;
        else if (head.startsWith('?=') || head.startsWith('?!')) { at += 2; zeroWidth = true; }
        else if (head === '?<=' || head === '?<!') { at += 3; zeroWidth = true; }
        else throw new Unsupported(head);
      }
      const inner = alternation();
      if (source[at] !== ')') throw new Unsupported('unclosed group');
      at++;
      return { required: zeroWidth ? undefined : inner };
    }
    if (c === '[') {
      at++;
      if (source[at] === '^') at++;
      if (source[at] === ']') at++;
      while (at < source.length && source[at] !== ']') {
        if (source[at] === '\\') {
          if (!/^[\\^$.|?*+()[\]{}/'"\-sSdDwW]$/.test(source[at + 1] ?? '')) throw new Unsupported(source.slice(at, at + 2));
          at++;
        } else if (source[at] === '[') throw new Unsupported('nested class');
        at++;
      }
      if (source[at] !== ']') throw new Unsupported('unclosed class');
      at++;
      return { required: undefined };
    }
    if (c === '\\') {
      const e = source[at + 1] ?? '';
      at += 2;
      if (LITERAL_ESCAPE.test(e)) return { char: e, required: undefined };
      if (CLASS_ESCAPE.test(e)) return { required: undefined };
      throw new Unsupported(`\\${e}`);
    }
    if (c === '.' || c === '^' || c === '$') {
      at++;
      return { required: undefined };
    }
    if ('*+?{}]'.includes(c)) throw new Unsupported(c);
    // One code point (a Korean syllable or a Latin letter), matched as itself.
    const ch = String.fromCodePoint(source.codePointAt(at)!);
    at += ch.length;
    return { char: ch, required: undefined };
  };

  /** The least number of times the quantifier after an atom lets it match, or undefined when there is none. */
  const quantifierMin = (): number | undefined => {
    const c = source[at];
    let min: number | undefined;
    if (c === '*' || c === '?') { min = 0; at++; }
    else if (c === '+') { min = 1; at++; }
    else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(source.slice(at));
      if (!m) throw new Unsupported('bad quantifier');
      min = Number(m[1]);
      at += m[0].length;
    }
    if (min !== undefined && source[at] === '?') at++;
    return min;
  };

  const result = alternation();
  if (at !== source.length) throw new Unsupported('trailing text');
  return result;
}

/** The most telling of several sets, each enough alone: the one whose shortest string is longest. */
function best(options: readonly ReadonlySet<string>[]): Required {
  let chosen: ReadonlySet<string> | undefined;
  let score = 0;
  for (const o of options) {
    if ([...o].some((s) => s.length === 0)) continue;
    const shortest = Math.min(...[...o].map((s) => s.length));
    if (shortest > score || (shortest === score && chosen && o.size < chosen.size)) { chosen = o; score = shortest; }
  }
  return chosen;
}

/**
 * A regular expression that finds, with `flags`, one of the literals every match of `source`
 * holds; undefined when the pattern uses syntax this does not read or requires no literal. A text
 * it finds nothing in cannot match `source`.
 */
export function requiredLiteralsPattern(source: string, flags: string): RegExp | undefined {
  let required: Required;
  try {
    required = parse(source);
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  if (!required || !required.size) return undefined;
  return new RegExp([...required].map((s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')).join('|'), flags);
}
