/** Parses a notes file in the project's Markdown dialect into sections and nodes. */
import { parseSectionNodes } from './parse-nodes.js';
import { parseSections } from './parse-sections.js';
import type { NotesDocument } from './types.js';

/** Parses already-decoded notes text; `file` names it in messages and records. */
export function parseNotes(text: string, file: string): NotesDocument {
  const lines = text.split(/\r?\n/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  const sections = parseSections(lines, file).map((s) => ({ ...s, nodes: parseSectionNodes(lines, s) }));
  return { file, lines, sections };
}
