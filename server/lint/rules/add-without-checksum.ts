/** ADD of a URL takes whatever the server returns; `--checksum=sha256:…` makes the build refuse anything else. */
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';
import { sourcesAndDestination } from './copy-paths.js';

export const addWithoutChecksum: LintRule = {
  id: 'add-without-checksum',
  severity: 'info',
  entry: 'compare:add-vs-copy',
  description: say('ADD of a remote URL without --checksum', '--checksum 없이 원격 URL을 ADD함'),
  check: ({ steps }) => steps.filter((s) => s.keyword === 'ADD' && !s.flags.some((f) => f.getName() === 'checksum')).flatMap((s) => {
    const url = sourcesAndDestination(s).sources.find((p) => /^https?:\/\//i.test(p) && !/\.git(#.*)?$/.test(p));
    return url ? [{
      ...at(s),
      message: say(`${url} is downloaded unverified: the build accepts whatever the server sends`, `${url}을(를) 검증 없이 받습니다. 서버가 무엇을 보내든 빌드가 받아들입니다`),
      fix: say(`ADD --checksum=sha256:<digest> ${url} …`, `ADD --checksum=sha256:<다이제스트> ${url} …`),
    }] : [];
  }),
};
