/** A hash of the schema (the migrations and the search table): a database built with another schema must be rebuilt. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsFolder } from './paths.js';
import { SEARCH_TABLE_DDL } from './search-table.js';

export function schemaId(): string {
  const hash = createHash('sha256').update(SEARCH_TABLE_DDL);
  for (const file of readdirSync(migrationsFolder()).filter((f) => f.endsWith('.sql')).sort()) {
    hash.update(readFileSync(join(migrationsFolder(), file)));
  }
  return hash.digest('hex').slice(0, 16);
}
