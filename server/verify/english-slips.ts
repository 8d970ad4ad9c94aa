/**
 * English slips that are real words, so the word list lets them through, but that are wrong where
 * they stand:
 *   - `it's own`: "it is own" is never English; the possessive is `its own`;
 *   - a slip of "Docker" before a word that names a part of Docker (`dicker hub`, `dokcer image`):
 *     Docker Hub, Docker image, Docker Engine are what is meant, whatever the word list says of dicker;
 *   - `then` after a comparative and before an amount (`more then one`, `less then 10`): a comparison takes
 *     `than`; `once more then exit` (an order of steps) has no amount after it and is left alone.
 * Command lines and Dockerfiles are left to the command and Dockerfile checks.
 */
import { editDistance } from '../text/did-you-mean.js';
import { excerptAt, say, sectionAt, type ErratumRecord, type NotesCheck } from './types.js';

/** Words that follow "Docker" to name a part of it, product or command. */
const DOCKER_PARTS = new Set(['hub', 'image', 'images', 'container', 'containers', 'engine', 'daemon', 'desktop', 'compose', 'file',
  'swarm', 'registry', 'network', 'networks', 'volume', 'volumes', 'client', 'host', 'cli', 'run', 'build', 'pull', 'push', 'exec']);

interface Slip { readonly column: number; readonly written: string; readonly fix: string; readonly ko: string; readonly en: string }

function itsOwn(text: string): Slip[] {
  // Every match ends in "own": most lines hold none.
  if (!text.includes('own')) return [];
  return [...text.matchAll(/\b([Ii])t['’]s(\s+own)\b/g)].map((m) => ({
    column: m.index! + 1, written: m[0], fix: `${m[1]}ts${m[2]}`,
    ko: '소유격은 it\'s(it is)가 아니라 its입니다', en: 'the possessive is its; it\'s is "it is"',
  }));
}

/** A comparative, `then`, and an amount or a standard it is measured against: `than` was meant. */
const COMPARATIVE_THEN = /\b(more|less|fewer|greater|larger|smaller|bigger|higher|lower|longer|shorter|older|newer|rather|other)\s+(then)\s+(?=(?:\d|(?:a|an|one|two|three|once|twice|that|those|usual|needed|necessary|expected|before)\b))/gi;

function comparativeThen(text: string): Slip[] {
  // Every match holds "then": most lines hold none.
  if (!/then/i.test(text)) return [];
  return [...text.matchAll(COMPARATIVE_THEN)].map((m) => ({
    column: m.index! + m[0].indexOf(m[2]!, m[1]!.length) + 1, written: m[2]!, fix: m[2]![0] === 'T' ? 'Than' : 'than',
    ko: `"${m[1]}" 뒤의 비교에는 then이 아니라 than을 씁니다`, en: `a comparison after "${m[1]}" takes than, not then`,
  }));
}

/** `docker` with one letter changed, added or dropped, or two swapped; not the word itself or a longer name (dockerd). */
function isDockerSlip(word: string): boolean {
  const w = word.toLowerCase();
  // The first letter kept, as for any slip (locker, rocker are other words).
  return w[0] === 'd' && !w.startsWith('docker') && editDistance(w, 'docker') === 1;
}

function dockerSlips(text: string): Slip[] {
  const out: Slip[] = [];
  for (const m of text.matchAll(/(?<![\w/@$.:-])([A-Za-z]{5,7})\s+([A-Za-z]+)\b(?![\w/@$-])/g)) {
    if (!DOCKER_PARTS.has(m[2]!.toLowerCase()) || !isDockerSlip(m[1]!)) continue;
    const fix = m[1]![0] === m[1]![0]!.toUpperCase() ? 'Docker' : 'docker';
    out.push({ column: m.index! + 1, written: m[1]!, fix, ko: `뒤의 "${m[2]}"와(과) 함께 Docker의 한 부분을 가리킵니다`, en: `followed by "${m[2]}", it names a part of Docker` });
  }
  return out;
}

export const englishSlipsCheck: NotesCheck = {
  id: 'spelling',
  check(context) {
    // Lines of command lines and Dockerfiles are left to their checks; other code (a YAML comment, prose indented into a code block) is the author's English.
    const examples = new Set<number>();
    for (const e of context.examples) for (let l = e.node.startLine; l <= e.node.endLine; l++) examples.add(l);
    const errata: ErratumRecord[] = [];
    context.doc.lines.forEach((text, i) => {
      const line = i + 1;
      const section = sectionAt(context.doc, line);
      if (examples.has(line) || !section) return;
      for (const slip of [...itsOwn(text), ...dockerSlips(text), ...comparativeThen(text)]) {
        errata.push({
          file: context.doc.file, line, column: slip.column, rule: 'spelling/english', severity: 'warning',
          message: say(context.lang, `"${slip.written}"은(는) "${slip.fix}"의 오타로 보입니다: ${slip.ko}`, `"${slip.written}" is probably "${slip.fix}": ${slip.en}`),
          suggestion: spliceAt(text, slip.column, slip.written, slip.fix).trim(), excerpt: excerptAt(context.doc, line), section,
        });
      }
    });
    return errata;
  },
};

function spliceAt(line: string, column: number, word: string, replacement: string): string {
  return line.slice(0, column - 1) + replacement + line.slice(column - 1 + word.length);
}
