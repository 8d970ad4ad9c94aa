/**
 * The passages a section is stored and searched by: its paragraphs, code blocks and definitions,
 * and the command lines no paragraph holds. A note written as a heading over one line of inline
 * code (`### create image from container` then `` `docker commit web my-image` ``) has no prose
 * paragraph, only the command; without it the section could not be found by its words or shown at
 * its line.
 */
import type { NoteNode, ParsedSection } from '../notes/types.js';

export interface SectionPassage {
  readonly startLine: number;
  readonly endLine: number;
  readonly text: string;
  /** A command line no paragraph holds, stored as a passage of its own (a definition is prose). */
  readonly isCommand: boolean;
}

type Stored = Extract<NoteNode, { kind: 'passage' | 'command' | 'shell' | 'definition' }>;

export function sectionPassages(section: ParsedSection): SectionPassage[] {
  const paragraphs = section.nodes.filter((n) => n.kind === 'passage');
  const inParagraph = (n: NoteNode) => paragraphs.some((p) => p.startLine <= n.startLine && n.endLine <= p.endLine);
  return section.nodes
    .filter((n): n is Stored => n.kind === 'passage' || ((n.kind === 'command' || n.kind === 'shell' || n.kind === 'definition') && !inParagraph(n)))
    .map((n) => ({ startLine: n.startLine, endLine: n.endLine, text: n.text, isCommand: n.kind === 'command' || n.kind === 'shell' }))
    .sort((a, b) => a.startLine - b.startLine);
}
