/** Markdown that renders otherwise than its author meant: a fence or `<pre>` never closed. */
import { sectionAt, excerptAt, say, type NotesCheck } from './types.js';

export const markupCheck: NotesCheck = {
  id: 'markdown',
  check({ doc, lang }) {
    return doc.markupProblems.flatMap((p) => {
      const section = sectionAt(doc, p.line) ?? doc.sections[0];
      if (!section) return [];
      return [{ file: doc.file, line: p.line, column: p.column, rule: 'markdown/unclosed-block', severity: 'warning' as const, message: say(lang, p.messageKo, p.message), suggestion: say(lang, p.suggestionKo, p.suggestion), excerpt: excerptAt(doc, p.line), section }];
    });
  },
};
