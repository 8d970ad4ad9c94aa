/**
 * A fingerprint of the schema (the migrations and the search table): a database built with another
 * schema must be rebuilt. Every command checks it on start-up, so it is a plain FNV-1a hash (two
 * 32-bit lanes) rather than node:crypto, whose loading alone costs a short command a few ms; it
 * only has to tell schemas apart, not resist anyone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsFolder } from './paths.js';
import { SEARCH_TABLE_DDL } from './search-table.js';

export function schemaId(): string {
  const folder = migrationsFolder();
  const parts = [SEARCH_TABLE_DDL, ...readdirSync(folder).filter((f) => f.endsWith('.sql')).sort().map((f) => readFileSync(join(folder, f), 'utf8'))];
  return fingerprint(parts.join('\u0000'));
}

/** 64 bits of FNV-1a over the UTF-16 code units of `text`, as 16 hex digits. */
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
