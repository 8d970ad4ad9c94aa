/**
 * Command lines that parse and run but do not do what the notes mean:
 *   - `-v 'pwd':/app`, `-v pwd:/app`: a source with no `/` is a volume name, so this mounts a named
 *     volume called "pwd", not the current directory (the shell runs pwd only in $(pwd) or `pwd`);
 *   - `docker inspect -f '{{.ContainerConfig…}}'`: image inspect no longer has ContainerConfig
 *     (removed with API 1.45, Docker 26); the image's configuration is `.Config`.
 */
import type { NoteExample } from '../ingest/link-notes.js';
import type { CommandNode } from '../notes/types.js';
import { excerptAt, say, type ErratumRecord, type NotesCheck, type NotesCheckContext } from './types.js';

/** `-v`/`--volume` whose source is the word pwd, bare or quoted (not `$(pwd)` or `` `pwd` ``). */
const PWD_AS_VOLUME = /(?<=(?:^|\s)(?:-v|--volume)(?:=|\s+))(['"]?)pwd\1(?=:)/g;
/** A Go template field the image inspect output no longer has. */
const CONTAINER_CONFIG = /(?<=\{\{[^}]*)\.ContainerConfig\b/g;

export const commandMeaningsCheck: NotesCheck = {
  id: 'command',
  check(context) {
    const errata: ErratumRecord[] = [];
    for (const example of context.examples) {
      if (example.kind !== 'command' || example.node.kind !== 'command') continue;
      const node = example.node;
      const text = node.text;
      for (const m of text.matchAll(PWD_AS_VOLUME)) {
        errata.push(erratum(context, example, node, m.index!, 'command/volume-named-pwd',
          say(context.lang, `\`${m[0]}\`은(는) 현재 디렉터리가 아니라 "pwd"라는 이름의 볼륨입니다. 셸은 $(pwd)나 \`pwd\`일 때만 pwd를 실행합니다`,
            `\`${m[0]}\` is a volume named "pwd", not the current directory: the shell runs pwd only in $(pwd) or \`pwd\``),
          text.slice(0, m.index!) + '"$(pwd)"' + text.slice(m.index! + m[0].length)));
      }
      if (/\binspect\b/.test(text)) {
        for (const m of text.matchAll(CONTAINER_CONFIG)) {
          errata.push(erratum(context, example, node, m.index!, 'command/removed-inspect-field',
            say(context.lang, 'docker inspect의 이미지 정보에는 Docker 26(API 1.45)부터 ContainerConfig가 없습니다. 이미지의 설정은 .Config에 있습니다',
              'image inspect output has had no ContainerConfig since Docker 26 (API 1.45); the image\'s configuration is .Config'),
            text.slice(0, m.index!) + '.Config' + text.slice(m.index! + m[0].length)));
        }
      }
    }
    return errata;
  },
};

function erratum(context: NotesCheckContext, example: NoteExample, node: CommandNode, offset: number, rule: string, message: string, fixed: string): ErratumRecord {
  const before = node.text.slice(0, offset);
  const newlines = before.split('\n').length - 1;
  const line = node.startLine + newlines;
  // A continued line's text is trimmed in the command: count from the line's indent.
  const raw = context.doc.lines[line - 1] ?? '';
  const column = newlines === 0 ? node.column + offset : raw.length - raw.trimStart().length + offset - before.lastIndexOf('\n');
  return {
    file: context.doc.file, line, column, rule, severity: 'error', message,
    suggestion: fixed.replace(/\s*\\\n\s*/g, ' ').replace(/\n\s*/g, ' ').trim(), excerpt: excerptAt(context.doc, line), section: example.section, example,
  };
}
