/**
 * explainshell for Docker: every token of a command line gets its role and the entry it maps to.
 * Pipelines, `&&`, `;` and `$(…)` are split; each docker invocation is parsed the way the docker CLI
 * parses it, and every mistake comes back as a problem with a corrected line.
 */
import type { ArgumentSpec, Bilingual } from '../../data/catalog/types.js';
import { HELP_OPTION, isDockerInvocation, parseDockerCommand, type ParsedDockerCommand } from '../commands/parse-docker-command.js';
import { commandId, optionId } from '../ingest/catalog-entries.js';
import { catalogContext, entryRef, type CatalogContext, type EntryRef } from '../knowledge/catalog-context.js';
import { splitSimpleCommands, tokenizeShell, type WordToken } from '../shell/tokenize-shell.js';
import { DrefError } from '../errors.js';
import { problemMessage, type MessageLang } from '../text/problem-messages.js';
import { describeBuildContext, describeContainer, describeContainerCommand, describeImage, describeOptionValue } from './describe-value.js';

export type TokenRole =
  | 'program' | 'command' | 'option' | 'option value' | 'image' | 'container' | 'path' | 'argument' | 'container command' | 'operator'
  | 'variable';

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

/** Explains a shell command line holding docker commands; its problems are written in `lang`. */
export function explainCommandLine(line: string, context: CatalogContext = catalogContext(), lang: MessageLang = 'en'): CommandLineExplanation {
  if (line.length > MAX_LINE_LENGTH) {
    throw new DrefError('BAD_INPUT', problemMessage(lang, 'input.lineTooLong', { length: line.length, limit: MAX_LINE_LENGTH }));
  }
  const tokens: ExplainedToken[] = [];
  const problems: ExplainProblem[] = [];
  explainInto(line, 0, line, context, tokens, problems, 0, lang);
  tokens.sort((a, b) => a.start - b.start || a.end - b.end);
  return { tokens, problems };
}

function explainInto(
  text: string, offset: number, fullLine: string, context: CatalogContext,
  tokens: ExplainedToken[], problems: ExplainProblem[], depth: number, lang: MessageLang,
): void {
  const { tokens: shellTokens, problems: shellProblems } = tokenizeShell(text, lang);
  for (const p of shellProblems) problems.push({ start: p.start + offset, end: p.end + offset, message: p.message, suggestion: null });
  let redirect = '';
  for (const t of shellTokens) {
    if ((t.kind === 'operator' && t.value !== '\n') || t.kind === 'redirect') {
      tokens.push({ text: t.value, start: t.start + offset, end: t.end + offset, role: 'operator', entry: null, ...(t.kind === 'redirect' ? { meaning: redirectMeaning(t.value) } : {}) });
      redirect = t.kind === 'redirect' ? t.value : '';
    } else if (t.kind === 'word' && t.isRedirectTarget) {
      // A here-document's word is the line that ends its text, and a here-string's word is the text: neither names a file.
      const hereDocument = /^\d*<<-?$/.test(redirect);
      tokens.push({ text: t.raw, start: t.start + offset, end: t.end + offset, role: hereDocument || redirect.endsWith('<<<') ? 'argument' : 'path', entry: null,
        ...(hereDocument ? { meaning: { ko: `여기 문서가 끝나는 줄: ${t.value}`, en: `The line that ends the here-document: ${t.value}` } } : {}) });
    }
  }
  for (const words of splitSimpleCommands(shellTokens)) {
    if (isDockerInvocation(words)) {
      const parsed = parseDockerCommand(words, context.index, lang);
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
          explainInto(text.slice(s.start, s.end), offset + s.start, fullLine, context, tokens, problems, depth + 1, lang);
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
  for (const w of words.slice(0, words.indexOf(parsed.program))) {
    tokens.push(/^[A-Za-z_][A-Za-z0-9_]*=/.test(w.value) ? { ...token(w, offset, 'variable', null), meaning: variableMeaning(w.value) } : token(w, offset, 'program', null));
  }
  const compose1 = parsed.program.value.endsWith('docker-compose') ? context.index.bySpelling('compose') : undefined;
  tokens.push(token(parsed.program, offset, 'program', entryRef(context, commandId(compose1 ?? global))));
  const spec = parsed.command?.spec;
  for (const t of parsed.command?.tokens ?? []) tokens.push(token(t, offset, 'command', entryRef(context, spec ? commandId(spec) : undefined)));
  for (const o of parsed.options) {
    const owner = o.scope === 'global' ? global : o.owner ?? spec;
    // `--help`, and a flag the command accepts but hides (`volume create --name`), which has no entry of its own: the
    // command's entry, with the flag's summary as its meaning.
    const own = o.spec && owner && o.spec !== HELP_OPTION ? entryRef(context, optionId(owner, o.spec)) : null;
    const byCommand = o.spec && owner && !own ? entryRef(context, commandId(owner)) : null;
    const entry = own ?? byCommand;
    tokens.push({ text: textAt(words, o.flagSpan), start: o.flagSpan.start + offset, end: o.flagSpan.end + offset, role: 'option', entry,
      ...(byCommand && o.spec ? { meaning: o.spec.summary } : {}) });
    if (o.value) {
      const meaning = o.spec ? describeOptionValue(o.spec, o.value.text, o.scope === 'global' ? '' : spec?.name) : null;
      tokens.push({ text: textAt(words, o.value.span), start: o.value.span.start + offset, end: o.value.span.end + offset, role: 'option value', entry, ...(meaning ? { meaning } : {}) });
    }
  }
  for (const w of parsed.globalSubstitutions ?? []) tokens.push({ ...token(w, offset, 'option', entryRef(context, commandId(global))), meaning: SUBSTITUTED_OPTIONS_MEANING });
  for (const w of parsed.optionSlots ?? []) tokens.push({ ...token(w, offset, 'option', entryRef(context, spec ? commandId(spec) : undefined)), meaning: OPTIONS_SLOT_MEANING });
  // `docker images nginx`, `docker save nginx` and `pull/push --all-tags` mean every tag of a name without one.
  const allTags = spec?.name === 'images' || spec?.name === 'save' || parsed.options.some((o) => o.spec?.long === '--all-tags');
  let commandStarted = false;
  for (const a of parsed.args) {
    const role = a.isContainerCommand ? 'container command' : roleOf(a.spec);
    const isTarget = /^(TARGET_IMAGE|REPOSITORY)/.test(a.spec?.name ?? '') && spec?.name !== 'images';
    const meaning = describeArgument(role, a.token.value, spec?.name, a.isContainerCommand && !commandStarted, allTags, isTarget);
    if (a.isContainerCommand) commandStarted = true;
    tokens.push({ ...token(a.token, offset, role, null), ...(meaning ? { meaning } : {}) });
  }
}

const SUBSTITUTED_OPTIONS_MEANING: Bilingual = {
  en: 'docker options printed by the command inside, such as docker-machine config (--tlsverify, -H, …)',
  ko: '안쪽 명령(docker-machine config 등)이 출력하는 docker 옵션(--tlsverify, -H 등)으로 바뀜',
};
const OPTIONS_SLOT_MEANING: Bilingual = { en: "stands for any of the command's options", ko: '이 명령의 옵션이 들어갈 자리' };

/** What a positional argument names, in words, where there is something to say beyond its role. */
function describeArgument(
  role: TokenRole, value: string, command: string | undefined, startsContainerCommand: boolean, allTags: boolean, isTarget: boolean,
): Bilingual | null {
  if (startsContainerCommand) return describeContainerCommand(value);
  if (role === 'image') return describeImage(value, allTags, isTarget);
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

/** What a redirection does with the command's input or output. */
function redirectMeaning(op: string): Bilingual {
  const fd = /^\d+/.exec(op)?.[0];
  const target = /&(\d+|-)$/.exec(op)?.[1];
  if (op.endsWith('<<<')) return { ko: '뒤의 글을 명령의 표준 입력으로 넣음 (here-string)', en: "Feed the text that follows into the command's standard input (a here-string)" };
  if (/<<-?$/.test(op)) return { ko: '다음 줄부터 끝 단어만 있는 줄까지를 명령의 표준 입력으로 넣음 (here-document)', en: "Feed the lines that follow, up to the one holding only the end word, into the command's standard input (a here-document)" };
  if (op.startsWith('<')) return { ko: '뒤의 파일을 명령의 표준 입력으로 넣음', en: "Feed the file that follows into the command's standard input" };
  if (target === '-') return { ko: `${fd ?? '1'}번 출력을 닫음`, en: `Close output ${fd ?? '1'}` };
  if (target) return { ko: `${fd === '2' ? '표준 에러' : `${fd ?? '1'}번 출력`}를 ${target === '1' ? '표준 출력' : `${target}번`}과 같은 곳으로 보냄`, en: `Send ${fd === '2' ? 'standard error' : `output ${fd ?? '1'}`} where ${target === '1' ? 'standard output' : `output ${target}`} goes` };
  const both = op.startsWith('&');
  const append = op.includes('>>');
  const what = both ? { ko: '표준 출력과 에러', en: 'Standard output and error' } : fd === '2' ? { ko: '표준 에러', en: 'Standard error' } : { ko: '표준 출력', en: 'Standard output' };
  return append
    ? { ko: `${what.ko}를 뒤의 파일 끝에 덧붙임`, en: `${what.en} appended to the file that follows` }
    : { ko: `${what.ko}를 뒤의 파일에 씀 (있던 내용은 지워짐)`, en: `${what.en} written to the file that follows (replacing what it held)` };
}

/** What a `NAME=value` before the command does. */
function variableMeaning(assignment: string): Bilingual {
  const [name, ...rest] = assignment.split('=');
  const value = rest.join('=');
  if (name === 'DOCKER_BUILDKIT') {
    return value === '0'
      ? { ko: '이번 실행에만 레거시 빌더를 씀 (BuildKit 끔)', en: 'Use the legacy builder for this run (BuildKit off)' }
      : { ko: '이번 실행에 BuildKit 빌더를 씀 (Docker 23부터 기본값)', en: 'Use BuildKit for this run (the default since Docker 23)' };
  }
  return { ko: `이 명령에만 환경 변수 ${name}을(를) \`${value}\`(으)로 설정`, en: `Set the environment variable ${name} to \`${value}\` for this command only` };
}

/** The raw text of a span, found in the word that holds it. */
function textAt(words: readonly WordToken[], span: { start: number; end: number }): string {
  const w = words.find((x) => x.start <= span.start && span.end <= x.end);
  return w ? w.raw.slice(span.start - w.start, span.end - w.start) : '';
}
