/**
 * explainshell for Docker: every token of a command line gets its role and the entry it maps to.
 * Pipelines, `&&`, `;` and `$(…)` are split; each docker invocation is parsed the way the docker CLI
 * parses it, and every mistake comes back as a problem with a corrected line.
 */
import type { ArgumentSpec, Bilingual } from '../../data/catalog/types.js';
import { isDockerInvocation, parseDockerCommand, type ParsedDockerCommand } from '../commands/parse-docker-command.js';
import { commandId, optionId } from '../ingest/catalog-entries.js';
import { catalogContext, entryRef, type CatalogContext, type EntryRef } from '../knowledge/catalog-context.js';
import { splitSimpleCommands, tokenizeShell, type WordToken } from '../shell/tokenize-shell.js';
import { DrefError } from '../errors.js';
import { describeBuildContext, describeContainer, describeContainerCommand, describeImage, describeOptionValue } from './describe-value.js';

export type TokenRole =
  | 'program' | 'command' | 'option' | 'option value' | 'image' | 'container' | 'path' | 'argument' | 'container command' | 'operator';

export interface ExplainedToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly role: TokenRole;
  readonly entry: EntryRef | null;
  /** What this value says here (`8080:80`: host port 8080 → container port 80/tcp), when it can be read. */
  readonly meaning?: Bilingual;
}

export interface ExplainProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** The whole line, corrected, when there is a fix. */
  readonly suggestion: string | null;
}

export interface CommandLineExplanation {
  readonly tokens: readonly ExplainedToken[];
  readonly problems: readonly ExplainProblem[];
}

export const MAX_LINE_LENGTH = 10_000;
const MAX_DEPTH = 4;

/** Explains a shell command line holding docker commands. */
export function explainCommandLine(line: string, context: CatalogContext = catalogContext()): CommandLineExplanation {
  if (line.length > MAX_LINE_LENGTH) {
    throw new DrefError('BAD_INPUT', `the command line is ${line.length} characters long; the limit is ${MAX_LINE_LENGTH}`);
  }
  const tokens: ExplainedToken[] = [];
  const problems: ExplainProblem[] = [];
  explainInto(line, 0, line, context, tokens, problems, 0);
  tokens.sort((a, b) => a.start - b.start || a.end - b.end);
  return { tokens, problems };
}

function explainInto(
  text: string, offset: number, fullLine: string, context: CatalogContext,
  tokens: ExplainedToken[], problems: ExplainProblem[], depth: number,
): void {
  const { tokens: shellTokens, problems: shellProblems } = tokenizeShell(text);
  for (const p of shellProblems) problems.push({ start: p.start + offset, end: p.end + offset, message: p.message, suggestion: null });
  for (const t of shellTokens) {
    if (t.kind === 'operator' && t.value !== '\n') {
      tokens.push({ text: t.value, start: t.start + offset, end: t.end + offset, role: 'operator', entry: null });
    }
  }
  for (const words of splitSimpleCommands(shellTokens)) {
    if (isDockerInvocation(words)) {
      const parsed = parseDockerCommand(words, context.index);
      addDockerTokens(parsed, words, offset, context, tokens);
      for (const p of parsed.problems) {
        const fixed = p.fix ? fullLine.slice(0, p.fix.start + offset) + p.fix.text + fullLine.slice(p.fix.end + offset) : null;
        problems.push({ start: p.start + offset, end: p.end + offset, message: p.message, suggestion: fixed });
      }
    } else {
      words.forEach((w, i) => tokens.push(token(w, offset, i === 0 ? 'program' : 'argument', null)));
    }
    if (depth < MAX_DEPTH) {
      for (const w of words) {
        for (const s of w.substitutions) {
          explainInto(text.slice(s.start, s.end), offset + s.start, fullLine, context, tokens, problems, depth + 1);
        }
      }
    }
  }
}

function token(w: WordToken, offset: number, role: TokenRole, entry: EntryRef | null): ExplainedToken {
  return { text: w.raw, start: w.start + offset, end: w.end + offset, role, entry };
}

function addDockerTokens(parsed: ParsedDockerCommand, words: readonly WordToken[], offset: number, context: CatalogContext, tokens: ExplainedToken[]): void {
  const global = context.index.global;
  const sudo = words[0]?.value === 'sudo' ? words[0] : undefined;
  if (sudo) tokens.push(token(sudo, offset, 'program', null));
  tokens.push(token(parsed.program, offset, 'program', entryRef(context, commandId(global))));
  const spec = parsed.command?.spec;
  for (const t of parsed.command?.tokens ?? []) tokens.push(token(t, offset, 'command', entryRef(context, spec ? commandId(spec) : undefined)));
  for (const o of parsed.options) {
    const owner = o.scope === 'global' ? global : spec;
    const entry = o.spec && owner ? entryRef(context, optionId(owner, o.spec)) : null;
    tokens.push({ text: textAt(words, o.flagSpan), start: o.flagSpan.start + offset, end: o.flagSpan.end + offset, role: 'option', entry });
    if (o.value) {
      const meaning = o.spec ? describeOptionValue(o.spec, o.value.text, o.scope === 'global' ? '' : spec?.name) : null;
      tokens.push({ text: textAt(words, o.value.span), start: o.value.span.start + offset, end: o.value.span.end + offset, role: 'option value', entry, ...(meaning ? { meaning } : {}) });
    }
  }
  // `docker images nginx`, `docker save nginx` and `pull/push --all-tags` mean every tag of a name without one.
  const allTags = spec?.name === 'images' || spec?.name === 'save' || parsed.options.some((o) => o.spec?.long === '--all-tags');
  let commandStarted = false;
  for (const a of parsed.args) {
    const role = a.isContainerCommand ? 'container command' : roleOf(a.spec);
    const meaning = describeArgument(role, a.token.value, spec?.name, a.isContainerCommand && !commandStarted, allTags);
    if (a.isContainerCommand) commandStarted = true;
    tokens.push({ ...token(a.token, offset, role, null), ...(meaning ? { meaning } : {}) });
  }
}

/** What a positional argument names, in words, where there is something to say beyond its role. */
function describeArgument(role: TokenRole, value: string, command: string | undefined, startsContainerCommand: boolean, allTags: boolean): Bilingual | null {
  if (startsContainerCommand) return describeContainerCommand(value);
  if (role === 'image') return describeImage(value, allTags);
  if (role === 'container') return describeContainer(value);
  if (role === 'path' && command === 'build') return describeBuildContext(value);
  return null;
}

function roleOf(spec: ArgumentSpec | undefined): TokenRole {
  switch (spec?.role) {
    case 'image': return 'image';
    case 'container': return 'container';
    case 'path': case 'file': return 'path';
    case 'command': return 'container command';
    default: return 'argument';
  }
}

/** The raw text of a span, found in the word that holds it. */
function textAt(words: readonly WordToken[], span: { start: number; end: number }): string {
  const w = words.find((x) => x.start <= span.start && span.end <= x.end);
  return w ? w.raw.slice(span.start - w.start, span.end - w.start) : '';
}
