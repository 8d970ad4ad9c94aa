/**
 * The notes around a line: `docker-images.ko.md:131` opened in context — the headings above it,
 * the passage holding it (or the nearest one, when the line is blank or between passages), a few
 * lines either side, the errata on those lines and the catalog entries linked to them.
 * `dref show FILE:LINE` prints it and the terminal UI shows it for a passage found by search.
 */
import type { KnowledgeBase } from '../database/open-database.js';
import type { Lang } from '../search/search-entries.js';
import { findNotesFile } from './find-notes-file.js';

/** Lines shown before and after the passage (or the lines asked for). */
export const CONTEXT_LINES = 2;
/** How far the nearest passage may be from a line no passage holds and still be printed with it. */
export const NEAR_LINES = 8;

export interface NotesLine { readonly line: number; readonly text: string }
export interface NotesHeading { readonly path: string; readonly title: string; readonly level: number; readonly line: number }
export interface NotesPassage { readonly startLine: number; readonly endLine: number; readonly section: string; readonly text: string }
export interface NotesErratum { readonly line: number; readonly column: number; readonly severity: string; readonly rule: string; readonly message: string; readonly suggestion: string }
export interface NotesLinkedEntry {
  readonly id: string; readonly kind: string; readonly name: string; readonly title: string; readonly summary: string;
  /** How the lines relate to it (definition, passage, example, related), and which lines. */
  readonly role: string; readonly startLine: number; readonly endLine: number;
}

export interface NotesContext {
  /** The file as ingested, and how many lines it has. */
  readonly file: string;
  readonly lineCount: number;
  /** The lines asked for. */
  readonly startLine: number;
  readonly endLine: number;
  /** `passage`: passages hold the lines asked for; `between`: none does, `passages` is the nearest one (or none, in a file without passages). */
  readonly place: 'passage' | 'between';
  /** Every line asked for is blank. */
  readonly isBlank: boolean;
  /** The headings the first line is under, outermost first. */
  readonly headings: readonly NotesHeading[];
  readonly passages: readonly NotesPassage[];
  /** The passages just before and just after those. */
  readonly previous: NotesPassage | null;
  readonly next: NotesPassage | null;
  /** The lines shown: the lines asked for and the passages holding them (a nearest passage only within NEAR_LINES), CONTEXT_LINES either side, as in the file. */
  readonly lines: readonly NotesLine[];
  readonly errata: readonly NotesErratum[];
  /** Entries linked to the passages or the lines asked for: those of the lines asked for first, then by role (definitions, passages, examples, related). */
  readonly entries: readonly NotesLinkedEntry[];
}

export type NotesAtLine =
  | ({ readonly status: 'found' } & NotesContext)
  /** `files`: every ingested file (no match), or the ones the name could mean (ambiguous). */
  | { readonly status: 'noFile' | 'ambiguous'; readonly file: string; readonly files: readonly string[] }
  | { readonly status: 'outsideFile'; readonly file: string; readonly lineCount: number; readonly startLine: number; readonly endLine: number };

export interface NotesAtLineRequest {
  /** A notes file as ingested, as a path from `cwd`, or the end of its path (`docker-images.ko.md`). */
  readonly file: string;
  readonly startLine: number;
  /** Last line asked for (default: startLine). */
  readonly endLine?: number;
  readonly lang: Lang;
  readonly cwd?: string;
}

const ROLE_ORDER = ['definition', 'passage', 'example', 'related'];

/** The notes around `request`'s lines, or why there are none to show. */
export function notesAtLine(kb: KnowledgeBase, request: NotesAtLineRequest): NotesAtLine {
  const files = kb.sqlite.prepare('SELECT id, path, line_count AS lineCount FROM note_files ORDER BY id').all() as { id: number; path: string; lineCount: number }[];
  const match = findNotesFile(files.map((f) => f.path), request.file, request.cwd);
  if (match.status !== 'found') return { status: match.status, file: request.file, files: match.files };
  const file = files.find((f) => f.path === match.file)!;
  const startLine = request.startLine;
  const endLine = request.endLine ?? startLine;
  if (startLine < 1 || endLine > file.lineCount) return { status: 'outsideFile', file: file.path, lineCount: file.lineCount, startLine, endLine };

  const all = kb.sqlite.prepare(`SELECT p.start_line AS startLine, p.end_line AS endLine, s.path AS section, p.text AS text
    FROM passages p JOIN sections s ON s.id = p.section_id WHERE s.file_id = ? ORDER BY p.start_line, p.end_line`).all(file.id) as NotesPassage[];
  const holding = all.filter((p) => p.startLine <= endLine && p.endLine >= startLine);
  const nearest = holding.length ? [] : nearestPassage(all, startLine, endLine);
  const passages = holding.length ? holding : nearest;
  // The lines shown reach a nearest passage only when it is near; a far one is named, not printed.
  const shown = holding.length ? holding : nearest.filter((p) => distanceTo(p, startLine, endLine) <= NEAR_LINES);
  const from = Math.min(startLine, ...shown.map((p) => p.startLine));
  const to = Math.max(endLine, ...shown.map((p) => p.endLine));
  const previous = all.filter((p) => p.endLine < from).at(-1) ?? null;
  const next = all.find((p) => p.startLine > to) ?? null;

  const text = (kb.sqlite.prepare('SELECT text FROM note_files WHERE id = ?').get(file.id) as { text: string }).text.split('\n');
  const shownFrom = Math.max(1, from - CONTEXT_LINES);
  const shownTo = Math.min(file.lineCount, to + CONTEXT_LINES);
  const lines = Array.from({ length: shownTo - shownFrom + 1 }, (_, i) => ({ line: shownFrom + i, text: text[shownFrom + i - 1] ?? '' }));
  const asked = lines.filter((l) => l.line >= startLine && l.line <= endLine);

  // The entries of the lines that matter: the passages and the lines asked for, not the context around them.
  const ko = request.lang === 'ko';
  const linked = kb.sqlite.prepare(`SELECT e.id, e.kind, e.name, ${ko ? 'e.title_ko' : 'e.title_en'} AS title, ${ko ? 'e.summary_ko' : 'e.summary_en'} AS summary,
      es.role, es.start_line AS startLine, es.end_line AS endLine
    FROM entry_sections es JOIN sections s ON s.id = es.section_id JOIN entries e ON e.id = es.entry_id
    WHERE s.file_id = ? AND es.start_line <= ? AND es.end_line >= ?`).all(file.id, to, from) as NotesLinkedEntry[];
  const errata = kb.sqlite.prepare(`SELECT line, "column", severity, rule, message, suggestion FROM errata
    WHERE file_id = ? AND line BETWEEN ? AND ? ORDER BY line, "column"`).all(file.id, shownFrom, shownTo) as NotesErratum[];

  return {
    status: 'found', file: file.path, lineCount: file.lineCount, startLine, endLine,
    place: holding.length ? 'passage' : 'between',
    isBlank: asked.every((l) => !l.text.trim()),
    headings: headingsAt(kb, file.id, startLine),
    passages, previous, next, lines, errata,
    entries: entriesOnce(linked, startLine, endLine),
  };
}

/** How many lines lie from the lines asked for to a passage that does not hold them, plus one. */
function distanceTo(p: NotesPassage, startLine: number, endLine: number): number {
  return p.endLine < startLine ? startLine - p.endLine : p.startLine - endLine;
}

/** The passage closest to the lines (the later one when two are as close), or none in a file without passages. */
function nearestPassage(all: readonly NotesPassage[], startLine: number, endLine: number): NotesPassage[] {
  let best: NotesPassage | undefined;
  for (const p of all) if (!best || distanceTo(p, startLine, endLine) <= distanceTo(best, startLine, endLine)) best = p;
  return best ? [best] : [];
}

/** The section whose heading is the nearest above the line, and the sections that enclose it. */
function headingsAt(kb: KnowledgeBase, fileId: number, line: number): NotesHeading[] {
  const byId = kb.sqlite.prepare('SELECT id, parent_id AS parentId, path, title, level, start_line AS line FROM sections WHERE file_id = ?')
    .all(fileId) as (NotesHeading & { id: number; parentId: number | null })[];
  const own = byId.filter((s) => s.line <= line).sort((a, b) => b.line - a.line || b.level - a.level)[0];
  const chain: (NotesHeading & { id: number; parentId: number | null })[] = [];
  for (let s = own; s && chain.length < 16; s = byId.find((x) => x.id === s!.parentId)) chain.unshift(s);
  // Numbered headings at one level (`### 2.3`, `### 2.3.3`) have no parent: the number says which section holds them.
  for (let top = chain[0]; top && /^\d+(\.\d+)+$/.test(top.path) && chain.length < 16; top = chain[0]) {
    const enclosing = top.path.replace(/\.\d+$/, '');
    const outer = byId.filter((x) => x.path === enclosing && x.line <= top!.line).sort((a, b) => b.line - a.line)[0];
    if (!outer) break;
    chain.unshift(outer);
  }
  return chain.map(({ path, title, level, line: at }) => ({ path, title, level, line: at }));
}

/**
 * Each entry once, by the link that ties it most closely to the lines: first those whose link covers
 * a line asked for (the command on a line between passages before the passage shown instead), then
 * by role (definitions, passages, examples, related), then the narrowest link.
 */
function entriesOnce(rows: readonly NotesLinkedEntry[], startLine: number, endLine: number): NotesLinkedEntry[] {
  const key = (r: NotesLinkedEntry) => [r.startLine <= endLine && r.endLine >= startLine ? 0 : 1, ROLE_ORDER.indexOf(r.role), r.endLine - r.startLine];
  const before = (a: NotesLinkedEntry, b: NotesLinkedEntry) => {
    const [ka, kb] = [key(a), key(b)];
    const i = ka.findIndex((x, n) => x !== kb[n]);
    return i === -1 ? 0 : ka[i]! - kb[i]!;
  };
  const best = new Map<string, NotesLinkedEntry>();
  for (const row of rows) {
    const seen = best.get(row.id);
    if (!seen || before(row, seen) < 0) best.set(row.id, row);
  }
  return [...best.values()].sort((a, b) => before(a, b) || a.startLine - b.startLine || a.name.localeCompare(b.name));
}
