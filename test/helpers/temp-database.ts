/** Builds a real SQLite knowledge base from the shipped notes into a temporary folder. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openKnowledgeBase, type KnowledgeBase } from '../../server/database/open-database.js';
import { runIngest } from '../../server/ingest/run-ingest.js';

export function tempDir(prefix = 'dref-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Builds the default knowledge base into a new temp file and opens it. */
export function buildTempKnowledgeBase(files: readonly string[] = []): KnowledgeBase {
  const path = join(tempDir(), 'dref.db');
  runIngest(files, path);
  return openKnowledgeBase(path);
}
