/** Finds wrong statements in the notes' prose, using the catalog's list of known misconceptions. */
import { misconceptions } from '../../data/catalog/misconceptions.js';
import type { ParsedSection } from '../notes/types.js';
import { excerptAt, type ErratumRecord, type NotesCheck } from './types.js';

const compiled = misconceptions.map((m) => ({ spec: m, pattern: new RegExp(m.pattern, 'iu') }));

export const claimsCheck: NotesCheck = {
  id: 'claim',
  check(context) {
    const errata: ErratumRecord[] = [];
    const seen = new Set<string>();
    for (const section of context.doc.sections) {
      for (const node of section.nodes) {
        if (node.kind !== 'passage' && node.kind !== 'definition') continue;
        for (const { spec, pattern } of compiled) {
          const match = pattern.exec(node.text);
          if (!match) continue;
          const { line, column } = positionOf(context.doc.lines, node.startLine, node.text, match.index + match[0].length - 1);
          const key = `${spec.id}:${line}`;
          if (seen.has(key)) continue;
          seen.add(key);
          errata.push(claimErratum(context.doc.file, section, line, column, spec, excerptAt(context.doc, line), context.names.idOf(spec.about)));
        }
      }
    }
    return errata;
  },
};

function claimErratum(file: string, section: ParsedSection, line: number, column: number, spec: (typeof misconceptions)[number], excerpt: string, entryId: string | undefined): ErratumRecord {
  return {
    file, line, column, rule: `claim/${spec.id}`, severity: spec.severity,
    message: `${spec.message.en} (${spec.message.ko})`,
    suggestion: `${spec.correction.en} / ${spec.correction.ko}`,
    excerpt, section, ...(entryId ? { entryId } : {}),
  };
}

/** Line and column of an offset in a passage's text (its lines trimmed and joined with \n). */
function positionOf(lines: readonly string[], startLine: number, text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = startLine + before.split('\n').length - 1;
  const raw = lines[line - 1] ?? '';
  const indent = raw.length - raw.trimStart().length;
  return { line, column: indent + 1 + (offset - before.lastIndexOf('\n') - 1) };
}
