import { describe, expect, it } from 'vitest';
import { splitSimpleCommands, tokenizeShell } from '../../server/shell/tokenize-shell.js';

const words = (input: string) => tokenizeShell(input).tokens.map((t) => (t.kind === 'word' ? t.value : `<${t.value === '\n' ? 'NL' : t.value}>`));

describe('tokenizeShell', () => {
  it('removes quotes and keeps each word\'s span in the input', () => {
    const input = `docker run -e "A=b c" --name='x y' nginx`;
    const { tokens } = tokenizeShell(input);
    expect(tokens.map((t) => t.kind === 'word' && t.value)).toEqual(['docker', 'run', '-e', 'A=b c', '--name=x y', 'nginx']);
    for (const t of tokens) expect(input.slice(t.start, t.end)).toBe(t.kind === 'word' ? t.raw : t.value);
  });

  it('joins backslash-newline continuations', () => {
    expect(words('docker run \\\n  -d \\\n  nginx')).toEqual(['docker', 'run', '-d', 'nginx']);
  });

  it('splits at && || | ; & even without spaces', () => {
    expect(words('docker stop a&&docker rm a|cat;echo x')).toEqual(['docker', 'stop', 'a', '<&&>', 'docker', 'rm', 'a', '<|>', 'cat', '<;>', 'echo', 'x']);
    expect(splitSimpleCommands(tokenizeShell('a b && c d').tokens).map((c) => c.map((w) => w.value))).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('keeps $(…) inside one word and records where it is', () => {
    const input = 'docker rm $(docker ps -aq)';
    const last = tokenizeShell(input).tokens.at(-1)!;
    expect(last.kind === 'word' && last.value).toBe('$(docker ps -aq)');
    expect(last.kind === 'word' && last.substitutions.map((s) => input.slice(s.start, s.end))).toEqual(['docker ps -aq']);
  });

  it('reports an unterminated quote instead of throwing', () => {
    const result = tokenizeShell(`docker run 'oops`);
    expect(result.problems).toEqual([{ start: 11, end: 16, message: 'this single quote is never closed' }]);
  });

  it('reads <name> as a placeholder word, as cheat sheets write one, and redirections as redirections', () => {
    expect(words('docker stop <hash>')).toEqual(['docker', 'stop', '<hash>']);
    expect(words('docker service scale <service_name>=<replica>')).toEqual(['docker', 'service', 'scale', '<service_name>=<replica>']);
    expect(words('docker push <user>/<repo>:<tag>')).toEqual(['docker', 'push', '<user>/<repo>:<tag>']);
    expect(words('docker rmi <이미지>')).toEqual(['docker', 'rmi', '<이미지>']);
    // A shell reads these as redirections: from a file, to a file, or both.
    expect(words('docker load < img.tar')).toEqual(['docker', 'load', '<<>', 'img.tar']);
    expect(words('docker load <img.tar')).toEqual(['docker', 'load', '<<>', 'img.tar']);
    expect(words('docker exec -i web sh <in.sh >out.log')).toEqual(['docker', 'exec', '-i', 'web', 'sh', '<<>', 'in.sh', '<>>', 'out.log']);
    expect(words('cat <a>b')).toEqual(['cat', '<<>', 'a', '<>>', 'b']);
  });

  it('drops comments', () => {
    expect(words('docker ps # list them')).toEqual(['docker', 'ps']);
  });
});
