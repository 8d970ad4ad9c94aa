/** A flag a sentence says in words comes right after its command (flags-said.ts), and only then. */
import { afterAll, describe, expect, it } from 'vitest';
import { flagWordOf } from '../../server/search/flags-said.js';
import { searchEntries } from '../../server/search/search-entries.js';
import { buildTempKnowledgeBase } from '../helpers/temp-database.js';

const kb = buildTempKnowledgeBase();
afterAll(() => kb.close());

const top = (query: string, n = 3) => searchEntries(kb, query, { limit: n }).results.map((r) => r.name);

describe('a flag said in words', () => {
  it('reads an adverb as its flag word and leaves short words alone', () => {
    expect(flagWordOf('forcefully')).toBe('forc');
    expect(flagWordOf('Quietly')).toBe('quiet');
    expect(flagWordOf('labels')).toBe('label');
    expect(flagWordOf('only')).toBe('only');
  });

  it.each([
    ['Delete container forcefully', 'docker rm', 'docker rm --force'],
    ['Adding labels when creating a Swarm service', 'docker service create', 'docker service create --label'],
    ['Filtering Swarm nodes by label', 'docker node ls', 'docker node ls --filter'],
    ['실행 중인 컨테이너 강제 제거', 'docker rm', 'docker rm --force'],
    ['타임스탬프와 함께 로그 보기', 'docker logs', 'docker logs --timestamps'],
  ])('%s: the flag right after its command', (query, command, flag) => {
    const names = top(query);
    expect(names).toContain(command);
    expect(names.indexOf(flag)).toBe(names.indexOf(command) + 1);
  });

  it.each([
    // No flag word: the command's flags stay where their text puts them.
    ['Delete a container', 'docker rm --force'],
    ['컨테이너 삭제', 'docker rm --force'],
    // 확인 (check) is a task's word, not the keyword of a flag.
    ['컨테이너 아이디를 확인합니다', 'docker inspect --type'],
  ])('%s: no flag moved (%s)', (query, flag) => {
    expect(top(query)).not.toContain(flag);
  });
});
