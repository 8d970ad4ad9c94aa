/** The notes checks the ingest runs, in order. A new check is one file plus one line here. */
import { claimsCheck } from './claims.js';
import { commandLinesCheck } from './command-lines.js';
import { definitionSubjectsCheck } from './definition-subjects.js';
import { dockerfileSnippetsCheck } from './dockerfile-snippets.js';
import { englishTyposCheck } from './english-typos.js';
import { flagSpellingsCheck } from './flag-spellings.js';
import { koreanSlipsCheck } from './korean-slips.js';
import { koreanTyposCheck } from './korean-typos.js';
import { markupCheck } from './markup.js';
import type { ErratumRecord, NotesCheck, NotesCheckContext } from './types.js';
import { variableTyposCheck } from './variable-typos.js';

export const NOTES_CHECKS: readonly NotesCheck[] = [
  markupCheck,
  commandLinesCheck,
  dockerfileSnippetsCheck,
  flagSpellingsCheck,
  variableTyposCheck,
  definitionSubjectsCheck,
  claimsCheck,
  koreanTyposCheck,
  koreanSlipsCheck,
  englishTyposCheck,
];

/** Runs every check and orders the errata by line. */
export function verifyNotes(context: NotesCheckContext): ErratumRecord[] {
  return NOTES_CHECKS.flatMap((c) => c.check(context)).sort((a, b) => a.line - b.line || a.column - b.column);
}
