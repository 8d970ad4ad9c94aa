/**
 * `npm run codegen` (second step): compiles the CLI's documents against schema/dref.graphql into
 * cli/operations/__generated__/operation-plans.ts, which the in-process transport runs without
 * graphql-js. A test fails when the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { packageRoot } from '../../server/database/paths.js';
import * as documents from '../operations/documents.js';
import { operationPlansModule } from '../operations/compile-plan.js';

const root = packageRoot();
const schema = buildSchema(readFileSync(join(root, 'schema', 'dref.graphql'), 'utf8'));
const target = join(root, 'cli', 'operations', '__generated__', 'operation-plans.ts');
writeFileSync(target, operationPlansModule(schema, documents));
process.stdout.write(`wrote ${target}\n`);
