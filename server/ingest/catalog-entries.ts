/**
 * Turns the typed catalog into entry records: one per command, option, instruction, concept,
 * comparison and recipe, each with its canonical name, the spellings it also answers to, its
 * cross-references and its own examples.
 */
import type {
  Bilingual, CommandSpec, ComparisonSpec, ConceptSpec, DirectiveSpec, InstructionSpec, Keywords, OptionSpec, RecipeSpec,
} from '../../data/catalog/types.js';
import type { EntryKind } from '../../schema/tables.js';

/** Everything the catalog contributes. */
export interface Catalog {
  readonly commands: readonly CommandSpec[];
  readonly instructions: readonly InstructionSpec[];
  readonly directives: readonly DirectiveSpec[];
  readonly concepts: readonly ConceptSpec[];
  readonly comparisons: readonly ComparisonSpec[];
  readonly recipes: readonly RecipeSpec[];
}

/** One entry as the ingest stores it. */
export interface EntryRecord {
  readonly id: string;
  readonly kind: EntryKind;
  readonly name: string;
  readonly title: Bilingual;
  readonly summary: Bilingual;
  readonly body: Bilingual;
  readonly keywords: Keywords;
  readonly parentId?: string;
  readonly data: unknown;
  /** Other spellings users type for it (`docker image rm`, `docker run -p`). */
  readonly aliases: readonly string[];
  /** Canonical names of related entries, resolved later. */
  readonly related: readonly string[];
  readonly examples: readonly { readonly kind: 'command' | 'dockerfile' | 'shell'; readonly text: string }[];
  /** Phrases that mark a notes passage as about this entry. */
  readonly noteTerms: readonly string[];
  /** True for the catalog beyond the notes' subject: commands built from the facts files, everyday concepts and recipes. */
  readonly isBeyondNotes?: boolean;
}

const NO_KEYWORDS: Keywords = { ko: [], en: [] };
const EMPTY: Bilingual = { ko: '', en: '' };

/** The program prefix of a command's canonical name: `docker run`, `docker` for globals, `dockerd`. */
export function commandName(spec: CommandSpec): string {
  if (spec.scope === 'global') return 'docker';
  if (spec.scope === 'daemon') return spec.name;
  return `docker ${spec.name}`;
}

/** Entry id of a command (`command:image-prune`). */
export function commandId(spec: CommandSpec): string {
  return `command:${spec.scope === 'global' ? 'docker' : spec.name.replace(/\s+/g, '-')}`;
}

/** Entry id of a command's option (`option:run:--restart`). */
export function optionId(spec: CommandSpec, option: OptionSpec): string {
  return `${commandId(spec).replace(/^command:/, 'option:')}:${option.long}`;
}

/** The entry id of an option's command, from the option's id: `command:run` of `option:run:--restart`. */
export function commandIdOfOption(id: string): string {
  const start = id.indexOf(':') + 1;
  const end = id.indexOf(':', start);
  return `command:${id.slice(start, end < 0 ? undefined : end)}`;
}

function commandEntries(spec: CommandSpec): EntryRecord[] {
  const name = commandName(spec);
  const id = commandId(spec);
  const aliases = spec.aliases.map((a) => `docker ${a}`);
  const command: EntryRecord = {
    id, kind: 'command', name, title: { ko: name, en: name }, summary: spec.summary,
    body: joinBilingual([spec.details ?? EMPTY, { ko: `사용법: ${spec.usage}`, en: `Usage: ${spec.usage}` }]),
    keywords: spec.keywords, data: spec, aliases, related: spec.related ?? [], noteTerms: [],
    examples: (spec.examples ?? []).map((text) => ({ kind: 'command' as const, text })),
    ...(spec.source ? { isBeyondNotes: true } : {}),
  };
  const options = spec.options.map((option): EntryRecord => ({
    id: optionId(spec, option), kind: 'option', name: `${name} ${option.long}`,
    title: { ko: `${name} ${option.long}`, en: `${name} ${option.long}` },
    summary: option.summary,
    body: joinBilingual([option.details ?? EMPTY, valuesLine(option)]),
    keywords: mergeKeywords(option.keywords ?? NO_KEYWORDS, { ko: [], en: option.long.replace(/^--/, '').split('-') }),
    parentId: id, data: option,
    aliases: [
      ...(option.short ? [`${name} ${option.short}`] : []),
      ...aliases.flatMap((a) => [`${a} ${option.long}`, ...(option.short ? [`${a} ${option.short}`] : [])]),
    ],
    related: [name], noteTerms: [],
    examples: (option.examples ?? []).map((text) => ({ kind: 'command' as const, text })),
    ...(spec.source || option.builder === 'buildkit' ? { isBeyondNotes: true } : {}),
  }));
  return [command, ...options];
}

function valuesLine(option: OptionSpec): Bilingual {
  const parts: string[] = [];
  if (option.values?.length) parts.push(option.values.join(' | '));
  if (option.default !== undefined) parts.push(`default ${option.default}`);
  if (!parts.length) return EMPTY;
  return {
    ko: `값: ${option.values?.join(' | ') ?? option.type}${option.default !== undefined ? ` (기본값 ${option.default})` : ''}`,
    en: `Values: ${option.values?.join(' | ') ?? option.type}${option.default !== undefined ? ` (default ${option.default})` : ''}`,
  };
}

function instructionEntry(spec: InstructionSpec): EntryRecord {
  const forms = spec.forms.map((f) => ({ ko: `${f.syntax} — ${f.summary.ko}`, en: `${f.syntax} — ${f.summary.en}` }));
  const flags = spec.flags.map((f) => ({ ko: `--${f.name.replace(/^--/, '')}=${f.value}: ${f.summary.ko}`, en: `--${f.name.replace(/^--/, '')}=${f.value}: ${f.summary.en}` }));
  return {
    id: `instruction:${spec.name}`, kind: 'instruction', name: spec.name, title: { ko: spec.name, en: spec.name },
    summary: spec.summary, body: joinBilingual([spec.details ?? EMPTY, ...forms, ...flags]),
    keywords: mergeKeywords(spec.keywords, { ko: [], en: spec.flags.map((f) => f.name.replace(/^--/, '')) }),
    data: spec, aliases: [spec.name.toLowerCase()], related: [], noteTerms: [],
    examples: spec.examples.map((text) => ({ kind: 'dockerfile' as const, text })),
  };
}

function directivesEntry(directives: readonly DirectiveSpec[]): EntryRecord {
  return {
    id: 'concept:parser-directives', kind: 'concept', name: 'concept:parser-directives',
    title: { ko: 'Dockerfile 파서 지시어', en: 'Dockerfile parser directives' },
    summary: { ko: 'Dockerfile 맨 위의 특수 주석(# syntax=, # escape=, # check=)으로 파싱 방식을 바꿈', en: 'Special comments at the top of a Dockerfile (# syntax=, # escape=, # check=) that change how it is parsed' },
    body: joinBilingual(directives.map((d) => ({ ko: `${d.syntax} — ${d.summary.ko}`, en: `${d.syntax} — ${d.summary.en}` }))),
    keywords: { ko: ['지시어', '파서', '문법'], en: ['directive', 'syntax', 'escape', 'check', 'parser'] },
    data: directives, aliases: directives.map((d) => `# ${d.name}`), related: [], noteTerms: [], examples: [],
  };
}

function conceptEntry(spec: ConceptSpec): EntryRecord {
  return {
    id: `concept:${spec.slug}`, kind: 'concept', name: `concept:${spec.slug}`, title: spec.title, summary: spec.summary,
    body: spec.body, keywords: spec.keywords, data: spec, aliases: [spec.slug], related: spec.related, noteTerms: spec.noteTerms,
    examples: (spec.examples ?? []).map((text) => ({ kind: exampleKind(text), text })),
    ...(spec.noteTerms.length ? {} : { isBeyondNotes: true }),
  };
}

function comparisonEntry(spec: ComparisonSpec): EntryRecord {
  const rows = spec.rows.map((r) => ({
    ko: `${r.aspect.ko}: ${r.cells.map((c, i) => `${spec.subjects[i] ?? ''} — ${c.ko}`).join(' / ')}`,
    en: `${r.aspect.en}: ${r.cells.map((c, i) => `${spec.subjects[i] ?? ''} — ${c.en}`).join(' / ')}`,
  }));
  return {
    id: `comparison:${spec.slug}`, kind: 'comparison', name: `compare:${spec.slug}`, title: spec.title, summary: spec.summary,
    body: joinBilingual(rows), keywords: spec.keywords, data: spec, aliases: [spec.slug], related: spec.subjects,
    noteTerms: spec.noteTerms, examples: [],
  };
}

function recipeEntry(spec: RecipeSpec): EntryRecord {
  const steps = spec.steps.map((s, i) => ({ ko: `${i + 1}. ${s.summary.ko}: ${s.command}`, en: `${i + 1}. ${s.summary.en}: ${s.command}` }));
  return {
    id: `recipe:${spec.slug}`, kind: 'recipe', name: `recipe:${spec.slug}`, title: spec.title, summary: spec.summary,
    body: joinBilingual(steps), keywords: spec.keywords, data: spec, aliases: [spec.slug], related: spec.related,
    noteTerms: spec.noteTerms, examples: [],
    ...(spec.noteTerms.length ? {} : { isBeyondNotes: true }),
  };
}

function exampleKind(text: string): 'command' | 'dockerfile' | 'shell' {
  if (/^(sudo\s+)?docker\s/.test(text)) return 'command';
  if (/^[A-Z]+(\s|\[)/.test(text)) return 'dockerfile';
  return 'shell';
}

function joinBilingual(parts: readonly Bilingual[]): Bilingual {
  return {
    ko: parts.map((p) => p.ko).filter(Boolean).join('\n\n'),
    en: parts.map((p) => p.en).filter(Boolean).join('\n\n'),
  };
}

function mergeKeywords(a: Keywords, b: Keywords): Keywords {
  return { ko: [...new Set([...a.ko, ...b.ko])], en: [...new Set([...a.en, ...b.en])] };
}

/** All entry records of a catalog, in a stable order. */
export function catalogEntries(catalog: Catalog): EntryRecord[] {
  return [
    ...catalog.commands.flatMap(commandEntries),
    ...catalog.instructions.map(instructionEntry),
    directivesEntry(catalog.directives),
    ...catalog.concepts.map(conceptEntry),
    ...catalog.comparisons.map(comparisonEntry),
    ...catalog.recipes.map(recipeEntry),
  ];
}
