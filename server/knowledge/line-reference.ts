/** `FILE:LINE` and `FILE:START-END`, the way dref prints places in the notes (`docker-images.ko.md:131`). */

export interface LineReference {
  readonly file: string;
  readonly startLine: number;
  readonly endLine: number;
}

const REFERENCE = /^(.+):(\d+)(?:-(\d+))?$/;

/**
 * The file and lines a word names, or undefined when it is no `FILE:LINE` (no entry name ends in
 * `:` and digits, so `concept:layers` and `run --restart` stay names).
 */
export function parseLineReference(word: string): LineReference | undefined {
  const match = REFERENCE.exec(word.trim());
  if (!match) return undefined;
  const startLine = Number(match[2]);
  return { file: match[1]!, startLine, endLine: match[3] === undefined ? startLine : Number(match[3]) };
}

/** A word that names a notes file but no line of it (`notes.md:`, `notes.md:abc`), which deserves a message of its own. */
export function isMalformedLineReference(word: string): boolean {
  return !REFERENCE.test(word.trim()) && /^[^\s:]+\.(md|markdown):/i.test(word.trim());
}
