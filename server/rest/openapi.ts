/**
 * The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. Every status a route can
 * answer is listed, every constraint it declares is one the route enforces (a 400 otherwise), and
 * every parameter has an example, so contract-testing tools accept it; test/server/openapi-contract
 * sends requests generated from it and checks each answer against it.
 */
import { MAX_PASSAGES } from '../search/search-passages.js';
import { EXPLAIN_MAX_LINE, GENERATE_MAX_ITEMS, GENERATE_MAX_STRING, LINT_MAX_BYTES, LINT_MAX_LINES, SEARCH_MAX_QUERY } from '../http/limits.js';

const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const strList = { type: 'array', items: str } as const;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const error = (description: string) => ({ description, ...json(ref('Error')) });

/** What any route may answer besides its own statuses. */
const always = {
  '400': error('Bad input: the message names the parameter and the fix'),
  '408': error('The request did not arrive within the request timeout'),
  '429': { ...error('Too many requests from this client; see Retry-After'), headers: { 'Retry-After': { description: 'Seconds to wait', schema: int } } },
  '431': error('The request headers are over the header size limit'),
};
const notFound = { '404': error('Nothing by that name') };
const notModified = { '304': { description: 'Not modified: the If-None-Match tag is the current one' } };
const withBody = {
  '413': error('The body is over its limit (1 MB for any body; the message names the limit)'),
  '415': error('A content type the route does not read'),
};
const lang = { name: 'lang', in: 'query', description: 'ko or en; default from Accept-Language, else en', schema: { type: 'string', enum: ['ko', 'en'] }, example: 'ko' };
/** A GET operation with the statuses every GET answers; an operation's own description of one of them (its 400) wins. */
const get = (operation: Record<string, unknown> & { responses: Record<string, unknown> }) => ({ get: { ...operation, responses: { ...notModified, ...always, ...operation.responses } } });

export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'dref API',
    version: '1',
    description: 'A Docker reference built from study notes: search, entries with their note lines and errata, explain, generate, lint. Errors are always {"error": {"code", "message", "hint"?}}. GET answers carry an ETag and Cache-Control and answer 304 to a matching If-None-Match.',
  },
  servers: [{ url: '/api/v1' }],
  paths: {
    '/search': get({
      operationId: 'search', summary: 'Search entries in Korean or English',
      parameters: [
        { name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 1, maxLength: SEARCH_MAX_QUERY }, example: 'restart' },
        { name: 'kind', in: 'query', schema: { type: 'array', items: ref('EntryKind') }, style: 'form', explode: true, example: ['command'] },
        lang,
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 50, default: 10 }, example: 10 },
        { name: 'after', in: 'query', description: 'nextCursor of the previous page', schema: str, example: 'bzoxMA' },
      ],
      responses: { '200': { description: 'Ranked results', ...json(ref('SearchResponse')) } },
    }),
    '/passages': get({
      operationId: 'passages', summary: "Passages of the notes (paragraphs, list items, tables, code blocks) holding the query's words, with file, line and section",
      parameters: [
        { name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 1, maxLength: SEARCH_MAX_QUERY }, example: 'chroot' },
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_PASSAGES, default: 5 }, example: 5 },
      ],
      responses: { '200': { description: 'Passages, best first', ...json(ref('PassageList')) } },
    }),
    '/entries/{id}': get({
      operationId: 'entry', summary: 'An entry by id',
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', minLength: 1 }, example: 'command:restart' }, lang],
      responses: { '200': { description: 'The entry', ...json(ref('EntryDocument')) }, ...notFound },
    }),
    '/lookup': get({
      operationId: 'lookup', summary: 'An entry by canonical name or alias (docker run --restart, run -p, HEALTHCHECK)',
      parameters: [{ name: 'name', in: 'query', required: true, schema: { type: 'string', minLength: 1 }, example: 'run -p' }, lang],
      responses: { '200': { description: 'The entry', ...json(ref('EntryDocument')) }, ...notFound },
    }),
    '/sections': get({ operationId: 'sections', summary: 'The sections of the notes', responses: { '200': { description: 'Sections in order', ...json(ref('SectionList')) } } }),
    '/sections/{path}': get({
      operationId: 'section', summary: 'A section of the notes with its text and errata',
      parameters: [{ name: 'path', in: 'path', required: true, schema: { type: 'string', minLength: 1 }, example: '2.4.3.2' }],
      responses: { '200': { description: 'The section', ...json(ref('Section')) }, ...notFound },
    }),
    '/notes/{file}/lines/{line}': get({
      operationId: 'notesAt', summary: 'The notes around a line (or lines line to endLine) of a notes file, as `dref show FILE:LINE --json` prints them: headings, passages, the lines in context, errata and linked entries',
      parameters: [
        { name: 'file', in: 'path', required: true, description: 'The notes file as ingested, or the end of its path; encode / as %2F', schema: { type: 'string', minLength: 1 }, example: 'docker-images.ko.md' },
        { name: 'line', in: 'path', required: true, description: 'First line, 1-based', schema: { type: 'integer', minimum: 1 }, example: 131 },
        { name: 'endLine', in: 'query', description: 'Last line, included (default: line); not before line', schema: { type: 'integer', minimum: 1 }, example: 133 },
        lang,
      ],
      responses: {
        '200': { description: 'The notes around the lines', ...json(ref('NotesAtLine')) },
        '400': error('Bad input: a line that is no whole number from 1, an endLine before line, a file name several files end with, or lines outside the file (the message names the file and line)'),
        '404': error('No notes file by that name; the message lists the files'),
      },
    }),
    '/errata': get({
      operationId: 'errata', summary: 'Defects found in the notes, with corrections',
      parameters: [{ name: 'severity', in: 'query', schema: { type: 'string', enum: ['error', 'warning'] }, example: 'error' }],
      responses: { '200': { description: 'Errata', ...json(ref('ErrataList')) } },
    }),
    '/explain': get({
      operationId: 'explain', summary: 'A docker command line, token by token',
      parameters: [{ name: 'line', in: 'query', required: true, schema: { type: 'string', minLength: 1, maxLength: EXPLAIN_MAX_LINE }, example: 'docker run -d -p 8080:80 --restart=always nginx:1.27' }, lang],
      responses: { '200': { description: 'Tokens and problems', ...json(ref('Explanation')) } },
    }),
    '/explain/dockerfile': get({
      operationId: 'explainDockerfileLine', summary: 'A Dockerfile instruction line, token by token',
      parameters: [{ name: 'line', in: 'query', required: true, schema: { type: 'string', minLength: 1, maxLength: EXPLAIN_MAX_LINE }, example: 'HEALTHCHECK --interval=1m CMD curl -f http://localhost/ || exit 1' }, lang],
      responses: { '200': { description: 'Tokens, form and problems', ...json(ref('DockerfileExplanation')) } },
    }),
    '/generate': {
      post: {
        operationId: 'generate', summary: 'A valid command line from structured input',
        parameters: [lang],
        requestBody: { required: true, content: { 'application/json': { schema: ref('GenerateInput'), example: { command: 'run', options: [{ name: 'd' }, { name: 'p', value: '8080:80' }], args: ['nginx'] } } } },
        responses: { '200': { description: 'The command line', ...json(ref('GeneratedCommand')) }, ...always, ...withBody },
      },
    },
    '/recipes': get({ operationId: 'recipes', summary: 'Every recipe', parameters: [lang], responses: { '200': { description: 'Recipes', ...json(ref('RecipeList')) } } }),
    '/recipes/{slug}': get({
      operationId: 'fillRecipe', summary: 'A recipe filled with values given as query parameters (name=value), defaults for the rest',
      parameters: [
        { name: 'slug', in: 'path', required: true, schema: { type: 'string', minLength: 1 }, example: 'private-registry' },
        lang,
        { name: 'values', in: 'query', description: "the recipe's placeholders, each as name=value", style: 'form', explode: true, schema: { type: 'object', additionalProperties: str }, example: { registry_port: '5000' } },
      ],
      responses: { '200': { description: 'Filled steps', ...json(ref('FilledRecipe')) }, ...notFound },
    }),
    '/lint': {
      post: {
        operationId: 'lint', summary: `Lint a Dockerfile with the notes' advice (at most ${LINT_MAX_BYTES / 1024} KB and ${LINT_MAX_LINES} lines)`,
        parameters: [
          { name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'sarif'], default: 'json' }, example: 'sarif' },
          { name: 'file', in: 'query', description: 'file name to report', schema: str, example: 'Dockerfile' },
          lang,
        ],
        requestBody: {
          required: true,
          content: {
            'text/plain': { schema: str, example: 'FROM ubuntu\nMAINTAINER me\nCMD app\n' },
            'application/json': { schema: { type: 'object', required: ['source'], properties: { source: str } }, example: { source: 'FROM ubuntu:24.04\nCMD app\n' } },
          },
        },
        responses: {
          '200': { description: 'Findings (json) or a SARIF 2.1.0 log (sarif)', ...json({ oneOf: [ref('LintFindings'), { type: 'object', required: ['version', 'runs'] }] }) },
          ...always, ...withBody,
          '503': { ...error('Busy linting other Dockerfiles; see Retry-After'), headers: { 'Retry-After': { description: 'Seconds to wait', schema: int } } },
        },
      },
    },
  },
  components: {
    schemas: {
      Error: {
        type: 'object', required: ['error'],
        properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: str, message: str, hint: str } } },
      },
      Bilingual: { type: 'object', required: ['ko', 'en'], properties: { ko: str, en: str }, description: 'The same text in Korean and English' },
      EntryKind: { type: 'string', enum: ['command', 'option', 'instruction', 'concept', 'comparison', 'recipe'] },
      SearchResult: {
        type: 'object', required: ['id', 'kind', 'name', 'title', 'summary', 'score', 'match', 'matched', 'snippet'],
        properties: { id: str, kind: ref('EntryKind'), name: str, title: str, summary: str, score: { type: 'number' }, match: { enum: ['name', 'text'] }, matched: strList, snippet: str },
      },
      SearchResponse: {
        type: 'object', required: ['query', 'results', 'totalCount', 'nextCursor'],
        properties: { query: str, results: { type: 'array', items: ref('SearchResult') }, didYouMean: str, totalCount: int, nextCursor: { type: ['string', 'null'] } },
      },
      PassageHit: {
        type: 'object', required: ['file', 'line', 'startLine', 'endLine', 'section', 'sectionTitle', 'snippet', 'score'],
        properties: { file: str, line: int, startLine: int, endLine: int, section: str, sectionTitle: str, snippet: str, score: { type: 'number' } },
      },
      PassageList: { type: 'object', required: ['query', 'passages'], properties: { query: str, passages: { type: 'array', items: ref('PassageHit') } } },
      Erratum: {
        type: 'object', required: ['line', 'column', 'severity', 'message', 'suggestion'],
        properties: { line: int, column: int, rule: str, severity: { enum: ['error', 'warning'] }, message: str, suggestion: str, excerpt: str, entry: { type: ['string', 'null'] } },
      },
      ErrataList: { type: 'object', required: ['errata'], properties: { errata: { type: 'array', items: ref('Erratum') } } },
      EntryDocument: {
        type: 'object', required: ['id', 'kind', 'name', 'title', 'summary', 'body', 'keywords', 'aliases', 'data', 'notes', 'examples', 'related'],
        properties: {
          id: str, kind: ref('EntryKind'), name: str, title: str, summary: str, body: str, keywords: strList, aliases: strList, data: {},
          notes: {
            type: 'array',
            items: {
              type: 'object', required: ['file', 'section', 'startLine', 'endLine', 'role', 'text', 'errata'],
              properties: { file: str, section: str, sectionTitle: str, startLine: int, endLine: int, role: { enum: ['definition', 'passage', 'example', 'related'] }, text: str, errata: { type: 'array', items: ref('Erratum') } },
            },
          },
          examples: { type: 'array', items: { type: 'object', required: ['kind', 'source', 'text', 'valid'], properties: { kind: str, source: str, text: str, valid: { type: 'boolean' }, line: { type: ['integer', 'null'] } } } },
          related: { type: 'array', items: { type: 'object', required: ['id', 'kind', 'name', 'title'], properties: { id: str, kind: str, name: str, title: str } } },
        },
      },
      Section: {
        type: 'object', required: ['path', 'title', 'level', 'file', 'startLine', 'endLine', 'text', 'errata', 'entries'],
        properties: { path: str, title: str, level: int, file: str, startLine: int, endLine: int, text: str, errata: { type: 'array', items: ref('Erratum') }, entries: strList },
      },
      NotesPassage: {
        type: 'object', required: ['startLine', 'endLine', 'section', 'text'],
        properties: { startLine: int, endLine: int, section: { ...str, description: "The section's path" }, text: str },
      },
      NotesAtLine: {
        type: 'object',
        required: ['file', 'lineCount', 'startLine', 'endLine', 'place', 'isBlank', 'headings', 'passages', 'previous', 'next', 'lines', 'errata', 'entries'],
        properties: {
          file: { ...str, description: 'The notes file, as ingested' }, lineCount: int, startLine: int, endLine: int,
          place: { enum: ['passage', 'between'], description: 'passage: passages hold the lines; between: none does, and passages is the nearest one' },
          isBlank: { type: 'boolean', description: 'Every line asked for is blank' },
          headings: { type: 'array', description: 'The sections the first line is in, outermost first', items: { type: 'object', required: ['path', 'title', 'level', 'line'], properties: { path: str, title: str, level: int, line: int } } },
          passages: { type: 'array', items: ref('NotesPassage') },
          previous: { oneOf: [ref('NotesPassage'), { type: 'null' }] },
          next: { oneOf: [ref('NotesPassage'), { type: 'null' }] },
          lines: { type: 'array', description: 'The lines shown, two either side', items: { type: 'object', required: ['line', 'text'], properties: { line: int, text: str } } },
          errata: { type: 'array', items: { type: 'object', required: ['line', 'column', 'severity', 'rule', 'message', 'suggestion'], properties: { line: int, column: int, severity: { enum: ['error', 'warning'] }, rule: str, message: str, suggestion: str } } },
          entries: {
            type: 'array', description: 'Entries linked to the lines, title and summary in the asked language',
            items: {
              type: 'object', required: ['id', 'kind', 'name', 'title', 'summary', 'role', 'startLine', 'endLine'],
              properties: { id: str, kind: ref('EntryKind'), name: str, title: str, summary: str, role: { enum: ['definition', 'passage', 'example', 'related'] }, startLine: int, endLine: int },
            },
          },
        },
      },
      SectionList: {
        type: 'object', required: ['sections'],
        properties: { sections: { type: 'array', items: { type: 'object', required: ['path', 'title', 'level', 'startLine', 'endLine'], properties: { path: str, title: str, level: int, startLine: int, endLine: int } } } },
      },
      Problem: { type: 'object', required: ['start', 'end', 'message', 'suggestion'], properties: { start: int, end: int, message: str, suggestion: { type: ['string', 'null'] } } },
      Explanation: {
        type: 'object', required: ['tokens', 'problems'],
        properties: {
          tokens: { type: 'array', items: { type: 'object', required: ['text', 'start', 'end', 'role', 'entry'], properties: { text: str, start: int, end: int, role: str, entry: { type: ['object', 'null'] }, meaning: ref('Bilingual') } } },
          problems: { type: 'array', items: ref('Problem') },
        },
      },
      DockerfileExplanation: {
        type: 'object', required: ['instruction', 'form', 'tokens', 'problems'],
        properties: {
          instruction: { type: ['string', 'null'] }, form: { type: ['string', 'null'] },
          tokens: { type: 'array', items: { type: 'object', required: ['text', 'start', 'end', 'role'], properties: { text: str, start: int, end: int, role: str, meaning: ref('Bilingual') } } },
          problems: { type: 'array', items: ref('Problem') },
        },
      },
      GenerateInput: {
        type: 'object', required: ['command'],
        properties: {
          command: { type: 'string', maxLength: GENERATE_MAX_STRING },
          options: {
            type: 'array', maxItems: GENERATE_MAX_ITEMS,
            items: {
              type: 'object', required: ['name'],
              properties: {
                name: { type: 'string', maxLength: GENERATE_MAX_STRING },
                value: { oneOf: [{ type: 'string', maxLength: GENERATE_MAX_STRING }, { type: 'boolean' }, { type: 'array', maxItems: GENERATE_MAX_ITEMS, items: { type: 'string', maxLength: GENERATE_MAX_STRING } }] },
              },
            },
          },
          args: { type: 'array', maxItems: GENERATE_MAX_ITEMS, items: { type: 'string', maxLength: GENERATE_MAX_STRING } },
          flagStyle: { enum: ['long', 'short'] },
        },
      },
      GeneratedCommand: { type: 'object', required: ['line', 'argv', 'command'], properties: { line: str, argv: strList, command: str } },
      RecipeList: { type: 'object', required: ['recipes'], properties: { recipes: { type: 'array', items: { type: 'object', required: ['slug', 'title'], properties: { slug: str, title: str } } } } },
      FilledRecipe: {
        type: 'object', required: ['slug', 'title', 'values', 'steps'],
        properties: { slug: str, title: { type: 'object' }, values: { type: 'object', additionalProperties: str }, steps: { type: 'array', items: { type: 'object', required: ['summary', 'command'], properties: { summary: { type: 'object' }, command: str } } } },
      },
      LintFindings: {
        type: 'object', required: ['file', 'findings'],
        properties: {
          file: str,
          findings: { type: 'array', items: { type: 'object', required: ['rule', 'severity', 'line', 'column', 'message', 'fix', 'entry'], properties: { rule: str, severity: { enum: ['error', 'warning', 'info'] }, line: int, column: int, message: str, fix: str, entry: { type: ['string', 'null'] } } } },
        },
      },
    },
  },
} as const;
