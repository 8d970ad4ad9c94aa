/**
 * A code span closed one letter too early: `` `docker ru`n ``. Its last word is no docker command
 * but becomes one with the letters glued after the backtick, so the reader sees `docker ru` and a
 * stray n. (`` `container`s `` is fine: the span's word is already what it names.)
 */
import { excerptAt, say, sectionAt, type ErratumRecord, type NotesCheck } from './types.js';

const SPAN_THEN_LETTERS = /`(docker(?:\s+[a-z][\w-]*)+)`([a-z]+)(?![\w`])/g;

export const splitCodeSpansCheck: NotesCheck = {
  id: 'markdown',
  check(context) {
    const errata: ErratumRecord[] = [];
    context.doc.lines.forEach((text, i) => {
      const line = i + 1;
      // Every match starts with a code span opening on docker: most lines hold none.
      if (!text.includes('`docker')) return;
      const section = sectionAt(context.doc, line);
      if (!section) return;
      for (const m of text.matchAll(SPAN_THEN_LETTERS)) {
        const words = m[1]!.split(/\s+/).slice(1);
        const joined = [...words.slice(0, -1), words.at(-1)! + m[2]!];
        const written = context.index.resolve(words);
        const meant = context.index.resolve(joined);
        // The glued letters complete the command word: no command is named as written, one is with them.
        if ((written && written.length === words.length) || !meant || meant.length !== joined.length) continue;
        const fixed = `\`docker ${joined.join(' ')}\``;
        errata.push({
          file: context.doc.file, line, column: m.index! + 1, rule: 'markdown/split-code-span', severity: 'warning',
          message: say(context.lang, `코드 표시(\`)가 한 글자 일찍 닫혀 \`${m[1]}\`와(과) "${m[2]}"(으)로 나뉘었습니다. ${fixed}을(를) 뜻한 것으로 보입니다`,
            `the code span closes too early, splitting it into \`${m[1]}\` and "${m[2]}"; ${fixed} was meant`),
          suggestion: text.slice(0, m.index!) + fixed + text.slice(m.index! + m[0].length),
          excerpt: excerptAt(context.doc, line), section,
        });
      }
    });
    return errata;
  },
};
