/** `docker stop`: catalog entry. Flag facts follow `docker stop --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const stop: CommandSpec = {
  name: 'stop',
  aliases: ['container stop'],
  usage: 'docker stop [OPTIONS] CONTAINER [CONTAINER...]',
  args: [{ name: 'CONTAINER', required: true, repeatable: true, role: 'container' }],
  summary: {
    ko: '실행 중인 컨테이너에 종료 신호를 보내 멈추고, 유예 시간이 지나면 강제 종료',
    en: 'Stop running containers gracefully, killing them if they outlast a grace period',
  },
  details: {
    ko: '먼저 컨테이너의 메인 프로세스에 정지 신호를 보냅니다. 기본은 SIGTERM이지만, 이미지에 STOPSIGNAL이 지정돼 있거나 컨테이너를 --stop-signal로 만들었다면 그 신호를 씁니다. 유예 시간(보통 10초) 안에 프로세스가 끝나지 않으면 SIGKILL로 강제 종료합니다. 멈춘 컨테이너는 삭제되지 않고 남아 있어 docker start로 다시 켤 수 있으며, 없애려면 docker rm을 써야 합니다.',
    en: "First sends a stop signal to the container's main process: SIGTERM by default, or the signal set by the image's STOPSIGNAL or the container's --stop-signal. If the process has not exited within the grace period (usually 10 seconds), it is killed with SIGKILL. A stopped container is kept, so docker start can bring it back; remove it with docker rm.",
  },
  keywords: {
    ko: ['중지', '정지', '종료', '멈추기', '시그널', '컨테이너 중지', '강제 종료'],
    en: ['stop', 'halt', 'shutdown', 'sigterm', 'sigkill', 'signal', 'graceful', 'timeout'],
  },
  options: [
    {
      long: '--signal', short: '-s', type: 'string', repeatable: false,
      summary: {
        ko: '기본 정지 신호 대신 보낼 시그널 (예: SIGINT, SIGQUIT)',
        en: 'Send this signal instead of the default stop signal, e.g. SIGINT',
      },
      keywords: {
        ko: ['시그널', '신호', '정지 신호', '종료 신호'],
        en: ['sigterm', 'sigint', 'sigquit', 'kill signal'],
      },
    },
    {
      long: '--timeout', short: '-t', type: 'int', repeatable: false,
      summary: {
        ko: 'SIGKILL로 강제 종료하기 전까지 기다릴 시간(초)',
        en: 'Seconds to wait for a clean exit before killing the container',
      },
      keywords: {
        ko: ['대기 시간', '제한 시간', '강제 종료', '타임아웃'],
        en: ['grace period', 'wait seconds', 'sigkill', 'graceful shutdown'],
      },
    },
  ],
  examples: [
    'docker stop myserver',
    'docker stop -t 30 myserver',
    'docker stop --signal SIGINT myserver',
    'docker stop commit_test && docker rm commit_test',
  ],
};
