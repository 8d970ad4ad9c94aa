/**
 * The in-process transport runs the CLI's documents as plans compiled at build time, not through
 * graphql-js. Here every document runs both ways over a real database — graphql-js's `execute`
 * with the server's resolvers, and `executePlan` — and the answers (or the error messages) must be
 * the same; and the committed plans must be what `npm run codegen` makes from today's documents.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildSchema, defaultFieldResolver, execute, parse, type GraphQLFieldResolver, type GraphQLTypeResolver } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { compileOperation, operationPlansModule } from '../../cli/operations/compile-plan.js';
import * as documents from '../../cli/operations/documents.js';
import { executePlan, type ResolverMap } from '../../cli/operations/execute-plan.js';
import { createContext } from '../../server/graphql/context.js';
import { resolvers } from '../../server/graphql/resolvers/index.js';
import { ROOT } from '../helpers/catalog-model.js';
import { buildTempKnowledgeBase } from '../helpers/temp-database.js';

const schema = buildSchema(readFileSync(join(ROOT, 'schema', 'dref.graphql'), 'utf8'));
const kb = buildTempKnowledgeBase();
afterAll(() => kb.close());

const map = resolvers as unknown as ResolverMap;
const fieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
  const resolve = map[info.parentType.name]?.[info.fieldName];
  return typeof resolve === 'function' ? (resolve as GraphQLFieldResolver<unknown, unknown>)(source, args, context, info) : defaultFieldResolver(source, args, context, info);
};
const typeResolver: GraphQLTypeResolver<unknown, unknown> = (value, context, info, abstractType) => {
  const resolve = map[abstractType.name]?.__resolveType;
  return typeof resolve === 'function' ? (resolve as GraphQLTypeResolver<unknown, unknown>)(value, context, info, abstractType) : undefined;
};

type Outcome = { data: unknown } | { error: string };

async function withGraphqlJs(document: string, variables: Record<string, unknown>, lang: 'ko' | 'en'): Promise<Outcome> {
  const result = await execute({ schema, document: parse(document), variableValues: variables, contextValue: createContext(kb, lang), fieldResolver, typeResolver });
  return result.errors?.length ? { error: result.errors[0]!.message } : { data: JSON.parse(JSON.stringify(result.data)) };
}

async function withPlan(document: string, variables: Record<string, unknown>, lang: 'ko' | 'en'): Promise<Outcome> {
  try {
    return { data: await executePlan(compileOperation(schema, document), map, createContext(kb, lang), variables) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** graphql-js suggests names (`Did you mean "values"?`); the server hides them (graphql-armor), and plans do not make them. */
function withoutSuggestions(outcome: Outcome): Outcome {
  return 'error' in outcome ? { error: outcome.error.replace(/ Did you mean [^?]*\?$/, '') } : outcome;
}

async function expectSame(document: string, variables: Record<string, unknown>, lang: 'ko' | 'en' = 'en'): Promise<Outcome> {
  const expected = withoutSuggestions(await withGraphqlJs(document, variables, lang));
  expect(await withPlan(document, variables, lang)).toEqual(expected);
  return expected;
}

describe('operation plans', () => {
  it('are current: the committed file is what `npm run codegen` makes', () => {
    const committed = readFileSync(join(ROOT, 'cli', 'operations', '__generated__', 'operation-plans.ts'), 'utf8');
    expect(committed, 'run `npm run codegen`').toBe(operationPlansModule(schema, documents));
  });

  it('give the same answers as graphql-js for every document', async () => {
    const cases: [string, Record<string, unknown>, ('ko' | 'en')?][] = [
      [documents.SEARCH, { query: 'restart' }],
      [documents.SEARCH, { query: '재시작 정책', first: 3 }, 'ko'],
      [documents.SEARCH, { query: 'restrat' }],
      [documents.SEARCH, { query: 'cache', kinds: ['CONCEPT', 'INSTRUCTION'] }],
      [documents.SEARCH, { query: 'cache', kinds: 'CONCEPT' }], // one value where a list is expected
      [documents.SEARCH, { query: 'qqqzzz' }],
      [documents.SHOW, { name: 'run' }],
      [documents.SHOW, { name: 'run --restart' }, 'ko'],
      [documents.SHOW, { name: 'HEALTHCHECK' }],
      [documents.SHOW, { name: 'CMD vs ENTRYPOINT' }],
      [documents.SHOW, { name: 'no such thing' }],
      [documents.EXPLAIN, { line: 'docker run -itd -p 8080:80 --restart=unless-stopped nginx' }],
      [documents.EXPLAIN, { line: 'docker run --restart=sometimes nginx' }],
      [documents.EXPLAIN_DOCKERFILE, { line: 'HEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1' }],
      [documents.COMMAND_OPTIONS, { name: 'docker run' }],
      [documents.GENERATE, { input: { command: 'run', args: ['nginx'], options: [{ name: '--restart', values: ['always'] }, { name: '-d' }] } }],
      [documents.GENERATE, { input: { command: 'run', args: ['nginx'], options: [{ name: '--publish', values: '8080:80' }], short: true } }],
      [documents.LINT, { source: 'FROM ubuntu\nRUN apt-get update\nCMD["./app"]\n' }],
      [documents.COMPARE, { a: 'CMD', b: 'ENTRYPOINT' }],
      [documents.ERRATA, {}],
      [documents.ERRATA, { severity: 'WARNING' }, 'ko'],
      [documents.NOTES_AT, { file: 'docker-images.ko.md', line: 131 }],
      [documents.NOTES_AT, { file: 'data/notes/docker-images.ko.md', line: 126, endLine: 130 }, 'ko'],
      [documents.NOTES_AT, { file: 'docker-images.ko.md', line: 129 }],
    ];
    for (const [document, variables, lang] of cases) expect(await expectSame(document, variables, lang), JSON.stringify(variables)).toHaveProperty('data');
    const recipes = await withGraphqlJs('{ recipes { name placeholders { name } } }', {}, 'en');
    const recipe = (recipes as { data: { recipes: { name: string; placeholders: { name: string }[] }[] } }).data.recipes[0]!;
    const slug = recipe.name.replace(/^recipe:/, '');
    await expectSame(documents.FILL_RECIPE, { slug, values: recipe.placeholders.map((p) => ({ name: p.name, value: 'x1' })) });
  });

  it('fail with the messages graphql-js gives', async () => {
    const failing: [string, Record<string, unknown>][] = [
      [documents.SHOW, {}], // a required variable missing
      [documents.SHOW, { name: null }],
      [documents.SEARCH, { query: 'x', first: 'ten' }],
      [documents.SEARCH, { query: 'x', first: 2 ** 31 }],
      [documents.SEARCH, { query: 'x', first: 1.5 }],
      [documents.SEARCH, { query: 'x', first: 0 }], // the resolver's own error
      [documents.SEARCH, { query: 'x', kinds: ['NOPE'] }],
      [documents.SEARCH, { query: 'x', kinds: [3] }],
      [documents.SEARCH, { query: 42 }],
      [documents.GENERATE, { input: 'run' }],
      [documents.GENERATE, { input: { args: ['nginx'] } }],
      [documents.GENERATE, { input: { command: 'run', extra: 1 } }],
      [documents.GENERATE, { input: { command: 'run', options: [{ name: '--restart', value: 'always' }] } }],
      [documents.GENERATE, { input: { command: 'run', short: 'yes' } }],
      [documents.COMPARE, { a: 'no such thing', b: 'CMD' }],
      [documents.NOTES_AT, { file: 'nope.md', line: 1 }], // the resolver's own errors
      [documents.NOTES_AT, { file: 'docker-images.ko.md', line: 900 }],
      [documents.NOTES_AT, { file: 'docker-images.ko.md', line: 131, endLine: 130 }],
      [documents.NOTES_AT, { file: 'docker-images.ko.md', line: '131' }],
    ];
    for (const [document, variables] of failing) {
      const outcome = await expectSame(document, variables);
      expect(outcome, JSON.stringify(variables)).toHaveProperty('error');
    }
  });

  it('search the same for any query', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 30 }), fc.integer({ min: 1, max: 12 }), async (query, first) => {
      await expectSame(documents.SEARCH, { query, first });
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 60) });
  });

  it('refuse what they do not compile, at build time', () => {
    expect(() => compileOperation(schema, '{ search(query: "x") { nope } }')).toThrow(/invalid operation: Cannot query field "nope"/);
    expect(() => compileOperation(schema, '{ build { __typename } }')).toThrow(/only named queries/);
    expect(() => compileOperation(schema, 'query A($s: Boolean!) { build @include(if: $s) { __typename } }')).toThrow(/directives/);
  });
});
