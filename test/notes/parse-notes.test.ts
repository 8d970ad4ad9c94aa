import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../server/notes/parse-notes.js';
import type { NoteNode, NotesDocument } from '../../server/notes/types.js';
import { expectGolden } from '../helpers/golden.js';
import { NOTES_FILE, notesText } from '../helpers/catalog-model.js';

/** One line per section and per node: kind, line range, and its text or name. */
function render(doc: NotesDocument): string {
  const out: string[] = [];
  for (const s of doc.sections) {
    out.push(`section ${s.path} "${s.title}" level ${s.level} lines ${s.startLine}-${s.endLine}`);
    for (const n of s.nodes) out.push(`  ${renderNode(n)}`);
  }
  return `${out.join('\n')}\n`;
}

function renderNode(n: NoteNode): string {
  const range = `${n.startLine}-${n.endLine}`;
  switch (n.kind) {
    case 'passage': return `passage ${range}: ${n.text.split('\n')[0]!.slice(0, 50)}`;
    case 'definition': return `definition ${n.name} ${range}`;
    case 'dockerfile': return `dockerfile ${range}: ${n.lines.map((l) => `${l.line}:${l.column} ${l.text}`).join(' | ')}`;
    case 'command': return `command ${range}:${n.column}: ${JSON.stringify(n.text)}${n.after ? ` after ${JSON.stringify(n.after)}` : ''}`;
    default: return `${n.kind} ${range}:${n.column}: ${JSON.stringify(n.text)}`;
  }
}

describe('parseNotes on the shipped notes', () => {
  const doc = parseNotes(notesText(), NOTES_FILE);

  it('matches the golden structure (sections, passages, definitions, commands, Dockerfiles)', () => {
    expectGolden('notes-structure.txt', render(doc));
  });

  it('finds every section heading with its number and line range', () => {
    expect(doc.sections.map((s) => s.path)).toEqual([
      '2.3', '2.3.1', '2.3.2', '2.3.3', '2.3.4', '2.3.4.2', '2.4', '2.4.1', '2.4.2', '2.4.3', '2.4.3.1', '2.4.3.2',
      '2.4.4', '2.4.4.1', '2.4.4.2', '2.4.4.3', '2.4.4.4', '2.4.5',
    ]);
    const registry = doc.sections.find((s) => s.path === '2.3.4.2')!;
    expect([registry.title, registry.startLine, registry.endLine]).toEqual(['도커 사설 레지스트리', 176, 232]);
  });

  it('joins a quoted command across backslash continuations', () => {
    const commit = doc.sections.flatMap((s) => s.nodes).find((n) => n.kind === 'command' && n.startLine === 64);
    expect(commit).toMatchObject({ kind: 'command', startLine: 64, endLine: 67, column: 6 });
    expect((commit as { text: string }).text.split('\n')).toHaveLength(4);
  });

  it('keeps what follows a quote closed too early', () => {
    const save = doc.sections.flatMap((s) => s.nodes).find((n) => n.kind === 'command' && n.startLine === 123);
    expect(save).toMatchObject({ text: 'docker save -o ubuntu_14_04.tar', after: 'ubuntu:14.04' });
  });

  it('reads a quoted Dockerfile after `vi Dockerfile` without the editor line', () => {
    const snippet = doc.sections.flatMap((s) => s.nodes).find((n) => n.kind === 'dockerfile' && n.startLine === 577);
    expect(snippet?.kind === 'dockerfile' && snippet.lines.map((l) => l.text)).toEqual([
      'FROM ubuntu:14.04', 'RUN apt-get update', 'RUN apt-get install apache2 -y', 'ADD entrypoint.sh /entrypoint.sh',
      'RUN chmod +x /entrypoint.sh', 'ENTRYPOINT ["/bin/bash", "/entrypoint.sh"]',
    ]);
  });
});

describe('parseNotes on small inputs', () => {
  it('treats a { } block of prose as an aside and a [ ] block of instructions as a Dockerfile', () => {
    const doc = parseNotes(['# 1 t', '{', '  설명 문장입니다.', '}', '[', '  FROM alpine', '  RUN echo hi', ']'].join('\n'), 'x.md');
    expect(doc.sections[0]!.nodes.map((n) => `${n.kind}:${n.startLine}`)).toEqual(['passage:3', 'dockerfile:6']);
  });

  it('does not read headings inside a fence', () => {
    const doc = parseNotes(['# 1 a', '```', '## not a heading', '```', '# 2 b'].join('\n'), 'x.md');
    expect(doc.sections.map((s) => s.path)).toEqual(['1', '2']);
  });

  it('gives numbered sections their number and others a slug, keeping duplicates apart', () => {
    const doc = parseNotes(['# Intro text', 'a', '# Intro text', 'b'].join('\n'), 'x.md');
    expect(doc.sections.map((s) => s.path)).toEqual(['intro-text', 'intro-text~2']);
  });

  it('keeps text before the first heading as section 0', () => {
    const doc = parseNotes(['preface', '# 1 a'].join('\n'), 'x.md');
    expect(doc.sections.map((s) => `${s.path}:${s.startLine}-${s.endLine}`)).toEqual(['0:1-1', '1:2-2']);
  });

  it('reads `NAME :` and `* NAME :` definitions up to the next one', () => {
    const doc = parseNotes(['# 1 a', '* ENV : 환경 변수', '  계속', '* ARG : 빌드 인자'].join('\n'), 'x.md');
    expect(doc.sections[0]!.nodes.filter((n) => n.kind === 'definition').map((n) => `${(n as { name: string }).name}:${n.startLine}-${n.endLine}`))
      .toEqual(['ENV:2-3', 'ARG:4-4']);
  });

  it('tells a command quoted inside a sentence from a quoted word', () => {
    const doc = parseNotes(["# 1 a", "'docker images -f dangling=true' 명령어와 '-f' 옵션"].join('\n'), 'x.md');
    expect(doc.sections[0]!.nodes.filter((n) => n.kind !== 'passage').map((n) => `${n.kind}:${(n as { text: string }).text}`))
      .toEqual(['command:docker images -f dangling=true', 'mention:-f']);
  });

  it('cancels a stray apostrophe at a blank line instead of swallowing the rest', () => {
    const doc = parseNotes(["# 1 a", "it's here", '', "'docker run -d nginx'"].join('\n'), 'x.md');
    expect(doc.sections[0]!.nodes.filter((n) => n.kind === 'command').map((n) => n.startLine)).toEqual([4]);
  });
});
