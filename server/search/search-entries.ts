/**
 * Searches the knowledge base: exact names first (`restart` → `docker run --restart`), then FTS5
 * ranked by bm25 with field weights (name > keywords > summary > body > the notes' passages) and two
 * priors (options count less, entries the notes use count more). Unknown English words are corrected
 * ("did you mean"). The query is turned into quoted terms, so nothing the user types is read as FTS5
 * syntax. Each result carries a snippet with the matched words marked and the fields that matched.
 */
import type { KnowledgeBase } from '../database/open-database.js';
import { DrefError } from '../errors.js';
import { errorMessage } from '../text/error-messages.js';
import type { EntryKind } from '../../schema/tables.js';
import { correctTerms } from './correct-terms.js';
import { repairKoreanTerms } from './korean-terms.js';
import { ENTRY_COLUMNS, type EntryRow } from './entry-row.js';
import { commandNamed, exactMatches } from './exact-matches.js';
import { withSynonyms } from './query-synonyms.js';
import { withoutCommonTerms } from './common-terms.js';
import { rankFacts } from './rank-facts.js';
import { namedRows } from './name-rows.js';
import { scoreTerms, scoreRows, type ScoredRows } from './phrase-scores.js';
import { withoutTaskFrame } from './task-frame.js';
import { flagsAfterCommands, type RankedRow } from './flags-said.js';
import { commandWords, flagNameWords, flagPairsOf, flagStem, intendedCommands, leadingVerbs, taskIntent, type CommandWords, type TaskIntent } from './task-intent.js';
import { commandIdOfOption } from '../ingest/catalog-entries.js';
import { queryTerms, type QueryTerm } from './index-terms.js';
import { decodeCursor, encodeCursor } from './search-cursor.js';
import { matchedFields, snippetFor, type MatchedField } from './snippets.js';

export type Lang = 'ko' | 'en';

export interface SearchOptions {
  readonly lang?: Lang;
  readonly kinds?: readonly EntryKind[];
  readonly limit?: number;
  /** The nextCursor of a previous page. */
  readonly after?: string;
}

export interface SearchResult {
  readonly id: string;
  readonly kind: EntryKind;
  /** Canonical name: `docker run --restart`, `HEALTHCHECK`. */
  readonly name: string;
  readonly title: string;
  readonly summary: string;
  /** Higher is better. */
  readonly score: number;
  /** How it was found: `name` for an exact name, else `text`. */
  readonly match: 'name' | 'text';
  /** Which fields hold the query's words. */
  readonly matched: readonly MatchedField[];
  /** Text around the first match, the matched words marked «like this». */
  readonly snippet: string;
}

export interface SearchResponse {
  readonly query: string;
  readonly results: readonly SearchResult[];
  /** The corrected query, when the words as typed matched nothing. */
  readonly didYouMean?: string;
  readonly totalCount: number;
  /** Pass as `after` for the next page; null on the last page. */
  readonly nextCursor: string | null;
}

export const MAX_QUERY_LENGTH = 200;
export const MAX_LIMIT = 100;
/**
 * Options are many (over 300) and their names all repeat their command's words, so a query that
 * names no flag would be drowned in them; their text score counts this much. Flags typed as flags
 * are found by exact name first.
 */
const OPTION_PRIOR = 0.8;
/** Entries the notes define, explain or show are what their reader looks for: each place (up to 4) adds this much. */
const NOTES_PRIOR = 0.05;
/** How many text matches are ranked at most; pages past this are not served. */
const MAX_RANKED = 500;


/** Finds entries for a query in Korean, English or both. */
export function searchEntries(kb: KnowledgeBase, query: string, options: SearchOptions = {}): SearchResponse {
  const lang = options.lang ?? 'en';
  if (query.length > MAX_QUERY_LENGTH) {
    throw new DrefError('BAD_INPUT', errorMessage(lang, 'search.tooLong', { length: query.length, limit: MAX_QUERY_LENGTH }), errorMessage(lang, 'search.tooLongHint'));
  }
  const limit = options.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new DrefError('BAD_INPUT', errorMessage(lang, 'search.badCount', { name: 'limit', max: MAX_LIMIT, value: limit }));
  }
  const offset = options.after ? decodeCursor(options.after, lang) : 0;
  const kinds = options.kinds?.length ? options.kinds : undefined;
  const kindArgs = kinds ?? [];

  let exact = exactMatches(kb, query, kindArgs);
  // A sentence is searched for its task, without a tutorial's "run the following command to".
  const task = withoutTaskFrame(query);
  let terms = queryTerms(query);
  if (task !== query && terms.length >= SENTENCE_WORDS) terms = queryTerms(task);
  const scope = commandScope(kb, query);
  let didYouMean: string | undefined;
  // Words no entry holds could match nothing as typed: correct them first (restrat, 재시잭, 이미지삭제).
  if (!exact.length && terms.length) {
    const korean = repairKoreanTerms(kb, terms);
    const english = correctTerms(kb, korean.terms);
    if (korean.changed || english.changed) {
      terms = english.terms;
      didYouMean = terms.map((t) => t.text).join(' ');
      exact = exactMatches(kb, didYouMean, kindArgs);
    }
  }
  // What a sentence asks to do to what, read once: the commands it asks for, and the areas it names by asking.
  const flagWords = terms.length >= 2 ? flagNameWords(kb) : new Set<string>();
  const intent = terms.length >= 2 ? taskIntent(didYouMean ?? task, flagWords) : null;
  const intended = intent ? intendedCommands(kb, intent) : [];
  const asked = intent ?? NO_INTENT;
  // …and the commands it leads with ("Running an NGINX server"), which rank high even when their text holds only the verb.
  const leading = intent && intended.length ? leadingVerbs(task) : new Set<string>();
  const led = [...leading].some((v) => asked.verbs.has(v)) ? intended : [];
  const rows = terms.length ? rankText(kb, terms, kindArgs, scope, areasNotNamed(query, asked.objects), keywordPhrase(terms), intended, asked, led) : [];
  const seen = new Set<string>();
  const ordered: [RankedId, 'name' | 'text'][] = [];
  for (const [row, match] of [...exact.map((r) => [r, 'name'] as const), ...rows.map((r) => [r, 'text'] as const)]) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    ordered.push([row, match]);
  }
  const page = ordered.slice(offset, offset + limit);
  // The page's rows in one statement: a statement per row costs more than the rows.
  const fetchRows = kb.sqlite.prepare(`SELECT ${ENTRY_COLUMNS}, 0 AS rank FROM entries e JOIN entry_search ON entry_search.rowid = e.rowid
    WHERE e.id IN (SELECT value FROM json_each(?))`);
  const fetched = new Map((fetchRows.all(JSON.stringify(page.map(([r]) => r.id))) as EntryRow[]).map((r) => [r.id, r]));
  const results = page.map(([ranked, match], i): SearchResult => {
    const row = { ...fetched.get(ranked.id)!, rank: ranked.rank };
    const notes = row.notes_text ?? '';
    return {
      id: row.id, kind: row.kind, name: row.name,
      title: lang === 'ko' ? row.title_ko : row.title_en,
      summary: lang === 'ko' ? row.summary_ko : row.summary_en,
      score: match === 'name' ? 1000 - (offset + i) : Math.round(-row.rank * 1000) / 1000,
      match,
      matched: match === 'name' ? ['name', ...matchedFields(row, notes, terms).filter((f) => f !== 'name')] : matchedFields(row, notes, terms),
      snippet: snippetFor(row, notes, terms, lang),
    };
  });
  const nextOffset = offset + page.length;
  return {
    query, results, ...(didYouMean ? { didYouMean } : {}), totalCount: ordered.length,
    nextCursor: nextOffset < ordered.length ? encodeCursor(nextOffset) : null,
  };
}

/**
 * When the query starts with a command (`docker run 재시작`, `build cache`), the entries of that command
 * (`docker run --restart`) are what the user means: they count this much more.
 */
const SCOPE_BOOST = 1.2;
/**
 * bm25 saturates on short fields, so an entry whose name or title holds every query word can lose
 * to one that repeats the word in its keywords and notes; such entries count this much more.
 */
const NAME_BOOST = 1.5;
/** An entry whose name holds at least one query word (`stop` of "stop all containers") counts this much more. */
const NAME_WORD_BOOST = 1.3;

/**
 * Compose, Buildx, swarm and the rarer management areas repeat the everyday commands' words (logs,
 * exec, ps, --all), and someone asking about them names them (compose, buildx, 스웜): unless the query
 * names its area, an entry of one counts this much.
 */
const AREA_PRIOR = 0.7;
/** A command whose name pairs a verb and an object a query of two words or more names (see task-intent.ts) counts this much more. */
const INTENT_BOOST = 2;
/**
 * A command (or its flag) that does only half of what a compound asks ("stop and remove" is `down`: `docker stop`
 * only stops) counts this much.
 */
const HALF_PRIOR = 0.6;

/**
 * An option whose name the query says in words ("remove orphaned containers" is `--remove-orphans`; see task-intent.ts)
 * counts this much more: the words name it, not the task's verb.
 */
const FLAG_WORDS_BOOST = 1.6;

/** …and more again when its command is one the query asks for ("start services and remove orphaned containers" is `up`'s). */
const INTENT_FLAG_BOOST = 1.3;

/**
 * An option of a command the query asks for, whose flag is one word the query says ("connect to a network when running a
 * container" is run's `--network`, "tmpfs mounts" its `--tmpfs`), counts this much more: the task is done with that flag.
 */
const WORD_FLAG_BOOST = 1.5;

/** Any other option of a command the query asks for counts this much more: of the commands sharing a flag, the one asked for. */
const INTENDED_OPTION_BOOST = 1.15;

/** Whether an option's flag is one word, and one of `words` (stemmed as flagStem stems). */
function flagIsWord(name: string, words: ReadonlySet<string>): boolean {
  const flag = name.slice(name.lastIndexOf(' ') + 1).replace(/^-+/, '');
  return !flag.includes('-') && words.has(flagStem(flag));
}

/** Whether an option's flag holds one of the word pairs a query says, or is a flag it names whole. */
function namesFlag(name: string, pairs: ReadonlySet<string>): boolean {
  const flag = name.slice(name.lastIndexOf(' ') + 1);
  return pairs.has(flag.replace(/^-+/, '')) || flagPairsOf(flag).some((p) => pairs.has(p));
}

/** The verb of a command's name, or of the command a flag belongs to: `stop` of `docker compose stop --timeout`. */
function commandVerb(name: string): string {
  const words = name.split(' ');
  const flag = words.findIndex((w) => w.startsWith('-'));
  return words[0] === 'docker' ? words[(flag < 0 ? words.length : flag) - 1] ?? '' : '';
}

/**
 * The everyday groups whose commands are named by their object (`docker volume rm`, `docker network ls`). A query that
 * names what it acts on ("remove stopped containers") is not about another group's object: a command of a group whose
 * object it does not name counts this much. The areas of AREAS have their own prior, and are left out here.
 */
const OBJECT_GROUPS: ReadonlySet<string> = new Set(['container', 'image', 'volume', 'network', 'context', 'builder', 'system']);
const OTHER_OBJECT_PRIOR = 0.75;

/**
 * Whether a command (or its flag) acts only on objects of OBJECT_GROUPS that a query naming `objects` leaves out, by its
 * name and its aliases: `docker rmi` is `docker image rm`, an image's.
 */
function ofOtherObject(words: CommandWords | undefined, objects: ReadonlySet<string>): boolean {
  if (!objects.size || !words?.objects.size) return false;
  for (const o of words.objects) if (!OBJECT_GROUPS.has(o) || objects.has(o) || (MADE_FROM[o] !== undefined && objects.has(MADE_FROM[o]))) return false;
  return true;
}

/**
 * What each object is made from or stands for, which a query may name instead: a container is run from an image ("run an
 * image"), an image built from a Dockerfile, and the system's events and usage are the daemon's.
 */
const MADE_FROM: Readonly<Record<string, string>> = { container: 'image', image: 'dockerfile', system: 'daemon' };

/** Whether a command (or its flag) does only what a compound's half asks, by its name's verb or an alias's (`rmi` is `image rm`). */
function doesHalf(name: string, words: CommandWords | undefined, halves: ReadonlySet<string>): boolean {
  if (!halves.size) return false;
  if (halves.has(commandVerb(name))) return true;
  for (const v of words?.verbs ?? []) if (halves.has(v)) return true;
  return false;
}

/** A management group (`docker system`) only lists its subcommands: it counts this much. */
const SECONDARY_PRIOR = 0.8;

/** Each area: how its entries' names start, the words that name it in a query, and the object of task-intent.ts that does. */
const AREAS: readonly { readonly names: readonly string[]; readonly words: RegExp; readonly object?: string; readonly prior?: number }[] = [
  // Experimental commands, some of them a copy of a stable one's flags (`buildx debug build` has every flag of `buildx build`):
  // found when asked for by name, and below the stable copy of the same words, whatever boosts those words earn.
  { names: ['docker buildx debug', 'docker buildx dap', 'docker compose alpha'], words: /debug|dap|alpha|디버그|디버거|알파|실험/i, prior: 0.5 },
  { names: ['docker compose'], words: /compose|컴포즈|service|서비스/i, object: 'compose' },
  { names: ['docker buildx'], words: /buildx|bake|builder|빌더|platform|플랫폼|multi-?arch|arm64|amd64/i },
  { names: ['docker service', 'docker stack', 'docker swarm', 'docker node', 'docker secret', 'docker config'],
    words: /service|stack|swarm|node|secret|config|manager|worker|스웜|서비스|스택|노드|시크릿|비밀|매니저|워커/i },
  { names: ['docker manifest'], words: /manifest|매니페스트/i },
  { names: ['docker trust'], words: /trust|sign|서명|신뢰/i },
  { names: ['docker plugin'], words: /plugin|플러그인/i },
  { names: ['docker checkpoint'], words: /checkpoint|체크포인트/i },
  // Not an area, but the same rule: `docker create`'s options repeat `docker run`'s, and count less unless asked for.
  { names: ['docker create '], words: /create|생성|만들/i },
];

const areasByBase = new WeakMap<KnowledgeBase, Int8Array>();

/** The index in AREAS of the area a row's entry belongs to (-1: none), worked out once per row and database. */
function areaOf(kb: KnowledgeBase, rowid: number, name: string): number {
  let areas = areasByBase.get(kb);
  if (!areas || rowid >= areas.length) {
    // -2: not yet worked out. Grown to the next power of two past the row.
    const grown = new Int8Array(2 ** Math.ceil(Math.log2(rowid + 1))).fill(-2);
    if (areas) grown.set(areas);
    areasByBase.set(kb, (areas = grown));
  }
  if (areas[rowid] === -2) areas[rowid] = AREAS.findIndex((a) => a.names.some((prefix) => name.startsWith(prefix)));
  return areas[rowid]!;
}

/**
 * For each area (by its index in AREAS), whether the query does not name it, in its words or by what
 * it asks to do ("stop and remove containers and networks" asks Compose to bring a project down:
 * see task-intent.ts).
 */
function areasNotNamed(query: string, objects: ReadonlySet<string>): boolean[] {
  return AREAS.map((a) => !a.words.test(query) && !(a.object && objects.has(a.object)));
}

/** The canonical name of the command the query starts with, if any (`docker run`). */
function commandScope(kb: KnowledgeBase, query: string): string | null {
  const words = query.trim().toLowerCase().replace(/^docker\s+/, '').split(/\s+/);
  if (words.length < 2) return null;
  for (const n of [2, 1]) {
    const name = `docker ${words.slice(0, n).join(' ')}`;
    const command = commandNamed(kb, name);
    if (command && words.length > n) return command;
  }
  return null;
}

/** How many words make a query a sentence, ranked over any of its words rather than all. */
export const SENTENCE_WORDS = 3;

/** An entry with the whole query among its keywords, word for word (컨테이너 목록, list containers), counts this much more. */
const KEYWORD_PHRASE_BOOST = 1.6;

/** The MATCH for the query's words in a row in the keywords, or one that matches nothing for a one-word query. */
function keywordPhrase(terms: readonly QueryTerm[]): string | null {
  if (terms.length < 2) return null;
  const tokens = terms.map((t) => t.phrase.replace(/^"|"\*?$/g, '')).join(' ');
  return `keywords : "${tokens}"`;
}

/**
 * An entry one of whose keywords is two adjacent words of a sentence ("base image" of "define base image", "working
 * directory") counts this much more: a keyword of two words names what the entry is for, one word of it seldom does.
 */
const KEYWORD_PAIR_BOOST = 1.3;

/** The MATCH for any two adjacent words of the query in a row's keywords, or null for fewer than three words. */
function keywordPairs(terms: readonly QueryTerm[]): string | null {
  if (terms.length < SENTENCE_WORDS) return null;
  const pairs = terms.slice(1).map((t, i) => `${terms[i]!.phrase} + ${t.phrase}`);
  return `keywords : (${[...new Set(pairs)].join(' OR ')})`;
}

const groupLists = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/** The management groups (`docker system`, `docker compose`): commands other commands' names extend. */
function groupNames(kb: KnowledgeBase): ReadonlySet<string> {
  let list = groupLists.get(kb);
  if (list === undefined) {
    // The commands by their names alone (`docker …` without a flag), read from the name index: `kind` would read every row.
    const names = kb.sqlite.prepare(`SELECT name FROM entries WHERE name GLOB 'docker*' AND name NOT GLOB '* -*'`).pluck().all() as string[];
    // Every name's words before each of its spaces (`docker compose` of `docker compose up`).
    const prefixes = new Set<string>();
    for (const n of names) for (let i = n.indexOf(' '); i >= 0; i = n.indexOf(' ', i + 1)) prefixes.add(n.slice(0, i));
    list = new Set(names.filter((n) => prefixes.has(n)));
    groupLists.set(kb, list);
  }
  return list;
}

/** What a one-word query asks: nothing beyond its word. */
const NO_INTENT: TaskIntent = { verbs: new Set(), objects: new Set(), halves: new Set(), flags: new Set() };

/** What share of the best text match's score a command asked for by a common word alone gets (see withRowsOf). */
const INTENDED_FLOOR = 0.35;

/**
 * `text` with the rows of the entries `ids` (the commands a task leads with by its verb), scored over `terms` and each
 * counting at least INTENDED_FLOOR of the best match: their own text may hold only the verb, and a verb as common as `run`
 * is one bm25 all but ignores (or withoutCommonTerms left out). An entry none of `terms` matches stays out.
 */
function withRowsOf(kb: KnowledgeBase, text: ScoredRows, terms: readonly QueryTerm[], ids: readonly string[]): ScoredRows {
  const rowids = kb.sqlite.prepare('SELECT rowid FROM entries WHERE id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(ids)) as number[];
  if (!rowids.length) return text;
  const own = scoreRows(kb, terms, rowids);
  let best = 0;
  for (const r of text.rowids) best = Math.min(best, text.scores[r]!);
  const scores = new Float64Array(Math.max(text.scores.length, ...rowids.map((r) => r + 1)));
  scores.set(text.scores);
  const have = new Set(text.rowids);
  const added: number[] = [];
  rowids.forEach((r, i) => {
    if (own[i]! >= 0) return;
    scores[r] = Math.min(have.has(r) ? scores[r]! : own[i]!, best * INTENDED_FLOOR);
    if (!have.has(r)) added.push(r);
  });
  return { rowids: [...text.rowids, ...added], scores };
}

/** An entry's id and its rank (lower is better); the full row is read only for the page served. */
interface RankedId {
  readonly id: string;
  readonly rank: number;
}

/**
 * FTS5 over all terms (AND), with the commands the query asks for (task-intent.ts) added when all
 * terms miss them; when AND finds nothing and there are several terms, any of them (OR).
 * In a query of two words or more each term matches its synonyms too (one word is a lookup: 삭제
 * means 삭제, not every "remove"); the name boosts count only the words as typed. The text score is
 * bm25 summed phrase by phrase (see phrase-scores.ts); the priors and boosts are applied here, from
 * the rows' facts (see rank-facts.ts) and the row sets of a few narrow matches.
 */
function rankText(
  kb: KnowledgeBase, terms: readonly QueryTerm[], kinds: readonly string[], scope: string | null, outOfArea: readonly boolean[],
  phrase: string | null, intended: readonly string[], { halves, flags: flagsNamed, objects }: TaskIntent, led: readonly string[],
): RankedId[] {
  const matched = terms.length >= 2 ? withSynonyms(terms) : terms;
  // A sentence (three words or more) is ranked over any of its words: bm25 puts the entries with most of them first, and
  // one word no entry shares ("Create and Run a Simple Container") does not empty the answer.
  let text = terms.length >= SENTENCE_WORDS ? null : scoreTerms(kb, matched, 'AND');
  if (!text?.rowids.length && terms.length >= 2) {
    const kept = withoutCommonTerms(kb, matched);
    text = scoreTerms(kb, kept, 'OR');
    // A command the task leads with by its verb ("Running an NGINX server": `run` is in most rows, so it scores next to
    // nothing) is scored over all the words, and counts at least a share of the best match.
    if (led.length) text = withRowsOf(kb, text, matched, led);
  } else if (text && intended.length) {
    // Every word, and the commands the words ask for though their text lacks a word ("public ports" is `docker port`,
    // whose text says nothing public), scored over the words they have.
    const facts = rankFacts(kb, text.rowids);
    if (!text.rowids.some((r) => intended.includes(facts.ids[r]!))) {
      const any = scoreTerms(kb, matched, 'OR');
      const anyFacts = rankFacts(kb, any.rowids);
      const asked = new Set(intended);
      const all = new Set(text.rowids);
      const extra = any.rowids.filter((r) => !all.has(r) && asked.has(anyFacts.ids[r]!));
      text = { rowids: [...text.rowids, ...extra], scores: any.scores };
    }
  }
  if (!text?.rowids.length) return [];
  const facts = rankFacts(kb, text.rowids);
  const groups = groupNames(kb);
  // A command's words matter only against objects or halves the query asks for: a query of one word
  // (`restart`) asks for none, and skips reading every command's name.
  const commands = objects.size || halves.size ? commandWords(kb) : undefined;
  const wanted = new Set(intended);
  const inPhrase = new Set(phrase ? kb.sqlite.prepare('SELECT rowid FROM entry_search WHERE entry_search MATCH ?').pluck().all(phrase) as number[] : []);
  const pairs = keywordPairs(terms);
  const inPair = new Set(pairs ? kb.sqlite.prepare('SELECT rowid FROM entry_search WHERE entry_search MATCH ?').pluck().all(pairs) as number[] : []);
  const size = text.scores.length;
  const inName = namedRows(kb, terms, 'AND', size);
  const anyInName = namedRows(kb, terms.filter((t) => !t.isKorean && t.text.length >= 3), 'OR', size);
  const scopePrefix = scope ? `${scope.toLowerCase()} ` : null;
  const said = new Set(terms.filter((t) => !t.isKorean).map((t) => flagStem(t.text)));
  const ranked: RankedRow[] = [];
  for (const r of text.rowids) {
    const [id, kind, name] = [facts.ids[r], facts.kinds[r], facts.names[r]];
    if (id === undefined || kind === undefined || name === undefined || (kinds.length && !kinds.includes(kind))) continue;
    const area = areaOf(kb, r, name);
    const commandId = kind === 'option' ? commandIdOfOption(id) : id;
    const words = kind === 'command' || kind === 'option' ? commands?.get(commandId) : undefined;
    const rank = text.scores[r]!
      * (kind === 'option' ? OPTION_PRIOR : 1)
      * (1 + NOTES_PRIOR * Math.min(facts.noteLinks[r] ?? 0, 4))
      * (scopePrefix !== null && name.toLowerCase().startsWith(scopePrefix) ? SCOPE_BOOST : 1)
      * (area >= 0 && outOfArea[area] ? AREAS[area]!.prior ?? AREA_PRIOR : 1)
      * (kind === 'command' && groups.has(name) ? SECONDARY_PRIOR : 1)
      * (ofOtherObject(words, objects) ? OTHER_OBJECT_PRIOR : 1)
      * (wanted.has(id) ? INTENT_BOOST : doesHalf(name, words, halves) ? HALF_PRIOR : 1)
      * (kind === 'option' && flagsNamed.size && namesFlag(name, flagsNamed) ? FLAG_WORDS_BOOST * (wanted.has(commandId) ? INTENT_FLAG_BOOST : 1) : 1)
      * (kind === 'option' && wanted.has(commandId) ? (flagIsWord(name, said) ? WORD_FLAG_BOOST : INTENDED_OPTION_BOOST) : 1)
      * (inPhrase.has(r) ? KEYWORD_PHRASE_BOOST : inPair.has(r) ? KEYWORD_PAIR_BOOST : 1)
      * (inName[r] ? NAME_BOOST : anyInName[r] ? NAME_WORD_BOOST : 1);
    ranked.push({ id, rank, row: r });
  }
  const sorted = ranked.sort((x, y) => x.rank - y.rank).slice(0, MAX_RANKED);
  return terms.length >= 2 ? flagsAfterCommands(kb, sorted, facts, terms) : sorted;
}

