/**
 * Variables as the builder expands them in ENV, ARG, COPY, WORKDIR and the like (not in RUN, where
 * the shell does): `$x`, `${x}`, `${x:-default}` and the names inside the default, never inside
 * single quotes or after the escape character. Also the substitution itself, for the FROM line.
 */

/** One `$name` or `${name…}` in a word, with the modifier (`:-`, `-`, `:+`, `+`, `?`, `#`, `%`, `/`) and its word. */
interface Reference {
  readonly name: string;
  readonly modifier: string;
  readonly word: string;
}

const NAME = /[\p{L}\p{N}_]/u;

/** The names a word refers to, in order, each once. */
export function variablesIn(word: string, escape = '\\'): string[] {
  if (!word.includes('$')) return [];
  const names: string[] = [];
  const add = (name: string) => { if (!names.includes(name)) names.push(name); };
  scan(word, escape, (r) => { variablesIn(r.word, escape).forEach(add); add(r.name); return ''; });
  return names;
}

/**
 * The word with its variables replaced from `values` (unset names are empty), as the builder does
 * it: quotes removed, `${x:-y}` and `${x+y}` honoured, `#`/`%` trimming of a literal suffix or prefix.
 */
export function substitute(word: string, values: ReadonlyMap<string, string>, escape = '\\'): string {
  if (!word.includes('$') && !/["'\\]/.test(word)) return word;
  return scan(word, escape, (r) => {
    const set = values.has(r.name);
    const value = values.get(r.name) ?? '';
    const inner = substitute(r.word, values, escape);
    switch (r.modifier) {
      case '': return value;
      case '-': return set ? value : inner;
      case ':-': return set && value !== '' ? value : inner;
      case '+': return set ? inner : '';
      case ':+': return set && value !== '' ? inner : '';
      case '#': return value.startsWith(inner) ? value.slice(inner.length) : value;
      case '%': return inner && value.endsWith(inner) ? value.slice(0, -inner.length) : value;
      default: return value;
    }
  });
}

/** Walks a word, handing each reference to `expand` and joining the literal text around what it returns. */
function scan(word: string, escape: string, expand: (r: Reference) => string): string {
  let out = '';
  let quote: '"' | null = null;
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (c === escape) { out += word[i + 1] ?? ''; i++; continue; }
    if (!quote && c === "'") {
      const end = word.indexOf("'", i + 1);
      const stop = end === -1 ? word.length : end;
      out += word.slice(i + 1, stop);
      i = stop;
      continue;
    }
    if (c === '"') { quote = quote ? null : '"'; continue; }
    if (c !== '$') { out += c; continue; }
    if (word[i + 1] === '{') {
      let j = i + 2;
      while (j < word.length && NAME.test(word[j]!)) j++;
      const name = word.slice(i + 2, j);
      const close = matchingBrace(word, j);
      if (!name || close === -1) { out += word.slice(i, close === -1 ? word.length : close + 1); i = close === -1 ? word.length : close; continue; }
      const rest = word.slice(j, close);
      const modifier = /^(:[-+?]|[-+?]|##?|%%?|\/\/?)/.exec(rest)?.[1] ?? '';
      const inner = rest.slice(modifier.length);
      out += expand({ name, modifier: modifier.replace(/^(#|%)\1$/, '$1').replace(/^\/\/$/, '/'), word: modifier.startsWith('/') ? inner.split('/')[0] ?? '' : inner });
      // Names inside the default or pattern are expanded too: `${A:-$B}`.
      if (modifier.startsWith('/')) for (const part of inner.split('/').slice(1)) scan(part, escape, expand);
      i = close;
      continue;
    }
    let j = i + 1;
    if (/[A-Za-z_\p{L}]/u.test(word[j] ?? '')) while (j < word.length && NAME.test(word[j]!)) j++;
    if (j === i + 1) { out += c; continue; }
    out += expand({ name: word.slice(i + 1, j), modifier: '', word: '' });
    i = j - 1;
  }
  return out;
}

/** The index of the `}` closing a `${` whose name ends at `from`, nested `${…}` skipped; -1 if none. */
function matchingBrace(word: string, from: number): number {
  let depth = 1;
  for (let k = from; k < word.length; k++) {
    if (word[k] === '\\') { k++; continue; }
    if (word[k] === '$' && word[k + 1] === '{') { depth++; k++; continue; }
    if (word[k] === '}' && --depth === 0) return k;
  }
  return -1;
}

/** Words split at blanks outside quotes, quotes and escapes kept for the expansion to read. */
export function rawWords(text: string, escape = '\\'): string[] {
  const words: string[] = [];
  let word = '';
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === escape && i + 1 < text.length) { word += c + text[i + 1]; i++; continue; }
    if (quote) { if (c === quote) quote = null; word += c; continue; }
    if (c === '"' || c === "'") { quote = c; word += c; continue; }
    if (/\s/.test(c)) { if (word) words.push(word); word = ''; continue; }
    word += c;
  }
  if (word) words.push(word);
  return words;
}

/**
 * `key=value` pairs of ENV, LABEL or ARG as written (`ARG a b=1` gives a without a value), or the
 * legacy `ENV key value with blanks` as one pair.
 */
export function keyValuePairs(args: string, keyword: string, escape = '\\'): { key: string; value: string | null }[] {
  const words = rawWords(args, escape);
  if (keyword !== 'ARG' && words.length && !words[0]!.includes('=')) {
    const value = args.trim().slice(words[0]!.length).trim();
    return [{ key: words[0]!, value }];
  }
  return words.map((w) => {
    const eq = w.indexOf('=');
    return eq === -1 ? { key: w, value: null } : { key: w.slice(0, eq), value: w.slice(eq + 1) };
  });
}
