/** The lines of a notes file that hold prose (passages and definitions, not code), which spelling checks read. */
import type { NotesDocument } from '../notes/types.js';

/** Found once per document: three checks ask. */
const proseByDocument = new WeakMap<NotesDocument, ReadonlySet<number>>();

export function proseLines(doc: NotesDocument): ReadonlySet<number> {
  let lines = proseByDocument.get(doc) as Set<number> | undefined;
  if (lines) return lines;
  lines = new Set<number>();
  for (const section of doc.sections) {
    for (const node of section.nodes) {
      if ((node.kind === 'passage' && !node.isCode) || node.kind === 'definition') {
        for (let l = node.startLine; l <= node.endLine; l++) lines.add(l);
      }
    }
  }
  proseByDocument.set(doc, lines);
  return lines;
}
