/** Finds `${NAME}` placeholders in command lines that are one or two letters off a name the same section introduces. */
import { editDistance } from '../text/did-you-mean.js';
import { excerptAt, say, type ErratumRecord, type NotesCheck } from './types.js';

const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

export const variableTyposCheck: NotesCheck = {
  id: 'variable',
  check(context) {
    const errata: ErratumRecord[] = [];
    for (const section of context.doc.sections) {
      const uses: { name: string; line: number; column: number }[] = [];
      for (let l = section.startLine; l <= section.endLine; l++) {
        for (const m of (context.doc.lines[l - 1] ?? '').matchAll(VARIABLE)) uses.push({ name: m[1]!, line: l, column: m.index! + 1 });
      }
      const counts = new Map<string, number>();
      for (const u of uses) counts.set(u.name, (counts.get(u.name) ?? 0) + 1);
      for (const use of uses) {
        const intended = uses.find((u) => u.line < use.line && u.name !== use.name && editDistance(u.name, use.name) <= 2 && u.name.length >= 4);
        if (!intended || (counts.get(use.name) ?? 0) > 1) continue;
        const example = context.examples.find((e) => e.node.startLine <= use.line && use.line <= e.node.endLine);
        errata.push({
          file: context.doc.file, line: use.line, column: use.column, rule: 'variable/typo', severity: 'error',
          message: say(context.lang, `\${${use.name}}은(는) ${intended.line}번 줄에서 정한 변수 \${${intended.name}}이(가) 아닙니다`,
            `\${${use.name}} is not the variable introduced on line ${intended.line}, \${${intended.name}}`),
          suggestion: (example?.text ?? excerptAt(context.doc, use.line)).replace(`\${${use.name}}`, `\${${intended.name}}`),
          excerpt: excerptAt(context.doc, use.line), section, ...(example ? { example } : {}),
        });
      }
    }
    return errata;
  },
};
