/** A tutorial's frame around a task ("run the following command to …", 다음 명령어를 실행하여 …) is not the task. */
import { afterAll, describe, expect, it } from 'vitest';
import { searchEntries } from '../../server/search/search-entries.js';
import { withoutTaskFrame } from '../../server/search/task-frame.js';
import { buildTempKnowledgeBase } from '../helpers/temp-database.js';

describe('withoutTaskFrame', () => {
  it.each([
    ['Run the following command to list the networks', 'list the networks'],
    ['To see the services running under a specific stack, run', 'To see the services running under a specific stack'],
    ['다음 명령을 실행하여 네트워크를 확인하세요', '네트워크를 확인하세요'],
    ['이 옵션은 컨테이너 내부에 환경 변수를 설정합니다', '컨테이너 내부에 환경 변수를 설정합니다'],
    ['볼륨 목록을 보려면 다음을 실행합니다', '볼륨 목록을 보려면'],
  ])('%s → %s', (sentence, task) => {
    expect(withoutTaskFrame(sentence)).toBe(task);
  });

  it('leaves a task that is all frame, or has none, as it is', () => {
    expect(withoutTaskFrame('Run the following command')).toBe('Run the following command');
    expect(withoutTaskFrame('run a container')).toBe('run a container');
    expect(withoutTaskFrame('docker run --rm alpine')).toBe('docker run --rm alpine');
  });
});

describe('searching a tutorial sentence', () => {
  const kb = buildTempKnowledgeBase();
  afterAll(() => kb.close());
  const names = (q: string, lang: 'en' | 'ko') => searchEntries(kb, q, { lang, limit: 3 }).results.map((r) => r.name);

  it('searches the task, not the running of the command shown', () => {
    expect(names('다음 명령을 실행하여 네트워크를 확인하세요', 'ko')).not.toContain('docker run');
    expect(names('다음 명령을 실행하여 네트워크를 확인하세요', 'ko')).toContain('docker network ls');
  });
});
