/** Every example in the notes either passes explain (command lines) or lint (Dockerfiles), or the ingest lists it as an erratum. */
import { describe, expect, it } from 'vitest';
import { explainCommandLine } from '../../server/explain/explain-command-line.js';
import { lintDockerfile } from '../../server/lint/lint-dockerfile.js';
import { shippedModel } from '../helpers/catalog-model.js';

const notes = shippedModel().notes[0]!;
const errorLines = new Set(notes.errata.filter((e) => e.severity === 'error').map((e) => e.line));

describe('notes examples against explain and lint', () => {
  const commands = notes.examples.filter((e) => e.kind === 'command');
  const dockerfiles = notes.examples.filter((e) => e.kind === 'dockerfile');

  it('walks every command line and Dockerfile of the notes', () => {
    expect([commands.length, dockerfiles.length]).toEqual([24, 14]);
  });

  it.each(commands.map((e) => [e.node.startLine, e.text] as const))('line %i: %s', (line, text) => {
    const problems = explainCommandLine(text).problems;
    if (problems.length) {
      const node = commands.find((e) => e.node.startLine === line)!.node;
      const lines = new Set<number>();
      for (let l = node.startLine; l <= node.endLine; l++) lines.add(l);
      expect([...lines].some((l) => errorLines.has(l)), `explain finds ${problems.map((p) => p.message).join('; ')} but no erratum lists it`).toBe(true);
    }
  });

  it.each(dockerfiles.map((e) => [e.node.startLine, e] as const))('Dockerfile at line %i', (_line, example) => {
    if (example.node.kind !== 'dockerfile') return;
    const snippet = example.node.lines;
    const partial = !snippet.some((l) => /^FROM\b/i.test(l.text));
    const errors = lintDockerfile(snippet.map((l) => l.text).join('\n'))
      .filter((f) => f.severity === 'error' && !(partial && /No source image/.test(f.message)));
    for (const f of errors) {
      const noteLine = snippet[f.line - 1]!.line;
      expect(errorLines.has(noteLine), `lint finds "${f.message}" at line ${noteLine} but no erratum lists it`).toBe(true);
    }
  });
});
