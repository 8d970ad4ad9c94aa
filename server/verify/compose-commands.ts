/**
 * A Compose `command:` or `entrypoint:` written as one string with shell operators
 * (`command: ./wait-for db:27017 && npm start`): Compose splits the string into words itself and
 * runs no shell, so `&&`, `||`, `;`, `|` and `>` reach the program as arguments. The fix wraps the
 * string in `sh -c`. Read in code blocks only, on lines that are a YAML `command:`/`entrypoint:` key.
 */
import { excerptAt, say, sectionAt, type ErratumRecord, type NotesCheck } from './types.js';

const KEY = /^(\s*-?\s*)(command|entrypoint):\s+(.+?)\s*(?:\s#.*)?$/;
const SHELL_OPERATOR = /\s(&&|\|\||;|\||>>?)\s/;
/** Already run by a shell: `sh -c "…"`, `bash -c '…'`. */
const RUNS_A_SHELL = /^["']?(\/bin\/|\/usr\/bin\/)?(sh|bash|ash|dash|zsh)\s+-\w*c\b/;

export const composeCommandsCheck: NotesCheck = {
  id: 'compose',
  check(context) {
    const errata: ErratumRecord[] = [];
    for (const section of context.doc.sections) {
      for (const node of section.nodes) {
        if (node.kind !== 'passage' || !node.isCode) continue;
        for (let line = node.startLine; line <= node.endLine; line++) {
          const raw = context.doc.lines[line - 1] ?? '';
          const m = KEY.exec(raw);
          // A list (`[…]`) or a block scalar (`|`, `>`) is another form; only the plain string form is split without a shell.
          if (!m || /^[[|>]/.test(m[3]!) || RUNS_A_SHELL.test(m[3]!)) continue;
          const value = m[3]!.replace(/^(["'])(.*)\1$/, '$2');
          const operator = SHELL_OPERATOR.exec(` ${value} `);
          if (!operator) continue;
          const quoted = value.includes('"') ? `'${value}'` : `"${value}"`;
          errata.push({
            file: context.doc.file, line, column: m[1]!.length + 1, rule: 'compose/command-without-shell', severity: 'error',
            message: say(context.lang,
              `Compose는 ${m[2]}: 문자열을 셸 없이 단어로 나누어 실행하므로 \`${operator[1]}\`이(가) 프로그램의 인자로 넘어갑니다(sh -c로 감싸세요)`,
              `Compose splits a ${m[2]}: string into words and runs no shell, so \`${operator[1]}\` is passed to the program as an argument (wrap it in sh -c)`),
            suggestion: `${m[2]}: sh -c ${quoted}`, excerpt: excerptAt(context.doc, line), section: sectionAt(context.doc, line) ?? section,
          });
        }
      }
    }
    return errata;
  },
};
