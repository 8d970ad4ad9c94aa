import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../server/notes/parse-notes.js';
import type { NoteNode } from '../../server/notes/types.js';

const nodes = (text: string): NoteNode[] => parseNotes(text, 'n.md').sections.flatMap((s) => s.nodes);
const kinds = (text: string, kind: NoteNode['kind']) => nodes(text).filter((n) => n.kind === kind);
const commands = (text: string) => nodes(text).filter((n) => n.kind === 'command').map((n) => `${n.startLine}:${(n as { column: number }).column} ${(n as { text: string }).text}`);

describe('notes read as GitHub renders them (CommonMark + GFM)', () => {
  it('keeps a fence with a language tag inside an open fence as code, as GitHub nests them', () => {
    const doc = parseNotes('# 1 a\n\n```docker\ndocker build -t web .\n```Dockerfile\nFROM alpine\n```\n\nafter\n', 'n.md');
    expect(doc.markupProblems).toEqual([]);
    expect(doc.sections).toHaveLength(1);
    expect(commands('# 1 a\n\n```docker\ndocker build -t web .\n```Dockerfile\nFROM alpine\n```\n')).toEqual(['4:1 docker build -t web .']);
    expect(kinds('# 1 a\n\n```docker\ndocker build -t web .\n```Dockerfile\nFROM alpine\n```\n\nafter\n', 'passage').map((n) => n.startLine)).toEqual([4, 9]);
  });

  it('reads tilde fences, indented code and shell prompts as code, and their docker lines as examples', () => {
    expect(commands('# a\n\n~~~bash\n$ docker pull busybox\n~~~\n\n    docker ps -a\n\n```console\nuser@host:~$ docker run --rm \\\n  alpine echo hi\nhi\n```\n'))
      .toEqual(['4:3 docker pull busybox', '7:5 docker ps -a', '10:14 docker run --rm \\\nalpine echo hi']);
  });

  it('reads a fenced Dockerfile as a Dockerfile, with its lines where they are', () => {
    const [df] = kinds('# a\n\n```dockerfile\nFROM node:20\nRUN npm ci \\\n    --omit=dev\n```\n', 'dockerfile') as { lines: { line: number; column: number }[] }[];
    expect(df!.lines.map((l) => `${l.line}:${l.column}`)).toEqual(['4:1', '5:1', '6:5']);
  });

  it('does not read headings inside code, HTML blocks or front matter', () => {
    const doc = parseNotes('---\ntitle: x\n# not a heading\n---\n\n# one\n\n~~~\n# comment\n~~~\n\n<details>\n\n# two\n\n</details>\n\nSetext\n======\n', 'n.md');
    expect(doc.sections.map((s) => `${s.path} ${s.title} ${s.startLine}`)).toEqual(['one one 6', 'two two 14', 'setext Setext 18']);
  });

  it('keeps an unnumbered heading\'s own title', () => {
    const [s] = parseNotes('## Docker `build` 명령어 정리\n\ntext\n', 'n.md').sections;
    expect(s!.title).toBe('Docker build 명령어 정리');
  });

  it('makes a command line in inline code an example (a form: lacking only arguments is no mistake)', () => {
    const found = kinds('# a\n\n- `docker pull busybox`\n- 컨테이너 실행은 `docker run —name=webapp nginx` 처럼 한다\n- Use `docker logs -f web` to follow.\n', 'command') as { startLine: number; column: number; text: string; inline: boolean }[];
    expect(found.map((n) => [n.startLine, n.column, n.text, n.inline])).toEqual([
      [3, 4, 'docker pull busybox', true],
      [4, 13, 'docker run —name=webapp nginx', true],
      [5, 8, 'docker logs -f web', true],
    ]);
  });

  it('makes each list item and paragraph its own passage, and a table a passage of its cells', () => {
    const passages = kinds('# a\n\n- chroot 는 루트를 바꾼다\n- libcontainer 는 런타임이다\n\n> 인용문\n\n| 명령 | 뜻 |\n|---|---|\n| `docker ps` | 목록 |\n', 'passage') as { startLine: number; text: string }[];
    expect(passages.map((p) => [p.startLine, p.text])).toEqual([
      [3, '- chroot 는 루트를 바꾼다'], [4, '- libcontainer 는 런타임이다'], [6, '> 인용문'], [8, '명령 | 뜻\ndocker ps | 목록'],
    ]);
  });

  it('does not take an apostrophe inside an English word for a quote', () => {
    expect(kinds("# a\n\nDon't run the container's shell as root; it's risky.\n", 'shell')).toEqual([]);
    expect(kinds("# a\n\nDon't run the container's shell as root; it's risky.\n", 'mention')).toEqual([]);
  });
});
