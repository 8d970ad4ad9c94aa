/** ADD of plain local files: COPY says what it does and nothing more. ADD stays right for URLs, Git repositories and tar archives. */
import { at, type LintRule } from '../types.js';
import { sourcesAndDestination } from './paths.js';

const REMOTE = /^(https?|git|ssh):\/\/|^git@|\.git(#.*)?$/i;
const ARCHIVE = /\.(tar|tar\.(gz|bz2|xz|zst)|tgz|tbz2?|txz)$/i;

export const addInsteadOfCopy: LintRule = {
  id: 'add-instead-of-copy',
  severity: 'warning',
  hadolint: 'DL3020',
  entry: 'compare:add-vs-copy',
  description: 'ADD used for local files or folders where COPY suffices',
  check: ({ instructions, lines }) => instructions.filter((i) => i.getKeyword() === 'ADD').flatMap((i) => {
    const { sources } = sourcesAndDestination(i);
    if (!sources.length || sources.some((s) => REMOTE.test(s) || ARCHIVE.test(s))) return [];
    return [{
      ...at(i.getRange().start),
      message: `ADD copies local ${sources.length > 1 ? 'files' : 'file'} here; COPY does the same without ADD's URL download and tar extraction`,
      fix: (lines[i.getRange().start.line] ?? '').trim().replace(/^ADD\b/i, 'COPY'),
    }];
  }),
};
