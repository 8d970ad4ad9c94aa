/**
 * A small POSIX shell reader for RUN scripts: enough to find every simple command (also those in
 * `$(…)`, after `&&`, `|`, `;`, `then` or `do`), its words with the quotes taken off, and where pipes
 * are. Rules ask "is there an `apt-get install` without -y", not "what does this script print", so
 * expansions stay as written (`$V`, `${V}`) and redirections are dropped from the words.
 */

export interface ShellCommand {
  /** The program as written (`apt-get`, `/usr/bin/pip3`); assignments and `sudo`-style words are not stripped. */
  readonly name: string;
  /** The words after the name, unquoted. */
  readonly args: readonly string[];
  /** Offset of the command's first word in the script. */
  readonly offset: number;
  /** The operator that ended the command: `&&`, `||`, `|`, `;`, `&`, a newline, or '' at the end. */
  readonly endedBy: string;
  /** `NAME=value` words before the name (`DEBIAN_FRONTEND=noninteractive apt-get …`). */
  readonly assignments: readonly string[];
}

/** Commands joined by `|` (or `|&`), in order; a lone command is no pipeline. */
export interface ShellPipeline {
  readonly commands: readonly ShellCommand[];
  /** The pipeline is tested, not run for its effect: in an `if`/`elif`/`while`/`until` condition, or after `!`. */
  readonly isCondition: boolean;
}

export interface ParsedShell {
  readonly commands: readonly ShellCommand[];
  /** A `|` pipe appears (not `||`, not a `case` pattern's `a | b)`). */
  readonly hasPipe: boolean;
  /** Every pipeline, those inside `$(…)` included. */
  readonly pipelines: readonly ShellPipeline[];
}

const RESERVED_PREFIX = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', '(', 'time']);
const RESERVED_ALONE = new Set(['fi', 'done', 'esac', '}', ')']);

interface Word { text: string; offset: number }
interface Parsed { commands: ShellCommand[]; pipelines: ShellPipeline[] }
type Token = Word | { op: string; offset: number };

/** Splits a script into words and operators; `$(…)` and backticks are read recursively into `nested`. */
function tokenize(script: string, nested: Parsed[], base: number): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let word = '';
  let start = -1;
  const push = () => { if (start >= 0) tokens.push({ text: word, offset: base + start }); word = ''; start = -1; };
  const begin = () => { if (start < 0) start = i; };
  while (i < script.length) {
    const c = script[i]!;
    if (c === '\\' && script[i + 1] === '\n') { i += 2; continue; }
    if (c === '\\') { begin(); word += script[i + 1] ?? ''; i += 2; continue; }
    if (c === "'") {
      begin();
      const end = script.indexOf("'", i + 1);
      const stop = end < 0 ? script.length : end;
      word += script.slice(i + 1, stop);
      i = stop + 1;
      continue;
    }
    if (c === '"') {
      begin();
      i++;
      while (i < script.length && script[i] !== '"') {
        // Inside double quotes a backslash escapes only $ ` " \ and the newline; elsewhere it stays (`"C:\Program Files"`).
        if (script[i] === '\\' && i + 1 < script.length) { const n = script[i + 1]!; if (n !== '\n') word += '$`"\\'.includes(n) ? n : `\\${n}`; i += 2; continue; }
        if (script.startsWith('$(', i)) { const end = matching(script, i + 1); nested.push(parseCommands(script.slice(i + 2, end), base + i + 2)); word += '${VAR}'; i = end + 1; continue; }
        if (script[i] === '`') { const end = script.indexOf('`', i + 1); const stop = end < 0 ? script.length : end; nested.push(parseCommands(script.slice(i + 1, stop), base + i + 1)); word += '${VAR}'; i = stop + 1; continue; }
        word += script[i++];
      }
      i++;
      continue;
    }
    if (c === '$' && script[i + 1] === '(') {
      begin();
      const end = matching(script, i + 1);
      if (script[i + 2] !== '(') nested.push(parseCommands(script.slice(i + 2, end), base + i + 2));
      word += '${VAR}';
      i = end + 1;
      continue;
    }
    if (c === '$' && script[i + 1] === '{') {
      begin();
      const end = script.indexOf('}', i);
      const stop = end < 0 ? script.length : end;
      word += script.slice(i, stop + 1);
      i = stop + 1;
      continue;
    }
    if (c === '`') {
      begin();
      const end = script.indexOf('`', i + 1);
      const stop = end < 0 ? script.length : end;
      nested.push(parseCommands(script.slice(i + 1, stop), base + i + 1));
      word += '${VAR}';
      i = stop + 1;
      continue;
    }
    if (c === '#' && start < 0) { while (i < script.length && script[i] !== '\n') i++; continue; }
    if (c === ' ' || c === '\t' || c === '\r') { push(); i++; continue; }
    const op = /^(&&|\|\||;;|\|&|&>>|&>|>>|<<-?|<>|>\||[0-9]*>&[0-9-]*|[0-9]*<&[0-9-]*|[0-9]+>>?|[0-9]+<|[|;&()<>\n])/.exec(script.slice(i, i + 6));
    if (op && !(op[0]!.match(/^[0-9]/) && start >= 0)) {
      // `(` and `)` inside a word (`a=(x)`, `*.@(a|b)`) are part of it.
      if ((c === '(' || c === ')') && start >= 0) { word += c; i++; continue; }
      push();
      tokens.push({ op: op[0]!, offset: base + i });
      i += op[0]!.length;
      continue;
    }
    begin();
    word += c;
    i++;
  }
  push();
  return tokens;
}

/** The index of the `)` that closes the `(` at `open`, minding quotes and nesting. */
function matching(script: string, open: number): number {
  let depth = 0;
  for (let i = open; i < script.length; i++) {
    const c = script[i];
    if (c === '\\') { i++; continue; }
    if (c === "'") { const end = script.indexOf("'", i + 1); if (end < 0) return script.length; i = end; continue; }
    if (c === '(') depth++;
    if (c === ')' && --depth === 0) return i;
  }
  return script.length;
}

const REDIRECT = /^([0-9]*(>>?|<|<>|>\|)|&>>?)$/;
const SEPARATOR = new Set(['&&', '||', '|', '|&', ';', ';;', '&', '\n', '(', ')']);

const CONDITION_START = new Set(['if', 'elif', 'while', 'until']);
const CONDITION_END = new Set(['then', 'do']);

function parseCommands(script: string, base = 0): Parsed {
  const nested: Parsed[] = [];
  const tokens = tokenize(script, nested, base);
  const commands: ShellCommand[] = [];
  const pipelines: ShellPipeline[] = [];
  let words: Word[] = [];
  let skipping = false;
  // `case $x in a | b) …;; esac`: the words up to `)` are patterns, and their `|` is no pipe.
  let caseDepth = 0;
  let awaitingIn = false;
  let inPattern = false;
  let inCondition = false;
  let pipe: { commands: ShellCommand[]; isCondition: boolean } | null = null;
  const flush = (endedBy: string) => {
    const assignments: string[] = [];
    let negated = false;
    let k = 0;
    while (k < words.length && (RESERVED_PREFIX.has(words[k]!.text) || /^[A-Za-z_]\w*\+?=/.test(words[k]!.text))) {
      const text = words[k]!.text;
      if (CONDITION_START.has(text)) inCondition = true;
      else if (CONDITION_END.has(text)) inCondition = false;
      else if (text === '!') negated = true;
      else if (!RESERVED_PREFIX.has(text)) assignments.push(text);
      k++;
    }
    const rest = words.slice(k).filter((w) => !RESERVED_ALONE.has(w.text) || w !== words[k]);
    let command: ShellCommand | null = null;
    if (rest.length && !['for', 'case', 'select', 'function'].includes(rest[0]!.text) && !RESERVED_ALONE.has(rest[0]!.text)) {
      command = { name: rest[0]!.text, args: rest.slice(1).map((w) => w.text), offset: rest[0]!.offset, endedBy, assignments };
      commands.push(command);
    }
    const piped = endedBy === '|' || endedBy === '|&';
    if (command && (piped || pipe)) {
      pipe ??= { commands: [], isCondition: inCondition || negated };
      pipe.commands.push(command);
    }
    if (!piped) {
      if (pipe && pipe.commands.length > 1) pipelines.push(pipe);
      pipe = null;
    }
    words = [];
  };
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (inPattern) {
      if ('op' in token) { if (token.op === ')') inPattern = false; continue; }
      if (token.text === 'esac') { caseDepth--; inPattern = false; }
      // `amd64)` is read as one word: its `)` ends the pattern all the same.
      else if (token.text.endsWith(')')) inPattern = false;
      continue;
    }
    if ('op' in token) {
      if (token.op.startsWith('<<')) { t++; continue; }
      if (REDIRECT.test(token.op) || /[<>]&/.test(token.op)) {
        // `2>&1` carries its target; `> file` takes the next word.
        if (!/&[0-9-]+$/.test(token.op)) t++;
        continue;
      }
      if (SEPARATOR.has(token.op)) {
        if (!skipping) flush(token.op);
        words = [];
        if (token.op === '\n' || token.op === ';') skipping = false;
        if (token.op === ';;' && caseDepth > 0) inPattern = true;
        continue;
      }
      continue;
    }
    // `for x in a b c; do` and `case $x in … esac`: the words before `do`/`in` are no command.
    if (!words.length && (token.text === 'for' || token.text === 'select')) { skipping = true; continue; }
    if (skipping) { if (token.text === 'do') skipping = false; continue; }
    if (!words.length && token.text === 'case') { awaitingIn = true; continue; }
    if (awaitingIn) { if (token.text === 'in') { awaitingIn = false; caseDepth++; inPattern = true; } continue; }
    if (!words.length && token.text === 'esac' && caseDepth > 0) { caseDepth--; continue; }
    words.push(token);
  }
  if (!skipping) flush('');
  return {
    commands: [...commands, ...nested.flatMap((n) => n.commands)].sort((a, b) => a.offset - b.offset),
    pipelines: [...pipelines, ...nested.flatMap((n) => n.pipelines)],
  };
}

/** Reads a shell script (already joined: no Dockerfile line continuations left). */
export function parseShell(script: string): ParsedShell {
  const { commands, pipelines } = parseCommands(script);
  return { commands, hasPipe: pipelines.length > 0, pipelines };
}
