/**
 * Property-based tests (fast-check): on any input, the tokenizer, explain, generate, lint, the
 * search-query escaping and the notes parser return an answer or a DrefError — no other exception,
 * and no hang (each run is bounded in count; a slow input would show as a timed-out test).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DrefError } from '../../server/errors.js';
import { explainCommandLine } from '../../server/explain/explain-command-line.js';
import { explainDockerfileLine } from '../../server/explain/explain-dockerfile-line.js';
import { generateCommand } from '../../server/generate/generate-command.js';
import { lintDockerfile } from '../../server/lint/lint-dockerfile.js';
import { parseNotes } from '../../server/notes/parse-notes.js';
import { searchEntries } from '../../server/search/search-entries.js';
import { tokenizeShell } from '../../server/shell/tokenize-shell.js';
import { buildTempKnowledgeBase } from '../helpers/temp-database.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const kb = buildTempKnowledgeBase();
afterAll(() => kb.close());

/** Text that looks like what the functions read: shell and Dockerfile punctuation, Korean, flags. */
const pieces = fc.constantFrom('docker', 'run', ' ', '-', '--', '-itd', '--restart', '=', 'always', "'", '"', '\\', '\n', '$(', ')', '&&', '|', ';',
  'FROM', 'RUN', 'CMD', '[', ']', '"x"', 'COPY', '--from=0', 'ARG', 'HEALTHCHECK', '--interval=', '1m', '#', '재시작', '캐시', '```', '###', '2.3', '{', '}', '*', ':', 'NEAR(', 'OR', '^', '\t', '\0');
const text = fc.oneof(fc.string({ maxLength: 200 }), fc.array(pieces, { maxLength: 60 }).map((p) => p.join('')), fc.string({ unit: 'grapheme', maxLength: 80 }));

function survives(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DrefError);
  }
}

describe('no exception escapes, on any input', () => {
  it('tokenizeShell keeps spans inside the input', () => {
    fc.assert(fc.property(text, (input) => {
      for (const t of tokenizeShell(input).tokens) expect(0 <= t.start && t.start <= t.end && t.end <= input.length).toBe(true);
    }), { numRuns: RUNS });
  });

  it('explainCommandLine', () => {
    fc.assert(fc.property(text, (input) => survives(() => explainCommandLine(`docker ${input}`))), { numRuns: RUNS });
  });

  it('explainDockerfileLine', () => {
    fc.assert(fc.property(text, (input) => survives(() => explainDockerfileLine(input))), { numRuns: RUNS });
  });

  it('generateCommand', () => {
    const option = fc.record({ name: text, value: fc.oneof(text, fc.boolean(), fc.array(text, { maxLength: 3 })) });
    fc.assert(fc.property(text, fc.array(option, { maxLength: 4 }), fc.array(text, { maxLength: 3 }), (command, options, args) =>
      survives(() => generateCommand({ command, options, args }))), { numRuns: RUNS });
  });

  it('lintDockerfile', () => {
    fc.assert(fc.property(text, (input) => survives(() => lintDockerfile(input))), { numRuns: RUNS });
  });

  it('parseNotes', () => {
    fc.assert(fc.property(text, (input) => survives(() => parseNotes(input, 'fuzz.md'))), { numRuns: RUNS });
  });

  it('searchEntries reads any query as words, never as FTS5 syntax', () => {
    fc.assert(fc.property(text, (input) => survives(() => searchEntries(kb, input.slice(0, 200)))), { numRuns: RUNS });
  });
});
