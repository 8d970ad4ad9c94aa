/**
 * A Dockerfile instruction's name misspelled in the notes (`MANITAINER`, `ENTRYPIONT`): an upper-case
 * word that is no instruction but one slip (a letter changed, added, dropped, or two swapped) from
 * one of five letters or more. An instruction with an ending (LABELS, EXPOSED) is grammar, not a slip.
 */
import { INSTRUCTION_NAMES, isInstructionName } from '../dockerfile/instruction-names.js';
import { editDistance } from '../text/did-you-mean.js';
import { excerptAt, say, sectionAt, type ErratumRecord, type NotesCheck } from './types.js';

const LONG_NAMES = INSTRUCTION_NAMES.filter((n) => n.length >= 5);
const UPPER_WORD = /(?<![\w$/.-])[A-Z]{5,}(?![\w/.-])/g;
const FIVE_CAPITALS = /[A-Z]{5}/;

/** Upper-case words already judged: notes repeat theirs (NOTE, IMAGE, COPY…), and the answer depends on the word alone. */
const meantByWord = new Map<string, string | undefined>();

/** The instruction `word` is one slip from, if it is none itself and not one with an ending. */
export function instructionMeant(word: string): string | undefined {
  if (meantByWord.has(word)) return meantByWord.get(word);
  const meant = instructionMeantAfresh(word);
  // Bounded, for a long-lived server ingesting many notes.
  if (meantByWord.size >= 10_000) meantByWord.clear();
  meantByWord.set(word, meant);
  return meant;
}

function instructionMeantAfresh(word: string): string | undefined {
  if (isInstructionName(word)) return undefined;
  const near = LONG_NAMES.filter((n) => editDistance(word, n) === 1);
  if (near.length !== 1) return undefined;
  const name = near[0]!;
  return /^(S|ES|D|ED|ING|ER)$/.test(word.startsWith(name) ? word.slice(name.length) : '') ? undefined : name;
}

export const instructionTyposCheck: NotesCheck = {
  id: 'spelling',
  check(context) {
    // In a Dockerfile snippet an unknown instruction is the validator's finding.
    const dockerfiles = new Set<number>();
    for (const e of context.examples) if (e.kind === 'dockerfile') for (let l = e.node.startLine; l <= e.node.endLine; l++) dockerfiles.add(l);
    const errata: ErratumRecord[] = [];
    context.doc.lines.forEach((text, i) => {
      const line = i + 1;
      // Every UPPER_WORD match is five capitals in a row: most lines hold none.
      if (dockerfiles.has(line) || !FIVE_CAPITALS.test(text)) return;
      const section = sectionAt(context.doc, line);
      if (!section) return;
      for (const m of text.matchAll(UPPER_WORD)) {
        const meant = instructionMeant(m[0]);
        if (!meant) continue;
        errata.push({
          file: context.doc.file, line, column: m.index! + 1, rule: 'spelling/instruction', severity: 'warning',
          message: say(context.lang, `"${m[0]}"은(는) Dockerfile 명령어가 아닙니다. ${meant}의 오타로 보입니다`, `"${m[0]}" is no Dockerfile instruction; probably ${meant}`),
          suggestion: (text.slice(0, m.index!) + meant + text.slice(m.index! + m[0].length)).trim(),
          excerpt: excerptAt(context.doc, line), section, entryId: `instruction:${meant}`,
        });
      }
    });
    return errata;
  },
};
