/** EXPOSE 80/TCP: the protocol is matched in lower case (tcp, udp, sctp); write it so. */
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';

export const exposeProtoCasing: LintRule = {
  id: 'expose-proto-casing',
  severity: 'info',
  buildkit: 'ExposeProtoCasing',
  entry: 'EXPOSE',
  description: say('EXPOSE with a protocol not in lower case', '프로토콜을 소문자로 쓰지 않은 EXPOSE'),
  check: ({ steps }) => steps.filter((s) => s.keyword === 'EXPOSE').flatMap((s) => s.words.filter((w) => /\/[a-z]*[A-Z][A-Za-z]*$/.test(w)).map((w) => ({
    ...at(s),
    message: say(`${w}: write the protocol in lower case`, `${w}: 프로토콜은 소문자로 쓰세요`),
    fix: say(w.toLowerCase(), w.toLowerCase()),
  }))),
};
