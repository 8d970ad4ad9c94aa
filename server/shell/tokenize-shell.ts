/**
 * A quote-aware shell tokenizer that keeps every token's [start, end) in the input, so explain and
 * the notes verifier can point at the exact characters. It understands single and double quotes,
 * backslash escapes, `\`-newline continuations, `$(…)` and backquotes, the list operators `&& || | ; &` and
 * redirections (`> file`, `2>&1`, `< in.tar`), whose target word is marked and left out of the command.
 */
import { problemMessage, type MessageLang } from '../text/problem-messages.js';
import { PLACEHOLDER_AT_START } from './placeholders.js';

export interface WordToken {
  readonly kind: 'word';
  /** The word after quote removal: what the program receives. */
  readonly value: string;
  /** The word as written. */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  /** Command substitutions inside the word, as offsets of their inner text. */
  readonly substitutions: readonly { readonly start: number; readonly end: number }[];
  /** True for the file a redirection reads or writes (`img.tar` of `> img.tar`): not an argument of the command. */
  readonly isRedirectTarget?: boolean;
}

/** A redirection operator (`>`, `>>`, `2>`, `2>&1`, `<`, `&>`). */
export interface RedirectToken {
  readonly kind: 'redirect';
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export interface OperatorToken {
  readonly kind: 'operator';
  readonly value: '&&' | '||' | '|' | ';' | '&' | '\n';
  readonly start: number;
  readonly end: number;
}

export type ShellToken = WordToken | OperatorToken | RedirectToken;

/** A problem the tokenizer found, such as an unterminated quote. */
export interface TokenizeProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

export interface TokenizeResult {
  readonly tokens: readonly ShellToken[];
  readonly problems: readonly TokenizeProblem[];
}

const OPERATORS = ['&&', '||', '|', ';', '&'] as const;
/**
 * `[n]>`, `[n]>>`, `&>`, `[n]>&m`, `[n]<`, a here-string `<<<` and a here-document `<<`/`<<-` (whose word is the line that
 * ends it); a duplication (`2>&1`, `>&-`) has no target word.
 */
const REDIRECT = /^(\d*)(&>>|&>|>>|>&|<&|>\||<<<|<<-|<<|<>|>|<)(\d+\b|-)?/;

/** Splits a command line into words and operators. Never throws; problems are reported instead, in `lang`. */
export function tokenizeShell(input: string, lang: MessageLang = 'en'): TokenizeResult {
  const tokens: ShellToken[] = [];
  const problems: TokenizeProblem[] = [];
  let i = 0;
  const n = input.length;
  let targetNext = false;
  while (i < n) {
    const c = input[i]!;
    if (c === '\\' && input[i + 1] === '\n') { i += 2; continue; }
    if (c === '\\' && input[i + 1] === '\r' && input[i + 2] === '\n') { i += 3; continue; }
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '\n') { tokens.push({ kind: 'operator', value: '\n', start: i, end: i + 1 }); i++; continue; }
    if (c === '#' ) {
      while (i < n && input[i] !== '\n') i++;
      continue;
    }
    const redirect = c === '<' && PLACEHOLDER_AT_START.test(input.slice(i, i + 80)) ? null : REDIRECT.exec(input.slice(i, i + 12));
    if (redirect && (redirect[1] || !input.startsWith('&&', i))) {
      const duplicates = /&$/.test(redirect[2]!) && redirect[3] !== undefined;
      const text = duplicates ? redirect[0] : redirect[1]! + redirect[2]!;
      tokens.push({ kind: 'redirect', value: text, start: i, end: i + text.length });
      i += text.length;
      if (!duplicates) targetNext = true;
      continue;
    }
    const op = OPERATORS.find((o) => input.startsWith(o, i));
    if (op) { tokens.push({ kind: 'operator', value: op, start: i, end: i + op.length }); i += op.length; continue; }
    const start = i;
    let value = '';
    const substitutions: { start: number; end: number }[] = [];
    while (i < n) {
      const ch = input[i]!;
      if (ch === '<') {
        const placeholder = PLACEHOLDER_AT_START.exec(input.slice(i, i + 80));
        if (placeholder) { value += placeholder[0]; i += placeholder[0].length; continue; }
      }
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === ';' || ch === '|' || ch === '&' || ch === '>' || ch === '<') {
        break;
      }
      if (ch === '\\') {
        if (input[i + 1] === '\n') { i += 2; continue; }
        if (i + 1 < n) { value += input[i + 1]; i += 2; continue; }
        value += ch; i++; continue;
      }
      if (ch === "'") {
        const close = input.indexOf("'", i + 1);
        if (close < 0) {
          problems.push({ start: i, end: n, message: problemMessage(lang, 'shell.singleQuote') });
          value += input.slice(i + 1); i = n; break;
        }
        value += input.slice(i + 1, close); i = close + 1; continue;
      }
      if (ch === '"') {
        let j = i + 1;
        let closed = false;
        while (j < n) {
          const d = input[j]!;
          if (d === '\\' && j + 1 < n && '"\\$`\n'.includes(input[j + 1]!)) {
            if (input[j + 1] !== '\n') value += input[j + 1];
            j += 2; continue;
          }
          if (d === '"') { closed = true; break; }
          if (d === '`') {
            const close = input.indexOf('`', j + 1);
            substitutions.push({ start: j + 1, end: close < 0 ? n : close });
            value += input.slice(j, close < 0 ? n : close + 1);
            j = close < 0 ? n : close + 1; continue;
          }
          if (d === '$' && input[j + 1] === '(') {
            const end = matchParen(input, j + 1);
            substitutions.push({ start: j + 2, end: end < 0 ? n : end });
            value += input.slice(j, end < 0 ? n : end + 1);
            j = end < 0 ? n : end + 1; continue;
          }
          value += d; j++;
        }
        if (!closed) problems.push({ start: i, end: n, message: problemMessage(lang, 'shell.doubleQuote') });
        i = closed ? j + 1 : n; continue;
      }
      if (ch === '`') {
        // The old spelling of $(…): `docker ps -q`.
        const close = input.indexOf('`', i + 1);
        if (close < 0) problems.push({ start: i, end: n, message: problemMessage(lang, 'shell.backquote') });
        substitutions.push({ start: i + 1, end: close < 0 ? n : close });
        value += input.slice(i, close < 0 ? n : close + 1);
        i = close < 0 ? n : close + 1; continue;
      }
      if (ch === '$' && input[i + 1] === '(') {
        const end = matchParen(input, i + 1);
        if (end < 0) problems.push({ start: i, end: n, message: problemMessage(lang, 'shell.substitution') });
        substitutions.push({ start: i + 2, end: end < 0 ? n : end });
        value += input.slice(i, end < 0 ? n : end + 1);
        i = end < 0 ? n : end + 1; continue;
      }
      value += ch; i++;
    }
    tokens.push({ kind: 'word', value, raw: input.slice(start, i), start, end: i, substitutions, ...(targetNext ? { isRedirectTarget: true } : {}) });
    targetNext = false;
  }
  return { tokens, problems };
}

/** Index of the `)` matching the `(` at `open`, or -1. */
function matchParen(input: string, open: number): number {
  let depth = 0;
  for (let j = open; j < input.length; j++) {
    const ch = input[j];
    if (ch === '\\') { j++; continue; }
    if (ch === "'") { const close = input.indexOf("'", j + 1); if (close < 0) return -1; j = close; continue; }
    if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return j;
  }
  return -1;
}

/** Splits tokens into simple commands at list operators and newlines. */
export function splitSimpleCommands(tokens: readonly ShellToken[]): WordToken[][] {
  const commands: WordToken[][] = [];
  let current: WordToken[] = [];
  for (const t of tokens) {
    if (t.kind === 'operator') {
      if (current.length) commands.push(current);
      current = [];
    } else if (t.kind === 'word' && !t.isRedirectTarget) {
      current.push(t);
    }
  }
  if (current.length) commands.push(current);
  return commands;
}
