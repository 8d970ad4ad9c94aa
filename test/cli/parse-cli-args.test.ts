/** parseCliArgs: words with no option among them skip node:util's parser, and must come out as it would make them. */
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { READ_OPTIONS } from '../../cli/client.js';
import { parseCliArgs } from '../../cli/parse-cli-args.js';

const OPTIONS = { ...READ_OPTIONS, kind: { type: 'string', multiple: true }, limit: { type: 'string' } } as const;

describe('parseCliArgs', () => {
  it('gives what parseArgs gives for words that are no options', () => {
    for (const args of [[], ['restart'], ['docker run -d -p 80:80 nginx'], ['run', 'a', 'container'], ['컨테이너', '재시작'], ['a-b', 'x=y', '']]) {
      expect(parseCliArgs('search', args, OPTIONS), JSON.stringify(args)).toStrictEqual(parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true }));
    }
  });

  it('parses options as parseArgs does, and with defaults', () => {
    expect(parseCliArgs('search', ['restart', '--json', '--kind', 'option'], OPTIONS)).toStrictEqual(parseArgs({ args: ['restart', '--json', '--kind', 'option'], options: OPTIONS, allowPositionals: true, strict: true }));
    const withDefault = { color: { type: 'string', default: 'auto' } } as const;
    expect(parseCliArgs('search', ['restart'], withDefault).values).toStrictEqual(parseArgs({ args: ['restart'], options: withDefault, allowPositionals: true, strict: true }).values);
  });
});
