/**
 * Runs the CLI's GraphQL operations in this process against the embedded (or --db) database, with
 * the resolvers the server uses. Each document was compiled against the schema at build time
 * (`npm run codegen` → operation-plans.ts), so a command starts without loading graphql-js; the
 * server validates and runs the same documents with graphql-js, and a test holds the two equal.
 */
import type { KnowledgeBase } from '../../server/database/open-database.js';
import { DrefError, toDrefError } from '../../server/errors.js';
import { createContext } from '../../server/graphql/context.js';
import { resolvers } from '../../server/graphql/resolvers/index.js';
import type { Lang } from '../../server/search/search-entries.js';
import { OPERATION_PLANS } from '../operations/__generated__/operation-plans.js';
import { executePlan, type ResolverMap } from '../operations/execute-plan.js';
import type { OperationPlan } from '../operations/plan.js';
import type { Transport } from './transport.js';

/** Plans parsed so far: the TUI runs the same search document on every keystroke. */
const parsed = new Map<string, OperationPlan>();

function planOf(document: string): OperationPlan {
  let plan = parsed.get(document);
  if (!plan) {
    const json = OPERATION_PLANS.get(document);
    if (!json) throw new DrefError('INTERNAL', 'this operation has no compiled plan', 'run `npm run codegen` after changing cli/operations/documents.ts');
    parsed.set(document, (plan = JSON.parse(json) as OperationPlan));
  }
  return plan;
}

export function inProcessTransport(kb: KnowledgeBase, lang: Lang): Transport {
  return {
    async execute<T>(document: string, variables?: Record<string, unknown>) {
      const plan = planOf(document);
      try {
        return (await executePlan(plan, resolvers as unknown as ResolverMap, createContext(kb, lang === 'ko' ? 'ko' : 'en'), variables)) as T;
      } catch (error) {
        throw toDrefError(error);
      }
    },
    close: () => kb.close(),
  };
}
