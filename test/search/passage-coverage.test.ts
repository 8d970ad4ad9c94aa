/** A sentence's passages are ranked by bm25 and by how much of the question each holds (passage-coverage.ts). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { queryTerms } from '../../server/search/index-terms.js';
import { termsHeld } from '../../server/search/passage-coverage.js';
import { searchPassages } from '../../server/search/search-passages.js';
import { buildTempKnowledgeBase, tempDir } from '../helpers/temp-database.js';

describe('termsHeld', () => {
  it('counts each distinct word once, a Korean word with its particles, an English one by its stem or its -ing form', () => {
    expect(termsHeld('실행 형식과 쉘 형식은 고를 수 있다', queryTerms('실행 형식 쉘 형식 차이'))).toBe(3);
    expect(termsHeld('To clean up (removing volumes)', queryTerms('remove volumes'))).toBe(2);
    // A stem is matched at a word's start only: «do»cker holds no "do", "reuse" no "use".
    expect(termsHeld('docker reuse', queryTerms('use docker'))).toBe(1);
  });

  it("counts a word only the section's title holds as half", () => {
    expect(termsHeld('![img_18.png](img_18.png)', queryTerms('cadvisor 모니터링 컨테이너'), 'cAdvisor 모니터링')).toBe(1);
  });
});

describe('searchPassages of a sentence', () => {
  const dir = tempDir('dref-coverage-');
  const notes = join(dir, 'notes.md');
  writeFileSync(notes, [
    '# Monitoring a container',
    '',
    'Where `webhost` is my container.',
    '',
    'See container process inside container',
    '',
    '```',
    'docker container top webhost',
    '```',
    '',
    '# List containers',
    '',
    '```',
    'docker container ls',
    '```',
    '',
  ].join('\n'));
  const kb = buildTempKnowledgeBase([notes]);
  afterAll(() => kb.close());

  it('puts first the command whose lead-in holds the rest of the question, over a short line holding less', () => {
    expect(searchPassages(kb, 'container process list top', 2).map((h) => h.startLine)).toEqual([8, 5]);
  });
});
