/**
 * The knowledge base a server reads, picked up again when the file is rebuilt: a re-ingest renames a
 * new file into place, so each request checks (at most every CHECK_MS) whether the path now names
 * another file, opens it, and lets requests in flight finish on the old one before closing it.
 */
import { statSync } from 'node:fs';
import { ensureKnowledgeBase, openKnowledgeBase, type KnowledgeBase } from '../database/open-database.js';

const CHECK_MS = 250;
/** How long a replaced connection stays open for requests that started on it. */
const GRACE_MS = 30_000;

export interface KnowledgeSource {
  /** The current knowledge base. */
  current(): KnowledgeBase;
  /** How many times a rebuilt file has been picked up since the source was created. */
  reloads(): number;
  close(): void;
}

function identity(path: string): string {
  const s = statSync(path);
  return `${s.ino}:${s.size}:${s.mtimeMs}`;
}

export async function createKnowledgeSource(path: string, options: { buildIfMissing?: boolean } = {}): Promise<KnowledgeSource> {
  let kb = await ensureKnowledgeBase(path, options);
  let id = identity(path);
  let checkedAt = Date.now();
  let reloads = 0;
  const retiring = new Map<NodeJS.Timeout, KnowledgeBase>();
  return {
    current() {
      const now = Date.now();
      if (now - checkedAt >= CHECK_MS) {
        checkedAt = now;
        try {
          const next = identity(path);
          if (next !== id) {
            const fresh = openKnowledgeBase(path);
            const old = kb;
            kb = fresh;
            id = next;
            reloads++;
            const timer = setTimeout(() => { old.close(); retiring.delete(timer); }, GRACE_MS);
            timer.unref();
            retiring.set(timer, old);
          }
        } catch {
          // A rebuild in progress or a bad file: keep serving the database we have.
        }
      }
      return kb;
    },
    reloads: () => reloads,
    close() {
      for (const [timer, old] of retiring) { clearTimeout(timer); old.close(); }
      retiring.clear();
      kb.close();
    },
  };
}
