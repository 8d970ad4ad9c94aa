/**
 * The notes check and passage search on real notes by other people, judged by hand
 * (test/real-world/notes/, sources in its README). Floors at today's figures, so a change that
 * makes the errata less trustworthy or the passages harder to find fails; `npm run bench:notes`
 * prints the figures and lists every false alarm, miss and unanswered question.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureNotes } from './measure-notes.js';

describe('real notes by other people', () => {
  const m = measureNotes(join(mkdtempSync(join(tmpdir(), 'dref-notes-')), 'notes.db'));

  it('ingests every file', () => {
    expect(m.ingested).toBe(m.files);
  });

  it('reports few false alarms: at least 90% of errata are marked mistakes', () => {
    expect(m.right / m.reported, m.falseAlarms.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('reports at least 72% of the marked mistakes', () => {
    expect(m.found / m.marked, m.missed.join('\n')).toBeGreaterThanOrEqual(0.72);
  });

  it('finds the passage a question is about in the top 3 for at least 90% of questions (92.5% today)', () => {
    expect(m.answered / m.questions, m.unanswered.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
