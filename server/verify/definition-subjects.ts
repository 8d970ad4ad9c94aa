/**
 * Finds a definition that describes the wrong instruction: `LABEL : …` whose text quotes what the
 * section's own Dockerfile runs under RUN (apt-get update, …) and nothing of LABEL's.
 */
import { leadingInstruction } from '../dockerfile/instruction-names.js';
import type { DockerfileNode, ParsedSection } from '../notes/types.js';
import { excerptAt, say, type ErratumRecord, type NotesCheck } from './types.js';

/** Arguments shorter than this are too common to tell instructions apart (`80`, `/root`). */
const MIN_ARGUMENT_LENGTH = 6;

export const definitionSubjectsCheck: NotesCheck = {
  id: 'definition',
  check(context) {
    const errata: ErratumRecord[] = [];
    // Each section's Dockerfile snippets, in order, found in one pass over the examples.
    const snippets = new Map<ParsedSection, DockerfileNode[]>();
    for (const example of context.examples) {
      if (example.node.kind !== 'dockerfile') continue;
      const list = snippets.get(example.section);
      if (list) list.push(example.node);
      else snippets.set(example.section, [example.node]);
    }
    for (const section of context.doc.sections) {
      const argsByInstruction = new Map<string, string[]>();
      for (const node of snippets.get(section) ?? []) {
        for (const line of node.lines) {
          const name = leadingInstruction(line.text);
          if (!name) continue;
          const args = line.text.replace(/^\s*\S+\s*/, '').trim();
          if (args.length >= MIN_ARGUMENT_LENGTH) argsByInstruction.set(name, [...(argsByInstruction.get(name) ?? []), args]);
        }
      }
      for (const node of section.nodes) {
        if (node.kind !== 'definition' || !leadingInstruction(node.name)) continue;
        const name = node.name.toUpperCase();
        const quotes = (instruction: string) => (argsByInstruction.get(instruction) ?? [])
          .filter((a) => node.text.includes(a) || node.text.includes(a.split(/\s+-/)[0]!.trim()));
        if (quotes(name).length) continue;
        for (const [other] of argsByInstruction) {
          if (other === name || !quotes(other).length) continue;
          const entry = context.catalog.instructions.find((i) => i.name === name);
          errata.push({
            file: context.doc.file, line: node.startLine, column: 1, rule: 'definition/wrong-subject', severity: 'error',
            message: say(context.lang, `이 ${name} 정의는 ${other}을(를) 설명합니다. 위 Dockerfile이 ${other}(으)로 실행하는 \`${quotes(other)[0]}\`을(를) 인용하고 있습니다`,
              `this definition of ${name} describes ${other}: it quotes \`${quotes(other)[0]}\`, which the Dockerfile above runs with ${other}`),
            suggestion: `${name} : ${entry?.summary.ko ?? ''} / ${entry?.summary.en ?? ''}`,
            excerpt: excerptAt(context.doc, node.startLine), section, entryId: `instruction:${name}`,
          });
          break;
        }
      }
    }
    return errata;
  },
};
