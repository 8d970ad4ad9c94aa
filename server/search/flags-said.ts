/**
 * A sentence that names a command's task and one of its flags in words ("Delete container forcefully",
 * "Adding labels when creating a service", 타임스탬프와 함께 로그 보기) asks for the flag as well as the
 * command: the command does the verb, the flag what the sentence adds to it. When the command is among
 * the first results, its flag goes right after it. A flag is said when the sentence has a word the
 * command's own name or keywords lack: in English the flag's first word ("labels" for `--label-add`,
 * "forcefully" for `--force`), in Korean one of the flag's keywords, whole (타임스탬프, 강제), that is
 * no verb of a task (실행, 확인).
 */
import type { KnowledgeBase } from '../database/open-database.js';
import { commandIdOfOption } from '../ingest/catalog-entries.js';
import type { QueryTerm } from './index-terms.js';
import type { RankFacts } from './rank-facts.js';
import { flagStem, isKoreanTaskWord } from './task-intent.js';

/** How many of the first results its command may be among for a flag to move up to it. */
const FLAG_PLACES = 3;

/** A ranked entry and its row in the search index (the rowid ranking facts are kept by). */
export interface RankedRow {
  readonly id: string;
  readonly rank: number;
  readonly row: number;
}

/** An English word as a flag's word: stemmed as flag names are, an adverb as its adjective ("forcefully", "quietly"). */
export function flagWordOf(word: string): string {
  const lower = word.toLowerCase();
  return flagStem(lower.length > 6 ? lower.replace(/(?:ful)?ly$/, '') : lower);
}

/** The first word of an option's flag, stemmed: `label` of `docker service update --label-add`. */
function flagFirstWord(name: string): string {
  return flagStem(name.slice(name.lastIndexOf(' ') + 1).replace(/^-+/, '').split('-')[0]!.toLowerCase());
}

/** The words a Korean term stands for: itself and the words of its alternatives (인수 for 인자). */
function koreanWords(t: QueryTerm): string[] {
  return [t.text, ...(t.alternatives ?? []).map((a) => a.replace(/"|\*$/g, ''))].filter((w) => w.length >= 2);
}

/** An entry's Korean keywords (`빌드 인자, 환경 변수`), read once per row. */
function keywordsOf(kb: KnowledgeBase): (rowid: number) => readonly string[] {
  const read = new Map<number, readonly string[]>();
  return (rowid) => {
    let words = read.get(rowid);
    if (!words) {
      const text = (kb.sqlite.prepare('SELECT keywords_ko FROM entries WHERE rowid = ?').pluck().get(rowid) as string | undefined) ?? '';
      read.set(rowid, (words = text.split(/\s*,\s*/).filter(Boolean)));
    }
    return words;
  };
}

/** The ranked entries with the flag a sentence says moved right after its command, when that is among the first. */
export function flagsAfterCommands(kb: KnowledgeBase, ranked: readonly RankedRow[], facts: RankFacts, terms: readonly QueryTerm[]): RankedRow[] {
  const out = [...ranked];
  const english = new Set(terms.filter((t) => !t.isKorean).map((t) => flagWordOf(t.text)));
  const korean = terms.filter((t) => t.isKorean && !isKoreanTaskWord(t.text));
  const keywords = keywordsOf(kb);
  // A whole keyword: Korean words run into each other (재사용, reuse, holds 사용, use; a flag's 빌드 캐시 holds 빌드).
  const holds = (rowid: number, term: readonly string[]) => keywords(rowid).some((k) => term.includes(k));
  const saysFlag = (option: RankedRow, command: RankedRow): boolean => {
    const first = flagFirstWord(facts.names[option.row]!);
    if (english.has(first) && !facts.names[command.row]!.split(' ').some((w) => flagStem(w) === first)) return true;
    return korean.some((t) => holds(option.row, koreanWords(t)) && !holds(command.row, koreanWords(t)));
  };
  // One flag, for the first command among the first results: a sentence adds one thing to its task.
  const p = out.slice(0, FLAG_PLACES).findIndex((r) => facts.kinds[r.row] === 'command');
  if (p < 0) return out;
  const command = out[p]!;
  const q = out.findIndex((o, k) => k !== p && facts.kinds[o.row] === 'option' && commandIdOfOption(o.id) === command.id && saysFlag(o, command));
  // None, or one already above its command: the sentence's flag is shown.
  if (q < p) return out;
  const [flag] = out.splice(q, 1);
  out.splice(p + 1, 0, { ...flag!, rank: command.rank });
  return out;
}
