/**
 * REST under /api/v1: the same capabilities as GraphQL, as thin adapters over the core.
 * Every error goes through the app's one error handler, so every route answers the same error shape.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DrefError } from '../errors.js';
import { explainCommandLine } from '../explain/explain-command-line.js';
import { databaseCatalogContext } from '../knowledge/database-catalog-context.js';
import { explainDockerfileLine } from '../explain/explain-dockerfile-line.js';
import { fillRecipe } from '../generate/fill-recipe.js';
import { generateCommand } from '../generate/generate-command.js';
import { langFromAcceptLanguage } from '../graphql/context.js';
import type { KnowledgeSource } from '../http/knowledge-source.js';
import type { LintPool } from '../http/lint-pool.js';
import { entryDocument } from '../knowledge/entry-document.js';
import * as q from '../knowledge/knowledge-queries.js';
import { checkLineNumber } from '../knowledge/notes-at-line-messages.js';
import { serveNotesAtLine } from '../knowledge/serve-notes-at-line.js';
import { searchEntries, type Lang } from '../search/search-entries.js';
import { MAX_PASSAGES, searchPassages } from '../search/search-passages.js';
import type { EntryKind } from '../../schema/tables.js';
import { parseGenerateInput } from './generate-input.js';
import { OPENAPI_DOCUMENT } from './openapi.js';

type Query = Record<string, string | string[] | undefined>;

const KINDS: readonly EntryKind[] = ['command', 'option', 'instruction', 'concept', 'comparison', 'recipe'];

function one(query: Query, name: string, required: true): string;
function one(query: Query, name: string, required?: false): string | undefined;
function one(query: Query, name: string, required = false): string | undefined {
  const value = query[name];
  if (Array.isArray(value)) throw new DrefError('BAD_INPUT', `${name}: give it once`);
  if (required && (value === undefined || value === '')) throw new DrefError('BAD_INPUT', `${name}: this query parameter is required`);
  return value;
}

/** A line number from the URL: digits only (`131`, not `131.0` or `1e2`), else BAD_INPUT naming the parameter. */
function lineNumber(name: string, text: string, lang: Lang): number {
  return checkLineNumber(name, /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN, lang, text);
}

function langOf(request: FastifyRequest): Lang {
  const value = one(request.query as Query, 'lang');
  if (value === undefined) return langFromAcceptLanguage(request.headers['accept-language']);
  if (value !== 'ko' && value !== 'en') throw new DrefError('BAD_INPUT', `lang: ${JSON.stringify(value)} is not ko or en`);
  return value;
}

export async function restRoutes(app: FastifyInstance, options: { source: KnowledgeSource; lintPool: LintPool }): Promise<void> {
  const kb = () => options.source.current();

  app.get('/openapi.json', async () => OPENAPI_DOCUMENT);

  app.get('/search', async (request) => {
    const query = request.query as Query;
    const kinds = ([] as string[]).concat(query.kind ?? []).map((k) => {
      if (!KINDS.includes(k as EntryKind)) throw new DrefError('BAD_INPUT', `kind: ${JSON.stringify(k)} is not a kind`, `use one of ${KINDS.join(', ')}`);
      return k as EntryKind;
    });
    const limitText = one(query, 'limit');
    const limit = limitText === undefined ? 10 : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new DrefError('BAD_INPUT', `limit: must be a whole number from 1 to 50, not ${JSON.stringify(limitText)}`);
    const after = one(query, 'after');
    return searchEntries(kb(), one(query, 'q', true), { lang: langOf(request), kinds, limit, ...(after ? { after } : {}) });
  });

  app.get('/passages', async (request) => {
    const query = request.query as Query;
    const q = one(query, 'q', true);
    const limitText = one(query, 'limit');
    const limit = limitText === undefined ? 5 : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PASSAGES) throw new DrefError('BAD_INPUT', `limit: must be a whole number from 1 to ${MAX_PASSAGES}, not ${JSON.stringify(limitText)}`);
    const passages = searchPassages(kb(), q, limit).map(({ passageId: _p, sectionId: _s, ...hit }) => hit);
    return { query: q, passages };
  });

  app.get('/entries/:id', async (request) => {
    const { id } = request.params as { id: string };
    const doc = entryDocument(kb(), id, langOf(request));
    if (!doc) throw new DrefError('NOT_FOUND', `id: no entry ${JSON.stringify(id)}`, 'find ids with /api/v1/search?q=…');
    return doc;
  });

  app.get('/lookup', async (request) => {
    const name = one(request.query as Query, 'name', true);
    const id = q.entryIdByName(kb(), name);
    const doc = id ? entryDocument(kb(), id, langOf(request)) : undefined;
    if (!doc) throw new DrefError('NOT_FOUND', `name: no entry named ${JSON.stringify(name)}`, 'try /api/v1/search?q=…');
    return doc;
  });

  app.get('/sections', async () => ({ sections: q.allSections(kb()).map(({ id: _id, fileId: _f, parentId: _p, ...s }) => s) }));

  app.get('/sections/:path', async (request) => {
    const { path } = request.params as { path: string };
    const section = q.sectionByPath(kb(), path);
    if (!section) throw new DrefError('NOT_FOUND', `path: no section ${JSON.stringify(path)}`, 'list them with /api/v1/sections');
    const [file] = q.filesByIds(kb(), [section.fileId]);
    return {
      path: section.path, title: section.title, level: section.level, file: file!.path, startLine: section.startLine, endLine: section.endLine,
      text: q.linesOf(file!.text, section.startLine, section.endLine),
      errata: (q.errataBySectionIds(kb(), [section.id]).get(section.id) ?? []).map(erratumJson),
      entries: q.entryIdsBySectionIds(kb(), [section.id]).get(section.id) ?? [],
    };
  });

  // The notes around a line, as `dref show FILE:LINE --json` prints them; a file with slashes in its path is sent as %2F.
  app.get('/notes/:file/lines/:line', async (request) => {
    const { file, line } = request.params as { file: string; line: string };
    const lang = langOf(request);
    const endText = one(request.query as Query, 'endLine');
    return serveNotesAtLine(kb(), { file, line: lineNumber('line', line, lang), endLine: endText === undefined ? undefined : lineNumber('endLine', endText, lang), lang });
  });

  app.get('/errata', async (request) => {
    const severity = one(request.query as Query, 'severity');
    if (severity !== undefined && severity !== 'error' && severity !== 'warning') throw new DrefError('BAD_INPUT', `severity: ${JSON.stringify(severity)} is not error or warning`);
    return { errata: q.allErrata(kb(), severity).map(erratumJson) };
  });

  // Problems come in the request's language; a token's meaning in both (as an entry's words do not).
  // Commands are read from the database served, as GraphQL's explain reads them: both answer alike, whichever build wrote it.
  app.get('/explain', async (request) => explainCommandLine(one(request.query as Query, 'line', true), databaseCatalogContext(kb()), langOf(request)));
  app.get('/explain/dockerfile', async (request) => explainDockerfileLine(one(request.query as Query, 'line', true), undefined, langOf(request)));

  app.post('/generate', async (request) => generateCommand(parseGenerateInput(request.body), undefined, langOf(request)));

  app.get('/recipes', async (request) => ({
    recipes: q.entriesByKind(kb(), 'recipe').map((r) => ({ slug: r.name.replace(/^recipe:/, ''), title: langOf(request) === 'ko' ? r.titleKo : r.titleEn })),
  }));

  app.get('/recipes/:slug', async (request) => {
    const { slug } = request.params as { slug: string };
    const values = Object.fromEntries(Object.entries(request.query as Query).filter(([k]) => k !== 'lang').map(([k, v]) => [k, Array.isArray(v) ? v.at(-1)! : v!]));
    return fillRecipe(slug, values, undefined, langOf(request));
  });

  app.post('/lint', async (request, reply) => {
    const format = one(request.query as Query, 'format') ?? 'json';
    if (format !== 'json' && format !== 'sarif') throw new DrefError('BAD_INPUT', `format: ${JSON.stringify(format)} is not json or sarif`);
    const body = request.body;
    const source = typeof body === 'string' ? body : typeof (body as { source?: unknown })?.source === 'string' ? (body as { source: string }).source : undefined;
    if (source === undefined) throw new DrefError('BAD_INPUT', 'source: send the Dockerfile as text/plain, or JSON {"source": "..."}');
    const findings = await options.lintPool.lint(source, langOf(request));
    // The formats load on the first lint, so the other routes do not pay for them.
    const { LINT_FORMATS } = await import('../lint/formats/index.js');
    const renderer = LINT_FORMATS.find((f) => f.name === format)!;
    reply.type('application/json; charset=utf-8');
    return renderer.render(findings, one(request.query as Query, 'file') ?? 'Dockerfile');
  });
}

function erratumJson(e: q.ErratumRow) {
  return { line: e.line, column: e.column, rule: e.rule, severity: e.severity, message: e.message, suggestion: e.suggestion, excerpt: e.excerpt, entry: e.entryId };
}
