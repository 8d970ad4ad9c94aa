import { describe, expect, it } from 'vitest';
import { formatErrata } from '../../cli/commands/ingest-command.js';
import { expectGolden } from '../helpers/golden.js';
import { modelOf, shippedModel } from '../helpers/catalog-model.js';
import { readFileSync } from 'node:fs';
import * as catalog from '../../data/catalog/index.js';
import { defaultNotesFiles } from '../../server/database/paths.js';
import { ingestNotes } from '../../server/ingest/ingest-notes.js';

const errataOf = (text: string) => modelOf(text).notes[0]!.errata;
const brief = (text: string) => errataOf(text).map((e) => `${e.line}:${e.column} ${e.rule} → ${e.suggestion}`);

describe('errata of the shipped notes', () => {
  const errata = shippedModel().notes[0]!.errata;

  it('matches the golden list (what `dref ingest --check` prints)', () => {
    expectGolden('notes-errata.txt', formatErrata(errata));
  });

  it('finds each known defect on its line', () => {
    const found = errata.map((e) => `${e.line} ${e.rule}`);
    expect(found).toEqual(expect.arrayContaining([
      '113 claim/parent-image-blocks-delete',
      '123 command/missing-argument',
      '212 variable/typo',
      '221 claim/docker-opts-for-daemon-settings',
      '276 dockerfile/path-typo',
      '291 claim/maintainer-removed',
      '294 definition/wrong-subject',
      '311 claim/cmd-only-once',
      '326 claim/untagged-build-gets-hex-name',
      '335 claim/publish-all-needs-no-lookup',
      '344 claim/build-context-is-dockerfile-folder',
      '389 command/missing-argument',
      '395 command/missing-argument',
      '408 dockerfile/unknown-instruction',
      '423 dockerfile/argument-requires-at-least-two',
      '424 dockerfile/unknown-instruction',
      '464 dockerfile/arg-spaces-around-equals',
      '471 command/missing-argument',
      '484 claim/stopsignal-is-a-syscall',
    ]));
  });

  it('gives the corrected forms', () => {
    const at = (line: number) => errata.filter((e) => e.line === line).map((e) => e.suggestion);
    expect(at(123)).toEqual(['docker save -o ubuntu_14_04.tar ubuntu:14.04']);
    expect(at(389)).toEqual(['docker build --no-cache -t mybuild:0.1 .']);
    expect(at(408)).toEqual(['CMD ["./mainApp"]']);
    expect(at(423)).toEqual(['COPY --from=0 /root/mainApp .']);
    expect(at(464)).toEqual(['ARG my_arg2=value2']);
    expect(at(212)).toEqual(['docker tag my-image-name:0.0 ${DOCKER_HOST_IP}:5000/my-image-name:0.0']);
  });

  it('leaves correct examples alone', () => {
    const lines = new Set(errata.map((e) => e.line));
    for (const good of [56, 64, 99, 128, 156, 159, 161, 163, 184, 323, 329, 497, 546, 550, 561, 582, 623]) expect(lines.has(good), `line ${good}`).toBe(false);
  });

  it('does not report a deprecated MAINTAINER that still builds (line 271); saying it was removed is the mistake (291)', () => {
    expect(errata.filter((e) => e.line === 271)).toEqual([]);
    expect(errata.filter((e) => e.line === 291).map((e) => e.rule)).toEqual(['claim/maintainer-removed']);
  });

  it('does not report a command quoted mid-sentence as incomplete (`\'docker rmi -f\'로 …`)', () => {
    expect(errata.some((e) => e.line === 98)).toBe(false);
  });
});

describe('each kind of defect, in small notes', () => {
  it('an unknown flag, with the flag it was probably meant to be', () => {
    expect(brief("# 1 a\n'docker run --restrat=always nginx'")).toEqual(['2:13 command/unknown-option → docker run --restart=always nginx']);
  });

  it('an invalid value of an enumerated flag', () => {
    expect(errataOf("# 1 a\n'docker run --restart=sometimes nginx'").map((e) => e.message)).toEqual([
      '`sometimes` is not a value --restart accepts; it takes no, always, on-failure[:N], unless-stopped',
    ]);
  });

  it('an invalid port mapping and an invalid duration', () => {
    expect(errataOf("# 1 a\n'docker run -p 99999:80 --health-interval=soon nginx'").map((e) => e.rule)).toEqual([
      'command/invalid-value', 'command/invalid-value',
    ]);
  });

  it('a missing required argument', () => {
    expect(brief("# 1 a\n'docker build -t app:1'")).toEqual(['2:23 command/missing-argument → docker build -t app:1 .']);
  });

  it('an unknown command, with the nearest one', () => {
    expect(brief("# 1 a\n'docker imgaes -a'")).toEqual(['2:9 command/unknown-command → docker images -a']);
  });

  it('a flag that needs a value but has none', () => {
    expect(errataOf("# 1 a\n'docker save ubuntu -o'").map((e) => e.rule)).toEqual(['command/missing-value']);
  });

  it('too many arguments', () => {
    expect(errataOf("# 1 a\n'docker tag a b c'").map((e) => e.rule)).toEqual(['command/extra-argument']);
  });

  it('an instruction glued to its JSON array, and COPY without a destination', () => {
    expect(brief('# 1 a\n[\nFROM alpine\nCOPY --from=0 /app\nCMD["./app"]\n]')).toEqual([
      '4:15 dockerfile/argument-requires-at-least-two → COPY --from=0 /app .',
      '5:1 dockerfile/unknown-instruction → CMD ["./app"]',
    ]);
  });

  it('ARG with spaces around =, and the legacy ENV form', () => {
    expect(brief('# 1 a\n[\nFROM alpine\nARG a = b\nENV path /usr/bin\n]')).toEqual([
      '4:7 dockerfile/arg-spaces-around-equals → ARG a=b',
      '5:5 dockerfile/legacy-key-value → ENV path=/usr/bin',
    ]);
  });

  it('a HEALTHCHECK with a bad duration', () => {
    expect(errataOf('# 1 a\n[\nFROM alpine\nHEALTHCHECK --interval=abc CMD true\n]').map((e) => `${e.line} ${e.rule}`)).toEqual([
      '4 dockerfile/flag-invalid-duration',
    ]);
  });

  it('a path one typo away from the path used above', () => {
    expect(brief('# 1 a\n[\nFROM alpine\nCOPY site /srv/www/html\nWORKDIR /srv/ww/html\n]')).toEqual([
      '5:9 dockerfile/path-typo → WORKDIR /srv/www/html',
    ]);
  });

  it('a ${VARIABLE} that is a typo of one introduced above', () => {
    expect(brief("# 1 a\n${REGISTRY_HOST}에 주소를 넣는다.\n'docker push ${REGISTRY_HOTS}:5000/app'")).toEqual([
      '3:14 variable/typo → docker push ${REGISTRY_HOST}:5000/app',
    ]);
  });

  it('a definition that describes another instruction', () => {
    const notes = '# 1 a\n[\nFROM alpine\nRUN apk add --no-cache curl\nLABEL a=b\n]\n{\nLABEL : apk add --no-cache curl 을 실행한다.\n}';
    expect(errataOf(notes).map((e) => `${e.line} ${e.rule}`)).toEqual(['8 definition/wrong-subject']);
  });

  it('a known misconception in prose, in Korean or English', () => {
    expect(errataOf('# 1 a\nSTOPSIGNAL은 컨테이너를 멈출 때 쓰는 시스템 콜을 정한다.').map((e) => e.rule)).toEqual(['claim/stopsignal-is-a-syscall']);
    expect(errataOf('# 1 a\nThe MAINTAINER instruction was removed in 1.13.').map((e) => e.rule)).toEqual(['claim/maintainer-removed']);
  });

  it('nothing for correct notes', () => {
    expect(errataOf("# 1 a\n'docker run -d --restart=on-failure:5 -p 8080:80 --name web nginx:1.27'\n[\nFROM alpine:3.20\nCOPY app /app\nCMD [\"/app\"]\n]")).toEqual([]);
  });
});

describe('Korean typos (one key slipped)', () => {
  it('finds the typos in the shipped notes, with the word meant', () => {
    const spelling = shippedModel().notes[0]!.errata.filter((e) => e.rule === 'spelling/korean');
    expect(spelling.map((e) => `${e.line}:${e.column} ${e.message.replace(/(: |\(노트).*$/, '')}`)).toEqual([
      '17:51 "명시하게 위해"은(는) "명시하기 위해"의 오타입니다',
      '136:31 "아닌ㄴ"은(는) "아닌"의 오타입니다',
      '215:5 "레즈스트리"은(는) "레지스트리"의 오타로 보입니다',
      '220:14 "데몬든"은(는) "데몬은"의 오타로 보입니다',
      '350:31 "떄"은(는) "때"의 오타입니다',
      '355:41 "컨텍스트트에서"은(는) "컨텍스트에서"의 오타입니다',
      '392:29 "허버의"은(는) "허브의"의 오타로 보입니다',
      '429:94 "번쨰"은(는) "번째"의 오타입니다',
      '430:43 "번쨰"은(는) "번째"의 오타입니다',
      '452:51 "확인핡"은(는) "확인할"의 오타로 보입니다',
      '457:17 "형시기으로"은(는) "형식으로"의 오타로 보입니다',
      '477:24 "계정르"은(는) "계정을"의 오타입니다',
      '588:44 "떄"은(는) "때"의 오타입니다',
    ]);
    expect(spelling[9]!.suggestion).toContain('적용된 것을 확인할 수 있다');
  });

  it('leaves correct Korean alone: a real word near a common one, a stem with its suffix or particle, a short stem', () => {
    const text = [
      '# 1. 컨테이너',
      '',
      '컨테이너를 만든다. 컨테이너를 지운다. 완전히 지운다. 완전히 끝났다. 파일은 남는다. 파일은 지운다. 때까지 기다린다. 때까지 둔다.',
      '이미지를 온전히 옮긴다. 서버를 수백 대까지 늘린다. 앱을 컨테이너화 한다. 설정 파일인 경우 지운다. 컨테이너야 말로 핵심이다. 빌드가 끝났다. 빌드가 멈췄다. 빌드기 전에 본다.',
    ].join('\n');
    expect(brief(text).filter((e) => e.includes('spelling/'))).toEqual([]);
  });

  it('reports slips that are never Korean: a lone jamo, a shifted vowel, a doubled syllable, -게 위해', () => {
    const text = ['# 1. 빌드', '', '빌드 컨텍스트를 보낸다. 빌드 컨텍스트가 크다. 이것은 아닌ㄴ 방법이다. 빌드할 떄 본다. 세 번쨰 줄. 컨텍스트트를 줄인다. 확인하게 위해 본다.'].join('\n');
    expect(brief(text).filter((e) => e.includes('spelling/')).map((e) => e.split(' → ')[1]!.split(' ').slice(0, 20).join(' '))).toEqual([
      '빌드 컨텍스트를 보낸다. 빌드 컨텍스트가 크다. 이것은 아닌 방법이다. 빌드할 떄 본다. 세 번쨰 줄. 컨텍스트트를 줄인다. 확인하게 위해 본다.',
      '빌드 컨텍스트를 보낸다. 빌드 컨텍스트가 크다. 이것은 아닌ㄴ 방법이다. 빌드할 때 본다. 세 번쨰 줄. 컨텍스트트를 줄인다. 확인하게 위해 본다.',
      '빌드 컨텍스트를 보낸다. 빌드 컨텍스트가 크다. 이것은 아닌ㄴ 방법이다. 빌드할 떄 본다. 세 번째 줄. 컨텍스트트를 줄인다. 확인하게 위해 본다.',
      '빌드 컨텍스트를 보낸다. 빌드 컨텍스트가 크다. 이것은 아닌ㄴ 방법이다. 빌드할 떄 본다. 세 번쨰 줄. 컨텍스트를 줄인다. 확인하게 위해 본다.',
      '빌드 컨텍스트를 보낸다. 빌드 컨텍스트가 크다. 이것은 아닌ㄴ 방법이다. 빌드할 떄 본다. 세 번쨰 줄. 컨텍스트트를 줄인다. 확인하기 위해 본다.',
    ]);
  });

  it('leaves grammar alone: particles, conjugations, 치 for 하지', () => {
    const text = [
      '# 1. 레지스트리',
      '',
      '레지스트리 컨테이너를 만든다. 레지스트리 주소를 확인한다. 레지스트리 설정을 바꾼다.',
      '레즈스트리 주소를 바꾼다.',
      '이미지를 커밋할 때 바뀐 것만 저장한다. 커밋한 이미지를 지운다. 커밋한 뒤 확인한다.',
      '레이어 구조의 파일이 아니다. 구조와 파일, 구조와 레이어를 본다.',
      '빌드가 완전치 않다. 완전히 끝났다. 완전히 지웠다.',
    ].join('\n');
    expect(brief(text).filter((e) => e.includes('spelling/'))).toEqual(['4:1 spelling/korean → 레지스트리 주소를 바꾼다.']);
  });
});

describe('English typos (one key slipped)', () => {
  it('finds "pupose" and "priactice" in the shipped notes, with the words meant', () => {
    const spelling = shippedModel().notes[0]!.errata.filter((e) => e.rule === 'spelling/english');
    expect(spelling.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([
      '272:16 "pupose"은(는) 영어 단어가 아닙니다. "purpose"의 오타로 보입니다',
      '272:25 "priactice"은(는) 영어 단어가 아닙니다. "practice"의 오타로 보입니다',
      '572:56 "entrypoin"은(는) 영어 단어가 아닙니다. "entrypoint"의 오타로 보입니다',
    ]);
    // The shipped notes are Korean, so their errata are; asked for English, they are English.
    const english = ingestNotes(catalog, [{ file: 'n.md', text: readFileSync(defaultNotesFiles()[0]!, 'utf8'), lang: 'en' }]).notes[0]!.errata.filter((e) => e.rule === 'spelling/english');
    expect(english[0]!.message).toBe('"pupose" is not an English word; probably "purpose"');
    expect(spelling[0]!.suggestion).toBe('LABEL "purpose"="priactice"');
  });

  it('leaves alone English words, cut-off words, names, identifiers, command lines, ambiguous slips and words used often', () => {
    const text = [
      '# 1. 이미지',
      '',
      '이미지를 stable 버전으로 받는다. internal 네트워크를 쓴다. images 목록의 tagged 이미지.',
      'in-memory keyvalue store for smal… 처럼 잘린 설명.',
      'my-contaner 와 imgae_name, /var/lib/volme, $netwrok, web:contaier, nginx.cnof 는 이름이다.',
      "'docker imgaes -a' 로 본다. doesn't 와 didn't 는 줄임말이다. yaml 파일과 containerd.",
      'cabt 는 cart, cant, cast 중 무엇인지 모른다.',
      '"bulid" 를 지운다. 이 이미지는 테스트 pupose.',
      'proces 와 proces 는 두 번 쓰였다. building 에서 bilding 을 고친다: commt 도.',
      'netwrk 는 my-netwrk 의 이름이기도 하다. contaner contaner contaner contaner 는 네 번 쓰였다.',
    ].join('\n');
    const found = errataOf(text).filter((e) => e.rule.startsWith('spelling/') || e.rule === 'command/unknown-command');
    expect(found.map((e) => `${e.line}:${e.column} ${e.rule} → ${e.suggestion}`)).toEqual([
      "6:9 command/unknown-command → docker images -a",
      '8:2 spelling/english → "build" 를 지운다. 이 이미지는 테스트 pupose.',
      '8:27 spelling/english → "bulid" 를 지운다. 이 이미지는 테스트 purpose.',
      // A slip copied a few times is still a slip, each time; one also used inside a name, or used often, is a name.
      '9:1 spelling/english → process 와 proces 는 두 번 쓰였다. building 에서 bilding 을 고친다: commt 도.',
      '9:10 spelling/english → proces 와 process 는 두 번 쓰였다. building 에서 bilding 을 고친다: commt 도.',
      '9:40 spelling/english → proces 와 proces 는 두 번 쓰였다. building 에서 building 을 고친다: commt 도.',
      '9:55 spelling/english → proces 와 proces 는 두 번 쓰였다. building 에서 bilding 을 고친다: commit 도.',
    ]);
  });
});
