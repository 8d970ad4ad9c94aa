/**
 * A fingerprint of the schema (the migrations and the search table): a database built with another
 * schema must be rebuilt. Every command compares it on start-up, so the fingerprint of this
 * build's schema is computed once, by `npm run db:generate`, into schema/__generated__/schema-id.ts;
 * a test fails when that file no longer matches the migrations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_ID } from '../../schema/__generated__/schema-id.js';
import { migrationsFolder } from './paths.js';
import { SEARCH_TABLE_DDL } from './search-table.js';

/** The fingerprint this build writes into databases and expects of them. */
export function schemaId(): string {
  return SCHEMA_ID;
}

/** The fingerprint of the migrations on disk and the search table's DDL. */
export function computeSchemaId(): string {
  const folder = migrationsFolder();
  const parts = [SEARCH_TABLE_DDL, ...readdirSync(folder).filter((f) => f.endsWith('.sql')).sort().map((f) => readFileSync(join(folder, f), 'utf8'))];
  return fingerprint(parts.join('\u0000'));
}

/** 64 bits of FNV-1a (two 32-bit lanes) over the UTF-16 code units of `text`, as 16 hex digits; it tells schemas apart, it resists no one. */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
