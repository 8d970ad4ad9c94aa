/**
 * `npm run db:generate` (after tsc): writes schema/__generated__/table-columns.ts, the tables'
 * column names the CLI's reads use without drizzle (see table-columns-source.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsFolder } from '../../server/database/paths.js';
import { tableColumnsSource } from './table-columns-source.js';

const target = join(migrationsFolder(), 'table-columns.ts');
writeFileSync(target, tableColumnsSource());
process.stdout.write(`wrote ${target}\n`);
