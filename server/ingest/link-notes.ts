/**
 * Links the notes to the catalog: each definition to the entry it defines, each command line and
 * Dockerfile snippet to the command, options and instructions it uses (as examples), and each
 * passage to the commands, flags, instructions and concepts it talks about.
 */
import type { CommandSpec } from '../../data/catalog/types.js';
import type { CommandIndex } from '../commands/command-index.js';
import { HELP_OPTION, isDockerInvocation, parseDockerCommand, type ParsedDockerCommand } from '../commands/parse-docker-command.js';
import { INSTRUCTION_NAMES, leadingInstruction } from '../dockerfile/instruction-names.js';
import type { CommandNode, NoteNode, NotesDocument, ParsedSection } from '../notes/types.js';
import { splitSimpleCommands, tokenizeShell } from '../shell/tokenize-shell.js';
import { optionId, commandId, type EntryRecord } from './catalog-entries.js';
import type { EntryNames } from './entry-names.js';
import { textsContaining } from './texts-containing.js';

export type LinkRole = 'definition' | 'passage' | 'example' | 'related';

/** One link from an entry to lines of a section. */
export interface NoteLink {
  readonly entryId: string;
  readonly section: ParsedSection;
  readonly startLine: number;
  readonly endLine: number;
  readonly role: LinkRole;
}

/** A command line, Dockerfile snippet or shell command found in the notes. */
export interface NoteExample {
  readonly section: ParsedSection;
  readonly node: Extract<NoteNode, { kind: 'command' | 'dockerfile' | 'shell' }>;
  readonly kind: 'command' | 'dockerfile' | 'shell';
  readonly text: string;
  readonly entryIds: readonly string[];
  /** For command lines: each docker invocation in it, parsed, with its offset in `text`. */
  readonly commands: readonly ParsedDockerCommand[];
}

export interface LinkResult {
  readonly links: NoteLink[];
  readonly examples: NoteExample[];
}

const FLAG = /(?<![\w-])(--?[A-Za-z][\w-]*)/g;
const INSTRUCTION = new RegExp(`\\b(${INSTRUCTION_NAMES.join('|')})\\b`, 'g');
/**
 * `docker image prune`, `docker export, import`, `load 명령어`, or an English command word followed by a Korean particle (`export와`, `commit으로`).
 * The word is taken whole (`(?![a-z])`): a shorter part of it is never followed by a particle, and without it every word of the prose is tried at every length.
 */
const COMMAND_WORD = /\bdocker\s+((?:image|container|builder)\s+[a-z]+|[a-z]+(?:\s*,\s*[a-z]+)*)|'?\b([a-z]+)(?![a-z])'?(?=\s*명령|와|과|은|는|을|를|으로|로|이|가|의|도)/g;

/** Links one parsed notes file. */
export function linkNotes(doc: NotesDocument, entries: readonly EntryRecord[], names: EntryNames, index: CommandIndex, lang: 'ko' | 'en' = 'en'): LinkResult {
  const links: NoteLink[] = [];
  const examples: NoteExample[] = [];
  const withTerms = entries.filter((e) => e.noteTerms.length).map((e) => ({ id: e.id, terms: e.noteTerms.map((t) => t.toLowerCase()) }));
  const flagOwners = optionsByFlag(entries);
  const parentOf = new Map(entries.filter((e) => e.parentId).map((e) => [e.id, e.parentId!]));
  const add = (entryId: string | undefined, section: ParsedSection, startLine: number, endLine: number, role: LinkRole) => {
    if (entryId) links.push({ entryId, section, startLine, endLine, role });
  };

  // Which passages use which entries' own phrases, for all passages at once.
  const passageIndex = new Map<NoteNode, number>();
  for (const section of doc.sections) for (const node of section.nodes) if (node.kind === 'passage') passageIndex.set(node, passageIndex.size);
  const termHits = textsContaining([...passageIndex.keys()].map((n) => (n as { text: string }).text), withTerms.map((e) => e.terms));
  // Per passage, the entries whose phrases it uses, in entry order: a passage then costs only its own hits.
  const termEntries: string[][] = Array.from({ length: passageIndex.size }, () => []);
  withTerms.forEach((e, k) => termHits[k]!.forEach((hit, p) => { if (hit) termEntries[p]!.push(e.id); }));

  for (const section of doc.sections) {
    const sectionCommands: { line: number; spec: CommandSpec }[] = [];
    // Instructions named in the section's title cover the whole section.
    for (const m of section.title.toUpperCase().matchAll(INSTRUCTION)) {
      add(names.idOf(m[1]!), section, section.startLine, section.endLine, 'passage');
    }
    for (const node of section.nodes) {
      if (node.kind === 'command') {
        const commands = parseCommandText(node.text, index, lang);
        const ids = unique(commands.flatMap(entryIdsOfCommand));
        for (const c of commands) if (c.command) sectionCommands.push({ line: node.startLine, spec: c.command.spec });
        if (isFormMention(node, commands)) {
          // `'docker rmi -f'로 강제 삭제하면 …`: the sentence talks about the command and flag; it is not an example to run.
          for (const id of ids) add(id, section, node.startLine, node.endLine, 'passage');
          continue;
        }
        examples.push({ section, node, kind: 'command', text: node.text, entryIds: ids, commands });
        for (const id of ids) add(id, section, node.startLine, node.endLine, 'example');
      } else if (node.kind === 'dockerfile') {
        const ids = unique(node.lines.map((l) => leadingInstruction(l.text)).filter((n) => n !== undefined).map((n) => `instruction:${n}`));
        examples.push({ section, node, kind: 'dockerfile', text: node.lines.map((l) => l.text).join('\n'), entryIds: ids, commands: [] });
        for (const id of ids) add(id, section, node.startLine, node.endLine, 'example');
      } else if (node.kind === 'shell') {
        const commands = parseCommandText(node.text, index, lang);
        examples.push({ section, node, kind: 'shell', text: node.text, entryIds: unique(commands.flatMap(entryIdsOfCommand)), commands });
      }
    }
    for (const node of section.nodes) {
      if (node.kind === 'definition') {
        add(names.idOf(node.name), section, node.startLine, node.endLine, 'definition');
      } else if (node.kind === 'passage') {
        const text = node.text;
        const mentioned = commandsMentioned(text, index);
        // The commands a flag may belong to, nearest first: only worked out for a passage that names a flag.
        let context: CommandSpec[] | undefined;
        const commandsInContext = () => (context ??= unique([
          ...mentioned,
          ...sectionCommands.filter((c) => c.line <= node.startLine).sort((a, b) => b.line - a.line).map((c) => c.spec),
          ...sectionCommands.map((c) => c.spec),
        ]));
        for (const spec of mentioned) add(commandId(spec), section, node.startLine, node.endLine, 'passage');
        for (const m of text.matchAll(FLAG)) {
          const optionEntry = resolveFlag(m[1]!, commandsInContext(), index, flagOwners);
          add(optionEntry, section, node.startLine, node.endLine, 'passage');
          add(parentOf.get(optionEntry ?? ''), section, node.startLine, node.endLine, 'passage');
        }
        for (const m of text.matchAll(INSTRUCTION)) add(`instruction:${m[1]}`, section, node.startLine, node.endLine, 'passage');
        const p = passageIndex.get(node)!;
        for (const id of termEntries[p]!) add(id, section, node.startLine, node.endLine, 'passage');
      } else if (node.kind === 'mention') {
        const resolved = index.resolve(node.text.replace(/^docker\s+/, '').split(/\s+/));
        if (resolved && /^(docker\s+)?[a-z]+(\s+[a-z]+)?$/.test(node.text)) add(commandId(resolved.spec), section, node.startLine, node.endLine, 'passage');
      }
    }
  }
  links.push(...relatedLinks(links, entries, names));
  return { links: dedupe(links), examples };
}

/** For entries the notes never name, the lines that cover their related entries, marked as `related`. */
function relatedLinks(links: readonly NoteLink[], entries: readonly EntryRecord[], names: EntryNames): NoteLink[] {
  const byEntry = new Map<string, NoteLink[]>();
  for (const l of links) {
    const list = byEntry.get(l.entryId);
    if (list) list.push(l);
    else byEntry.set(l.entryId, [l]);
  }
  const out: NoteLink[] = [];
  for (const e of entries) {
    if (byEntry.has(e.id) || e.kind === 'option') continue;
    for (const name of e.related) {
      const direct = byEntry.get(names.idOf(name) ?? '') ?? [];
      for (const l of direct.filter((d) => d.role !== 'related').slice(0, 3)) {
        out.push({ ...l, entryId: e.id, role: 'related' });
      }
    }
  }
  return out;
}

/**
 * A command quoted inside a sentence that lacks only its arguments names a form (`docker rmi -f`), not a runnable
 * example; so does one that ends with a flag named without its value (`docker run --link` 명령어는 …).
 */
function isFormMention(node: CommandNode, commands: readonly ParsedDockerCommand[]): boolean {
  const problems = commands.flatMap((c) => c.problems);
  const end = node.text.trimEnd().length;
  return node.inline && problems.length > 0
    && problems.every((p) => p.code === 'missing-argument' || (p.code === 'missing-value' && p.end >= end));
}

/** Parsed command lines by language and text, per command index (so per ingest): notes repeat their commands (`docker ps -a`), and parsing is pure. */
const parsedByIndex = new WeakMap<CommandIndex, Map<string, readonly ParsedDockerCommand[]>>();

/** Parses every docker invocation in a command line (`a && b`, `\` continuations), its problems in `lang`. The result is shared: read it, never change it. */
export function parseCommandText(text: string, index: CommandIndex, lang: 'ko' | 'en' = 'en'): readonly ParsedDockerCommand[] {
  let parsed = parsedByIndex.get(index);
  if (!parsed) parsedByIndex.set(index, (parsed = new Map()));
  const key = `${lang}:${text}`;
  let commands = parsed.get(key);
  if (!commands) {
    const { tokens } = tokenizeShell(text);
    commands = splitSimpleCommands(tokens).filter(isDockerInvocation).map((words) => parseDockerCommand(words, index, lang));
    parsed.set(key, commands);
  }
  return commands;
}

function entryIdsOfCommand(parsed: ParsedDockerCommand): string[] {
  if (!parsed.command) return [];
  const spec = parsed.command.spec;
  // A flag lent by the group (`docker compose up -f`: the -f of `docker compose`) is its owner's entry.
  // A hidden flag (`docker compose --version`) is read but has no entry.
  return [commandId(spec), ...parsed.options.filter((o) => o.spec && o.spec !== HELP_OPTION && o.scope === 'command' && (o.owner ?? spec).options.includes(o.spec))
    .map((o) => optionId(o.owner ?? spec, o.spec!))];
}

function commandsMentioned(text: string, index: CommandIndex): CommandSpec[] {
  const found: CommandSpec[] = [];
  for (const m of text.matchAll(COMMAND_WORD)) {
    const spellings = m[1] && m[1].includes(',') ? m[1].split(/\s*,\s*/) : [m[1] ?? m[2] ?? ''];
    for (const spelling of spellings) {
      const resolved = index.resolve(spelling.split(/\s+/));
      if (resolved) found.push(resolved.spec);
    }
  }
  return unique(found);
}

/** The option a flag in prose refers to: first in the commands in context, else the one command that has it. */
function resolveFlag(flag: string, context: readonly CommandSpec[], index: CommandIndex, flagOwners: ReadonlyMap<string, readonly EntryRecord[]>): string | undefined {
  for (const spec of context) {
    const option = index.findOption(spec, flag);
    // The group's flag lent to a subcommand has one entry, under the group (option:compose:--file).
    const owner = option && index.ownerOf(spec, option);
    if (option && owner!.options.includes(option)) return optionId(owner!, option);
  }
  if (!flag.startsWith('--')) return undefined;
  const owners = flagOwners.get(flag) ?? [];
  const cli = owners.filter((e) => !e.name.startsWith('docker ') || commandNameOf(e) !== 'docker');
  return cli.length === 1 ? cli[0]!.id : owners.length === 1 ? owners[0]!.id : undefined;
}

/** Option entries by their flag (the last word of their name: `docker run --rm` under `--rm`), in catalog order. */
function optionsByFlag(entries: readonly EntryRecord[]): Map<string, EntryRecord[]> {
  const byFlag = new Map<string, EntryRecord[]>();
  for (const e of entries) {
    if (e.kind !== 'option') continue;
    const space = e.name.lastIndexOf(' ');
    if (space < 0) continue;
    const flag = e.name.slice(space + 1);
    const list = byFlag.get(flag);
    if (list) list.push(e);
    else byFlag.set(flag, [e]);
  }
  return byFlag;
}

function commandNameOf(e: EntryRecord): string {
  return e.name.slice(0, e.name.lastIndexOf(' '));
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function dedupe(links: readonly NoteLink[]): NoteLink[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    const key = `${l.entryId}|${l.section.path}|${l.startLine}|${l.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

