/** `docker ps`: catalog entry. Flag facts follow `docker ps --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const ps: CommandSpec = {
  name: 'ps',
  aliases: ['container ls', 'container list', 'container ps'],
  usage: 'docker ps [OPTIONS]',
  args: [],
  summary: {
    ko: '컨테이너 목록과 상태를 보여 줌(기본은 실행 중인 것만)',
    en: 'List containers and their status (only running ones by default)',
  },
  details: {
    ko: '컨테이너의 ID, 사용 이미지, 명령, 상태, 포트, 이름을 표로 보여 줍니다. 기본으로는 실행 중인 컨테이너만 나오므로, 멈춘 컨테이너까지 보려면 `-a`를 붙입니다. 이미지를 지우려는데 사용 중이라는 오류가 나면 `docker ps -a --filter ancestor=이미지`로 그 이미지(또는 그 이미지에서 파생된 이미지)로 만든 컨테이너를 찾아, 정지하고 삭제한 다음 이미지를 지우면 됩니다.',
    en: 'Shows a table of containers with their ID, image, command, status, ports and name. Only running containers appear by default; add `-a` to include stopped ones. When an image refuses to be removed because it is in use, `docker ps -a --filter ancestor=IMAGE` lists the containers created from that image (or from images built on it), so you can stop and remove them before deleting the image.',
  },
  related: ['docker rmi', 'docker rm', 'docker stop', 'recipe:remove-blocking-containers'],
  keywords: {
    ko: ['컨테이너 목록', '컨테이너 확인', '실행 중', '정지된 컨테이너', '상태', '필터'],
    en: ['ps', 'list containers', 'container ls', 'running', 'stopped', 'status', 'ancestor', 'filter'],
  },
  options: [
    {
      long: '--all', short: '-a', type: 'bool', default: 'shows just running', repeatable: false,
      summary: {
        ko: '정지된 컨테이너까지 모든 컨테이너를 표시',
        en: 'Include stopped and created containers, not just running ones',
      },
      keywords: {
        ko: ['모든 컨테이너', '정지된 컨테이너', '종료된 컨테이너', '전체 목록'],
        en: ['stopped containers', 'exited', 'every container', 'ps -a'],
      },
    },
    {
      long: '--filter', short: '-f', type: 'filter', repeatable: true,
      summary: {
        ko: '조건(status, name, ancestor, label, exited 등)에 맞는 컨테이너만 표시',
        en: 'Show only containers matching a condition (status, name, ancestor, label, …)',
      },
      details: {
        ko: '`키=값` 조건으로 목록을 좁히며, 여러 번 주면 조건이 함께 적용됩니다. `ancestor=이미지`는 그 이미지나 그 이미지를 바탕으로 한 이미지로 만든 컨테이너를 찾아 주므로, 이미지 삭제를 막고 있는 컨테이너를 찾을 때 `-a`와 함께 씁니다. 그 밖에 `status=exited`, `name=web`, `label=key=value` 같은 조건도 자주 씁니다.',
        en: 'Narrows the list with `key=value` conditions; repeating the option combines them. `ancestor=IMAGE` matches containers created from that image or from an image built on top of it, so together with `-a` it reveals the containers that keep an image from being removed. Other common conditions are `status=exited`, `name=web` and `label=key=value`.',
      },
      keywords: {
        ko: ['필터', '조상 이미지', '사용 중인 컨테이너', '상태', '이름'],
        en: ['filter', 'ancestor', 'status', 'exited', 'name', 'label', 'image in use'],
      },
      examples: [
        'docker ps -a --filter ancestor=commit_test:first',
        'docker ps -aq --filter ancestor=ubuntu:14.04',
        'docker ps -a --filter status=exited',
      ],
    },
    {
      long: '--format', type: 'string', repeatable: false,
      summary: {
        ko: 'Go 템플릿, table, json 중 원하는 형식으로 출력',
        en: 'Print with a Go template, as a table, or as JSON',
      },
      keywords: {
        ko: ['출력 형식', '포맷', 'Go 템플릿', 'JSON 출력'],
        en: ['go template', 'json', 'table', 'custom output'],
      },
    },
    {
      long: '--last', short: '-n', type: 'int', default: '-1', repeatable: false,
      summary: {
        ko: '가장 최근에 만든 컨테이너 N개를 상태와 관계없이 표시',
        en: 'Show the N most recently created containers, whatever their state',
      },
      keywords: {
        ko: ['최근 컨테이너', '최근 N개', '마지막'],
        en: ['recent', 'most recent', 'newest', 'latest n'],
      },
    },
    {
      long: '--latest', short: '-l', type: 'bool', repeatable: false,
      summary: {
        ko: '가장 마지막에 만든 컨테이너 하나만 상태와 관계없이 표시',
        en: 'Show only the most recently created container, whatever its state',
      },
      keywords: {
        ko: ['최근 컨테이너', '마지막 컨테이너', '가장 최근'],
        en: ['most recent', 'newest', 'last created', 'recent'],
      },
    },
    {
      long: '--no-trunc', type: 'bool', repeatable: false,
      summary: {
        ko: 'ID와 명령 등을 자르지 않고 전체 길이로 표시',
        en: 'Print full IDs and commands instead of shortened ones',
      },
      keywords: {
        ko: ['전체 ID', '자르지 않기', '생략 없이', '전체 명령'],
        en: ['full id', 'untruncated', 'full command', 'wide output'],
      },
    },
    {
      long: '--quiet', short: '-q', type: 'bool', repeatable: false,
      summary: {
        ko: '컨테이너 ID만 한 줄씩 출력',
        en: 'Print container IDs only, one per line',
      },
      keywords: {
        ko: ['ID만', '컨테이너 ID', '간단 출력', '스크립트'],
        en: ['ids only', 'container ids', 'scripting', 'silent'],
      },
    },
    {
      long: '--size', short: '-s', type: 'bool', repeatable: false,
      summary: {
        ko: '각 컨테이너가 차지하는 디스크 크기를 함께 표시',
        en: 'Add the disk space each container takes',
      },
      keywords: {
        ko: ['크기', '디스크 사용량', '용량', '컨테이너 크기'],
        en: ['disk usage', 'disk space', 'writable layer', 'storage'],
      },
    },
  ],
  examples: [
    'docker ps',
    'docker ps -a',
    'docker ps -a --filter ancestor=commit_test:first',
    'docker ps --format "table {{.Names}}\\t{{.Image}}\\t{{.Status}}"',
  ],
};
