/** The passages a section is stored and searched by: a command no paragraph holds is one of them. */
import { describe, expect, it } from 'vitest';
import { sectionPassages } from '../../server/ingest/section-passages.js';
import { parseNotes } from '../../server/notes/parse-notes.js';

const notes = [
  '### create image from container',
  '`docker commit web my-image`',
  '',
  '### save',
  'Save an image with `docker save -o out.tar ubuntu` and copy the file.',
  '',
].join('\n');

describe('sectionPassages', () => {
  const doc = parseNotes(notes, 'til.md');
  const [commit, save] = doc.sections.map(sectionPassages);

  it('keeps a command on its own line as a passage, marked as a command', () => {
    expect(commit).toEqual([{ startLine: 2, endLine: 2, text: 'docker commit web my-image', isCommand: true }]);
  });

  it('does not repeat a command a paragraph holds', () => {
    expect(save!.map((p) => [p.startLine, p.isCommand])).toEqual([[5, false]]);
  });
});
