/**
 * Checks every Dockerfile snippet in the notes with a real parser and validator (dockerfile-utils,
 * on dockerfile-ast), plus the mistakes it lets through: `ARG a = b`, the legacy `ENV key value`
 * form, and a path that is one typo away from a path used elsewhere in the same Dockerfile.
 */
import { DockerfileParser, validate, ValidationCode } from '../dockerfile/dockerfile-libraries.js';
import { leadingInstruction } from '../dockerfile/instruction-names.js';
import { validatorMessageIn, validatorSuggestionIn } from '../dockerfile/validator-messages.js';
import type { DockerfileNode, SnippetLine } from '../notes/types.js';
import type { NoteExample } from '../ingest/link-notes.js';
import { editDistance } from '../text/did-you-mean.js';
import { excerptAt, say, type ErratumRecord, type NotesCheck, type NotesCheckContext } from './types.js';

/** A finding inside one snippet, before it is placed in the notes. */
export interface SnippetFinding {
  /** 0-based index into the snippet's lines. */
  readonly index: number;
  readonly character: number;
  readonly rule: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly suggestion: string;
  /** The validator's code, for findings that come from it. */
  readonly code?: number;
}

/**
 * Validator findings about a line that builds and works as written: the linter's business, not a
 * mistake in the notes. A relative WORKDIR is relative to the previous one; MAINTAINER is deprecated
 * but still sets the author (BuildKit only warns), and notes that teach it are not wrong, while notes
 * that say it was removed are (claim/maintainer-removed).
 */
const STILL_BUILDS: ReadonlySet<number> = new Set([ValidationCode.WORKDIR_IS_NOT_ABSOLUTE, ValidationCode.DEPRECATED_MAINTAINER]);

export const dockerfileSnippetsCheck: NotesCheck = {
  id: 'dockerfile',
  check(context) {
    const errata: ErratumRecord[] = [];
    // The same snippet often recurs (shown again further on, notes copied from one course): each text is validated once.
    const findingsOf = new Map<string, readonly SnippetFinding[]>();
    for (const example of context.examples) {
      if (example.node.kind !== 'dockerfile') continue;
      const node = example.node;
      // `...` stands for lines left out: not an instruction, and read as an empty line (the others keep their places).
      const lines = node.lines.map((l) => (ELISION.test(l.text) ? '' : l.text));
      const key = lines.join('\n');
      let findings = findingsOf.get(key);
      if (!findings) findingsOf.set(key, (findings = checkSnippet(lines, context.lang)));
      for (const f of findings) {
        if (f.code !== undefined && STILL_BUILDS.has(f.code)) continue;
        errata.push(place(context, example, node, f));
      }
    }
    return errata;
  },
};

/** A line of notes' Dockerfile that only marks lines left out. */
const ELISION = /^\s*(?:\.{3,}|…|\(\.{3,}\)|#\s*\.{3,})\s*$/;

/** Checks a Dockerfile given as lines; exported for the lint engine and tests. */
export function checkSnippet(lines: readonly string[], lang: 'ko' | 'en' = 'en'): SnippetFinding[] {
  const text = lines.join('\n') + '\n';
  const partial = !lines.some((l) => leadingInstruction(l) === 'FROM');
  const findings: SnippetFinding[] = [];
  for (const d of validate(text)) {
    const code = Number(d.code);
    // A snippet without FROM is no Dockerfile but lines from one: it needs no FROM, and it may list an instruction's forms
    // one after another (CMD ["executable", …], CMD command param1), where more than one CMD is no mistake.
    if (partial && (code === ValidationCode.NO_SOURCE_IMAGE || code === ValidationCode.MULTIPLE_INSTRUCTIONS)) continue;
    const index = d.range.start.line;
    const line = lines[index] ?? '';
    findings.push({
      index, character: d.range.start.character, rule: `dockerfile/${ruleName(code)}`,
      code, severity: d.severity === 1 ? 'error' : 'warning', message: messageFor(code, typeof d.message === 'string' ? d.message : d.message.value, line, lang),
      suggestion: suggestFor(code, line, lines),
    });
  }
  findings.push(...ownChecks(text, lines, lang));
  // A usage template (`FROM [repository]:[tag]`) is not a Dockerfile line; a line whose comment is
  // read as arguments has one cause, reported by itself instead of the validator's consequences.
  const templates = new Set(lines.flatMap((l, i) => (isTemplateLine(l) ? [i] : [])));
  const own = new Map<number, string>();
  for (const f of findings) if (f.rule === 'dockerfile/comment-as-argument') own.set(f.index, f.rule);
  for (const f of findings) if (f.rule === 'dockerfile/comment-ends-continuation') own.set(f.index + 1, f.rule);
  return findings
    .filter((f) => !templates.has(f.index) && (!own.has(f.index) || f.rule.startsWith('dockerfile/comment-')))
    .sort((a, b) => a.index - b.index || a.character - b.character);
}

/** `[repository]`, `<image>`, `[이름]`: a placeholder of a usage template, not shell or JSON. */
const PLACEHOLDER = /(?:^|[\s:=@/])(?:\[[\p{L}_][\p{L}\p{N}_ .-]*\]|<[\p{L}_][\p{L}\p{N}_ .-]*>)/u;

/** A line that shows an instruction's form with placeholders rather than a real instruction. */
export function isTemplateLine(line: string): boolean {
  return PLACEHOLDER.test(line.replace(/"[^"]*"/g, '""'));
}

/** Instructions whose arguments no shell reads, so a `#` among them is an argument. */
const NO_SHELL = new Set(['FROM', 'COPY', 'ADD', 'WORKDIR', 'ENV', 'ARG', 'EXPOSE', 'LABEL', 'USER', 'VOLUME', 'STOPSIGNAL', 'MAINTAINER']);

function ruleName(code: number): string {
  const name = (ValidationCode as unknown as Record<number, string>)[code] ?? String(code);
  return name.toLowerCase().replace(/_/g, '-');
}

/** The validator's message, made specific where it can be (it upper-cases the unknown word). */
function messageFor(code: number, message: string, line: string, lang: 'ko' | 'en'): string {
  const glued = /^\s*([A-Za-z]+)(\[.*)$/.exec(line);
  if (code === ValidationCode.UNKNOWN_INSTRUCTION && glued && leadingInstruction(glued[1]!)) {
    const name = glued[1]!.toUpperCase();
    return say(lang, `\`${line.trim()}\`은(는) 명령어가 아닙니다. ${name}와(과) JSON 배열 사이에 공백이 있어야 합니다`,
      `\`${line.trim()}\` is not an instruction: ${name} needs a space before its JSON array`);
  }
  if (code === ValidationCode.ARGUMENT_REQUIRES_AT_LEAST_TWO && /^\s*(COPY|ADD)\b/i.test(line)) {
    const name = /^\s*(\w+)/.exec(line)![1]!.toUpperCase();
    return say(lang, `${name}에는 원본과 대상이 모두 필요한데 이 줄에는 대상이 없습니다`, `${name} needs a source and a destination; this line has no destination`);
  }
  return validatorMessageIn(lang, code, message);
}

/** The corrected line for a validator finding. */
function suggestFor(code: number, line: string, lines: readonly string[]): string {
  switch (code) {
    case ValidationCode.UNKNOWN_INSTRUCTION: {
      const glued = /^(\s*)([A-Za-z]+)(\[.*)$/.exec(line);
      if (glued && leadingInstruction(glued[2]!)) return `${glued[2]!.toUpperCase()} ${glued[3]}`;
      return 'use one of the 18 Dockerfile instructions (FROM, RUN, CMD, COPY, …)';
    }
    case ValidationCode.ARGUMENT_REQUIRES_AT_LEAST_TWO:
      return /^\s*(COPY|ADD)\b/i.test(line) ? `${line.trim()} .` : line.trim();
    case ValidationCode.CASING_INSTRUCTION:
      return line.trim().replace(/^[A-Za-z]+/, (w) => w.toUpperCase());
    case ValidationCode.DEPRECATED_MAINTAINER: {
      const who = line.trim().replace(/^MAINTAINER\s+/i, '').replace(/"/g, '\\"');
      return `LABEL maintainer="${who}"`;
    }
    case ValidationCode.MULTIPLE_INSTRUCTIONS:
      return 'keep one: only the last of them takes effect';
    default:
      return lines.length ? 'see the instruction\'s entry for its syntax' : '';
  }
}

/** Mistakes the validator does not report. */
function ownChecks(text: string, lines: readonly string[], lang: 'ko' | 'en'): SnippetFinding[] {
  const findings: SnippetFinding[] = [];
  let continued = false;
  lines.forEach((line, index) => {
    const isContinuation = continued;
    continued = /\\\s*$/.test(line) || (continued && /^\s*#/.test(line));
    const keyword = isContinuation ? undefined : leadingInstruction(line);
    const comment = /\s(#.*)$/.exec(line);
    if (keyword && NO_SHELL.has(keyword) && comment && !/["'`]/.test(line.slice(0, comment.index)) && !isContinuation) {
      const before = line.slice(0, comment.index).trim();
      findings.push({
        index, character: comment.index + 1, rule: 'dockerfile/comment-as-argument', severity: 'error',
        message: say(lang, `\`${comment[1]!.trim()}\`은(는) 주석이 아닙니다. Dockerfile의 주석은 #으로 시작하는 줄뿐이라 ${keyword}가 이 단어들을 인자로 받습니다(주석을 위쪽 별도 줄로 옮기세요)`, `\`${comment[1]!.trim()}\` is not a comment: a Dockerfile comment is a line that starts with #, so ${keyword} takes these words as arguments (move it to a line of its own above)`),
        suggestion: before,
      });
    }
    const afterBackslash = /\\\s+(#.*)$/.exec(line);
    if (afterBackslash && index + 1 < lines.length && !/["']/.test(line.slice(afterBackslash.index))) {
      findings.push({
        index, character: afterBackslash.index, rule: 'dockerfile/comment-ends-continuation', severity: 'error',
        message: say(lang, `\\ 뒤에 \`${afterBackslash[1]!.trim()}\`이(가) 있어 \\가 줄의 마지막 글자가 아니므로 줄이 이어지지 않습니다. 다음 줄은 별개의 명령어가 됩니다(주석을 별도 줄로 옮기세요)`, `the \\ is not the last character of the line (\`${afterBackslash[1]!.trim()}\` follows it), so it does not continue the line: the next line becomes an instruction of its own (move the comment to a line of its own)`),
        suggestion: `${line.slice(0, afterBackslash.index).trimStart()}\\`,
      });
    }
    const arg = /^\s*ARG\s+([A-Za-z_][\w]*)\s+=\s*(.*)$/i.exec(line) ?? /^\s*ARG\s+([A-Za-z_][\w]*)\s*=\s+(.*)$/i.exec(line);
    if (arg) {
      findings.push({
        index, character: line.indexOf('='), rule: 'dockerfile/arg-spaces-around-equals', severity: 'error',
        message: say(lang, 'ARG는 = 앞뒤에 공백 없이 이름=값으로 씁니다. 공백이 있으면 빌드가 실패합니다', 'ARG takes name=value with no spaces around =; with spaces the build fails'),
        suggestion: `ARG ${arg[1]}=${arg[2]!.trim()}`,
      });
    }
    const legacy = /^\s*(ENV|LABEL)\s+("?[A-Za-z_][\w.-]*"?)\s+([^=\s].*)$/i.exec(line);
    if (legacy && !legacy[2]!.includes('=') && !/=/.test(legacy[3]!.split(/\s+/)[0] ?? '')) {
      findings.push({
        index, character: line.indexOf(legacy[2]!), rule: 'dockerfile/legacy-key-value', severity: 'warning',
        message: say(lang, `\`${legacy[1]!.toUpperCase()} 키 값\` 형식은 예전 방식입니다. 키=값으로 쓰세요`, `the \`${legacy[1]!.toUpperCase()} key value\` form is legacy; write key=value`),
        suggestion: `${legacy[1]!.toUpperCase()} ${legacy[2]}=${quoteIfNeeded(legacy[3]!.trim())}`,
      });
    }
  });
  findings.push(...pathTypos(text, lines, lang));
  return findings;
}

function quoteIfNeeded(value: string): string {
  return /\s/.test(value) && !/^".*"$/.test(value) ? `"${value.replace(/"/g, '\\"')}"` : value;
}

/** Absolute paths one edit apart (`/var/ww/html` next to `/var/www/html`): the rarer one is likely a typo. */
function pathTypos(text: string, lines: readonly string[], lang: 'ko' | 'en'): SnippetFinding[] {
  const dockerfile = DockerfileParser.parse(text);
  const uses: { path: string; index: number; character: number }[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword();
    if (!['WORKDIR', 'COPY', 'ADD', 'VOLUME'].includes(keyword)) continue;
    for (const arg of instruction.getArguments()) {
      const value = arg.getValue().replace(/^\[?"?|"?,?\]?$/g, '');
      if (value.startsWith('/') && value.length >= 6) {
        uses.push({ path: value.replace(/\/$/, ''), index: arg.getRange().start.line, character: arg.getRange().start.character });
      }
    }
  }
  const findings: SnippetFinding[] = [];
  const count = (path: string) => uses.filter((u) => u.path === path).length;
  for (const use of uses) {
    // The look-alike used before, and not less often: of /mydir (three times) and /mkdir (once), /mkdir is the slip.
    const twin = uses.find((u) => u.path !== use.path && editDistance(u.path, use.path) === 1
      && !u.path.startsWith(use.path) && !use.path.startsWith(u.path) && u.index < use.index && count(u.path) >= count(use.path));
    if (twin) {
      findings.push({
        index: use.index, character: use.character, rule: 'dockerfile/path-typo', severity: 'warning',
        message: say(lang, `\`${use.path}\`은(는) 위에서 쓴 \`${twin.path}\`와(과) 한 글자만 달라 오타로 보입니다`, `\`${use.path}\` differs by one character from \`${twin.path}\` used above; probably a typo`),
        suggestion: (lines[use.index] ?? '').trim().replace(use.path, twin.path),
      });
    }
  }
  return findings;
}

function place(context: NotesCheckContext, example: NoteExample, node: DockerfileNode, f: SnippetFinding): ErratumRecord {
  const line: SnippetLine = node.lines[f.index] ?? node.lines[0]!;
  const entry = leadingInstruction(line.text);
  return {
    file: context.doc.file, line: line.line, column: line.column + f.character, rule: f.rule, severity: f.severity,
    message: f.message, suggestion: validatorSuggestionIn(context.lang, f.suggestion), excerpt: excerptAt(context.doc, line.line), section: example.section, example,
    ...(entry ? { entryId: `instruction:${entry}` } : {}),
  };
}
