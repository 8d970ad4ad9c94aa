import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../server/search/index-terms.js';
import { markTerms } from '../../server/search/snippets.js';

describe('markTerms', () => {
  it('marks a word, or at least half of it from its start, never letters inside words', () => {
    expect(markTerms('Lists directories and docker images', queryTerms('d i'))).toBe('Lists directories and docker images');
    expect(markTerms('Restarts the docker daemon', queryTerms('restart do'))).toBe('«Restart»s the docker daemon');
    expect(markTerms('the docker daemon', queryTerms('docker'))).toBe('the «docker» daemon');
  });

  it('marks a Korean word with the particles that follow it', () => {
    expect(markTerms('컨테이너를 재시작한다', queryTerms('재시작'))).toBe('컨테이너를 «재시작»한다');
  });
});
