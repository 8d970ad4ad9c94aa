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

  it('drops comments', () => {
    expect(words('docker ps # list them')).toEqual(['docker', 'ps']);
  });
});
