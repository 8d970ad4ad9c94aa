/** The lines of a notes file that hold prose (passages and definitions, not code), which spelling checks read. */
import type { NotesDocument } from '../notes/types.js';

export function proseLines(doc: NotesDocument): Set<number> {
  const lines = new Set<number>();
  for (const section of doc.sections) {
    for (const node of section.nodes) {
      if ((node.kind === 'passage' && !node.isCode) || node.kind === 'definition') {
        for (let l = node.startLine; l <= node.endLine; l++) lines.add(l);
      }
    }
  }
  return lines;
}
