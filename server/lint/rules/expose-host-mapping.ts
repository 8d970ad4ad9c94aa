/**
 * EXPOSE names a container port; `EXPOSE 8080:80` or `EXPOSE 127.0.0.1:80:80` is `docker run -p`'s
 * host mapping, which an image cannot set. Newer builders refuse it.
 */
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';

export const exposeHostMapping: LintRule = {
  id: 'expose-host-mapping',
  severity: 'error',
  buildkit: 'ExposeInvalidFormat',
  entry: 'EXPOSE',
  description: say('EXPOSE with a host address or host port (a docker run -p mapping)', '호스트 주소나 호스트 포트를 쓴 EXPOSE(docker run -p의 매핑)'),
  check: ({ steps }) => steps.filter((s) => s.keyword === 'EXPOSE').flatMap((s) => s.words.filter((w) => !w.includes('$') && w.includes(':')).map((w) => {
    const port = w.split(':').at(-1)!;
    return {
      ...at(s),
      message: say(`${w} maps a host port; EXPOSE only names the container's port, and the host side is chosen at docker run -p`, `${w}은(는) 호스트 포트를 매핑합니다. EXPOSE는 컨테이너 포트만 적고, 호스트 쪽은 docker run -p에서 정합니다`),
      fix: say(`EXPOSE ${port} (and docker run -p ${w})`, `EXPOSE ${port} (그리고 docker run -p ${w})`),
    };
  })),
};
