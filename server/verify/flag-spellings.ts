/**
 * Option names written wrong in prose, headings and inline code, where no command parser looks:
 * `—name` or `–name` (a word processor's dash for `--`), `-cpu-shares` (one dash before a
 * hyphenated long option) and `---detach` (a dash too many). Reported only when `--name` is an
 * option docker really has.
 */
import { excerptAt, say, sectionAt, type ErratumRecord, type NotesCheck } from './types.js';

const TYPOGRAPHIC = /(?<![\w-])([\u2010-\u2015\u2212]+-?)([a-z][a-z0-9]*(?:-[a-z0-9]+)*)/g;
const ONE_DASH = /(?<![\w-])-([a-z][a-z0-9]*(?:-[a-z0-9]+)+)(?![\w-])/g;
/** Three dashes or more before a name: a table's `| ---detach |`, never a rule line (`---` alone) or front matter. */
const EXTRA_DASHES = /(?<![\w-])-{3,}([a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?![\w-])/g;
/** What a TYPOGRAPHIC match starts with, and what every ONE_DASH match holds: a line without either is passed over. */
const ANY_DASH = /[\u2010-\u2015\u2212-]/;

export const flagSpellingsCheck: NotesCheck = {
  id: 'flag',
  check(context) {
    const longs = new Set(context.entries.filter((e) => e.kind === 'option').map((e) => e.name.slice(e.name.lastIndexOf(' ') + 1)));
    // Command lines and Dockerfiles have their own checks (which read these too); fenced code is code.
    const skip = new Set<number>();
    for (const e of context.examples) for (let l = e.node.startLine; l <= e.node.endLine; l++) skip.add(l);
    for (const s of context.doc.sections) for (const n of s.nodes) if (n.kind === 'passage' && n.isCode) for (let l = n.startLine; l <= n.endLine; l++) skip.add(l);
    const errata: ErratumRecord[] = [];
    context.doc.lines.forEach((text, i) => {
      const line = i + 1;
      if (skip.has(line) || !ANY_DASH.test(text)) return;
      const section = sectionAt(context.doc, line);
      if (!section) return;
      const report = (index: number, written: string, flag: string, ko: string, en: string) => errata.push({
        file: context.doc.file, line, column: index + 1, rule: 'flag/spelling', severity: 'warning',
        message: say(context.lang, ko, en), suggestion: excerptAt(context.doc, line).replace(written, flag), excerpt: excerptAt(context.doc, line), section,
      });
      for (const m of text.matchAll(TYPOGRAPHIC)) {
        const flag = `--${m[2]}`;
        if (longs.has(flag)) report(m.index!, m[0], flag, `\`${m[0]}\`의 ${m[1]}은(는) 하이픈이 아니라 대시 기호입니다. 옵션은 ${flag}입니다`, `\`${m[0]}\` starts with a typographic dash, not hyphens: the option is ${flag}`);
      }
      for (const m of text.matchAll(EXTRA_DASHES)) {
        const flag = `--${m[1]}`;
        if (longs.has(flag)) report(m.index!, m[0], flag, `\`${m[0]}\`은(는) 대시가 너무 많습니다. 옵션은 ${flag}입니다`, `\`${m[0]}\` has a dash too many: the option is ${flag}`);
      }
      for (const m of text.matchAll(ONE_DASH)) {
        const flag = `--${m[1]}`;
        if (longs.has(flag)) report(m.index!, m[0], flag, `\`${m[0]}\`은(는) 대시가 하나라 짧은 옵션들로 읽힙니다. 옵션은 ${flag}입니다`, `\`${m[0]}\` has one dash, so docker would read short flags: the option is ${flag}`);
      }
    });
    return errata;
  },
};
