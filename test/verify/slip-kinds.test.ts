/**
 * Kinds of slips found on real notes by other people, each in fresh words: the slip is reported
 * with the form meant, and the correct text closest to it is left alone.
 */
import { describe, expect, it } from 'vitest';
import { modelOf } from '../helpers/catalog-model.js';
import { fromKeys, hangulOfLatin, toKeys } from '../../server/verify/hangul-keys.js';

const errataOf = (text: string) => modelOf(text).notes[0]!.errata;
/** The corrected lines of the spelling and path errata. */
const fixes = (text: string) => errataOf(text).filter((e) => /^(spelling|path)\//.test(e.rule)).map((e) => e.suggestion);
const ko = (...lines: string[]) => ['# 1 메모', '', ...lines, ''].join('\n');
const en = (...lines: string[]) => ['# 1 notes', '', ...lines, ''].join('\n');

describe('Hangul as keystrokes', () => {
  it('splits syllables into keys and composes them back as an input method does', () => {
    expect(toKeys('괜찮아')).toBe('ㄱㅗㅐㄴㅊㅏㄴㅎㅇㅏ');
    expect(fromKeys(toKeys('괜찮아'))).toBe('괜찮아');
    // A consonant before a vowel moves to the next syllable.
    expect(fromKeys('ㅎㅕㅇㅅㅣㄱㅣㅇㅡㄹㅗ')).toBe('형시기으로');
    expect(fromKeys('ㅍㅏㅇㄹㅣ')).toBe('팡리');
    expect(hangulOfLatin('gksrmf')).toBe('한글');
  });
});

describe('Korean slips of the keys', () => {
  it('reports two keys swapped and one key too many, not a short word whose first syllable differs', () => {
    const text = ko('설정 파일을 연다. 파일이 있다. 파일 목록.', '구성 팡리 등을 묶는다.', '형식으로 쓴다. 배열 형식으로 쓴다.', 'JSON 형시기으로 적는다.', '완전히 끝난다. 완전히 지운다.', '온전히 남는다.');
    expect(fixes(text)).toEqual(['구성 파일 등을 묶는다.', 'JSON 형식으로 적는다.']);
  });

  it('leaves alone a one-syllable noun with its particle, and a shorter word inside a common one', () => {
    // 절이 is ㅈㅓㄹㅇㅣ, 정리 ㅈㅓㅇㄹㅣ; 하나인 is 하나뿐인 less a syllable, and a word of its own.
    const text = ko('정리를 한다. 정리가 끝났다. 정리는 쉽다.', '길 끝에 절이 있다.', '하나뿐인 방법. 하나뿐인 길.', '그 중 하나인 방식이다.');
    expect(fixes(text)).toEqual([]);
  });

  it('reports a lone 르 after a noun as 을 or 를 by its final consonant', () => {
    const text = ko('계정을 만든다. 계정이 있다. 계정은 둘이다.', '사용자 계정르 생성한다.', '예시를 본다. 예시가 있다.', '이 예시르 따른다.');
    expect(fixes(text)).toEqual(['사용자 계정을 생성한다.', '이 예시를 따른다.']);
  });
});

describe('Korean misspellings typed on purpose', () => {
  it('reports 날라가다 and 역활 with their endings kept, not 날아가다, 역할 or 날라 주다', () => {
    const text = ko('컨테이너를 지우면 파일이 날라가 버린다.', '로그도 날라갔다. 볼륨의 역활이다.', '파일이 날아가도 괜찮다. 역할을 나눈다. 짐을 날라 주었다.');
    expect(fixes(text)).toEqual(['컨테이너를 지우면 파일이 날아가 버린다.', '로그도 날아갔다. 볼륨의 역활이다.', '로그도 날라갔다. 볼륨의 역할이다.']);
  });
});

describe('paths with a slash mistyped', () => {
  it('reports a dot for a slash and a slash left out in a well-known path', () => {
    const text = en('Copy it with `COPY default.conf /etc.nginx/conf.d/`.', 'The shell form runs `/binsh -c`.');
    expect(fixes(text)).toEqual(['Copy it with `COPY default.conf /etc/nginx/conf.d/`.', 'The shell form runs `/bin/sh -c`.']);
  });

  it('leaves alone a script at the root, a path of the notes own and a URL', () => {
    expect(fixes(en('Run `/run.sh` from `/tmplog` and see http://example.com/etc.nginx/ or /usrdata.'))).toEqual([]);
  });
});

describe('English slips', () => {
  it('reports a letter typed three times when the word with two is in use, not www or a hex value', () => {
    const text = en('Set http_proxy to http://proxy:8080.', '', '```dockerfile', 'ENV htttp_proxy http://proxy:8080', '```', '', 'See www.example.com and color #ffffff.');
    expect(fixes(text)).toEqual(['ENV http_proxy http://proxy:8080']);
  });

  it('reports a word of the notes cut short by its last letter, not a verb and its ending', () => {
    const text = en('The entrypoint runs first. Set the entrypoint. The entrypoint gets args.', 'Pass cmd to the entrypoin script.', 'We dockerized it. They dockerized more. It was dockerized.', 'Now dockerize the app.');
    expect(fixes(text)).toEqual(['Pass cmd to the entrypoint script.']);
  });

  it('reads a word before an ellipsis when no English word starts with it', () => {
    const text = en('The database holds the data.', 'The script prints "Migrating the databse..." first.', '', 'The description says Official build of the contai...');
    expect(fixes(text)).toEqual(['The script prints "Migrating the database..." first.']);
  });

  it('reports a slip in the first word of a term in use, not another term', () => {
    expect(fixes(en('All layers of an image are ready-only.', 'It exposes low-level functions.'))).toEqual(['All layers of an image are read-only.']);
  });
});

describe('claims in a list item read with its lead-in', () => {
  const claims = (text: string) => errataOf(text).filter((e) => e.rule.startsWith('claim/')).map((e) => `${e.line} ${e.rule}`);

  it('reports the claim on the item, and not when the lead-in is about another path', () => {
    expect(claims(ko('`COPY` 의 대상 경로는 아래와 같다.', '- 절대경로를 사용해야 한다.', '- `/` 로 끝나면 디렉터리다.'))).toEqual(['4 claim/copy-destination-must-be-absolute']);
    expect(claims(ko('`-v` 의 컨테이너 경로는 아래와 같다.', '- 절대경로를 사용해야 한다.'))).toEqual([]);
  });
});
