/** The notes checks the ingest runs, in order. A new check is one file plus one line here. */
import { claimsCheck } from './claims.js';
import { commandLinesCheck } from './command-lines.js';
import { commandMeaningsCheck } from './command-meanings.js';
import { composeCommandsCheck } from './compose-commands.js';
import { definitionSubjectsCheck } from './definition-subjects.js';
import { dockerfileSnippetsCheck } from './dockerfile-snippets.js';
import { englishSlipsCheck } from './english-slips.js';
import { englishTyposCheck } from './english-typos.js';
import { flagSpellingsCheck } from './flag-spellings.js';
import { hangulTypedInLatinCheck } from './hangul-typed-in-latin.js';
import { hyphenCompoundsCheck } from './hyphen-compounds.js';
import { instructionTyposCheck } from './instruction-typos.js';
import { koreanMisspellingsCheck } from './korean-misspellings.js';
import { koreanSlipsCheck } from './korean-slips.js';
import { koreanTyposCheck } from './korean-typos.js';
import { markupCheck } from './markup.js';
import { pathSlipsCheck } from './path-slips.js';
import { splitCodeSpansCheck } from './split-code-spans.js';
import { tripledLettersCheck } from './tripled-letters.js';
import type { ErratumRecord, NotesCheck, NotesCheckContext } from './types.js';
import { variableTyposCheck } from './variable-typos.js';

export const NOTES_CHECKS: readonly NotesCheck[] = [
  markupCheck,
  splitCodeSpansCheck,
  commandLinesCheck,
  commandMeaningsCheck,
  dockerfileSnippetsCheck,
  composeCommandsCheck,
  flagSpellingsCheck,
  variableTyposCheck,
  definitionSubjectsCheck,
  claimsCheck,
  koreanTyposCheck,
  koreanSlipsCheck,
  koreanMisspellingsCheck,
  hangulTypedInLatinCheck,
  englishTyposCheck,
  englishSlipsCheck,
  hyphenCompoundsCheck,
  instructionTyposCheck,
  pathSlipsCheck,
  tripledLettersCheck,
];

/** Runs every check and orders the errata by line; two checks finding the same slip at the same place report it once (the first listed). */
export function verifyNotes(context: NotesCheckContext): ErratumRecord[] {
  const seen = new Set<string>();
  const isFirst = (e: ErratumRecord) => {
    const key = `${e.line}:${e.column}:${e.rule}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  return NOTES_CHECKS.flatMap((c) => c.check(context)).filter(isFirst).sort((a, b) => a.line - b.line || a.column - b.column);
}
