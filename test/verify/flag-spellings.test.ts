/** Option names mistyped where no command parser looks (prose, headings, inline code), and usage templates' flags. */
import { describe, expect, it } from 'vitest';
import * as catalog from '../../data/catalog/index.js';
import { ingestNotes } from '../../server/ingest/ingest-notes.js';

const errata = (text: string, lang?: 'ko' | 'en') =>
  ingestNotes(catalog, [{ file: 'n.md', text, ...(lang ? { lang } : {}) }]).notes[0]!.errata.map((e) => `${e.line}:${e.column} ${e.rule} ${e.message}`);

describe('option names in prose', () => {
  it('reports a typographic dash or one dash before a long option docker has', () => {
    expect(errata('# Limits\n\n- —name: the container name\n\n### Lab `—cpu-shares`\n\n> `-cpu-shares` weights containers on one core.\n', 'en')).toEqual([
      '3:3 flag/spelling `—name` starts with a typographic dash, not hyphens: the option is --name',
      '5:10 flag/spelling `—cpu-shares` starts with a typographic dash, not hyphens: the option is --cpu-shares',
      '7:4 flag/spelling `-cpu-shares` has one dash, so docker would read short flags: the option is --cpu-shares',
    ]);
  });

  it('says it in Korean for Korean notes', () => {
    expect(errata('# 옵션\n\n컨테이너 이름은 —name 으로 정한다.\n')).toEqual(['3:10 flag/spelling `—name`의 —은(는) 하이픈이 아니라 대시 기호입니다. 옵션은 --name입니다']);
  });

  it('reports a dash too many before a long option in a table, not a table rule or a rule line', () => {
    const table = '# 옵션\n\n| Option | Description |\n| --- | --- |\n| -d, ---detach | 백그라운드 실행 |\n\n---\n\n---nothing here\n';
    expect(errata(table)).toEqual(['5:7 flag/spelling `---detach`은(는) 대시가 너무 많습니다. 옵션은 --detach입니다']);
  });

  it('leaves alone dashes before words that are no option, and short flags', () => {
    expect(errata('# a\n\nDocker — the tool — runs -it and -d, and a well-known-name.\n', 'en')).toEqual([]);
  });
});

describe('usage templates', () => {
  it('checks a template\'s flags but not its placeholder arguments, unless a space splits one (`<repo_url> /<name>`)', () => {
    expect(errata('# a\n\n```\ndocker run -I -t <image> /bin/sh\ndocker tag <image_id> <repo_url>/<name>:<version>\ndocker tag <image_id> <repo_url> /<name>:<version>\n```\n', 'en').map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['4:12 command/unknown-option', '6:33 command/extra-argument']);
  });
});
