/**
 * `explain` reads the commands a line names from the knowledge base (database-catalog-context.ts)
 * instead of indexing the whole catalog: every answer must be the one the catalog gives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../data/catalog/index.js';
import type { KnowledgeBase } from '../../server/database/open-database.js';
import { explainCommandLine } from '../../server/explain/explain-command-line.js';
import { catalogContext, entryRef, type CatalogContext } from '../../server/knowledge/catalog-context.js';
import { databaseCatalogContext } from '../../server/knowledge/database-catalog-context.js';
import { buildTempKnowledgeBase } from '../helpers/temp-database.js';

let kb: KnowledgeBase;
let fromDatabase: CatalogContext;
const fromCatalog = catalogContext();

beforeAll(() => {
  kb = buildTempKnowledgeBase();
  fromDatabase = databaseCatalogContext(kb);
});
afterAll(() => kb.close());

/** Every spelling, every start of one, and words that are none. */
function spellingsAndMore(): string[] {
  const all = new Set(fromCatalog.index.spellings);
  for (const s of fromCatalog.index.spellings) {
    const words = s.split(' ');
    for (let k = 1; k <= words.length; k++) all.add(words.slice(0, k).join(' '));
  }
  for (const s of ['', 'rnu', 'compose upp', 'docker', 'dockerd', 'run --rm', '*', 'r%', 'image_rm', 'IMAGE RM']) all.add(s);
  return [...all];
}

describe('the command index read from the database', () => {
  it('knows the same spellings, in the same order, and the same program options', () => {
    expect(fromDatabase.index.spellings).toEqual(fromCatalog.index.spellings);
    expect(fromDatabase.index.global).toEqual(fromCatalog.index.global);
    expect(fromDatabase.index.commands).toEqual(fromCatalog.index.commands);
  });

  it('resolves every spelling, prefix and non-spelling as the catalog does', () => {
    for (const s of spellingsAndMore()) {
      expect(fromDatabase.index.bySpelling(s), s).toEqual(fromCatalog.index.bySpelling(s));
      expect(fromDatabase.index.isPrefix(s), s).toBe(fromCatalog.index.isPrefix(s));
      const words = [...s.split(' '), 'nginx'];
      const [db, catalog] = [fromDatabase.index.resolve(words), fromCatalog.index.resolve(words)];
      expect(db && { name: db.spec.name, length: db.length }, s).toEqual(catalog && { name: catalog.spec.name, length: catalog.length });
    }
  });

  it("finds every command's options, and those a plugin's group lends, with the same owner", () => {
    for (const spelling of fromCatalog.index.spellings) {
      const [db, catalog] = [fromDatabase.index.bySpelling(spelling)!, fromCatalog.index.bySpelling(spelling)!];
      const names = new Set([...catalog.options.flatMap((o) => [o.long, o.short ?? '--nothing']), '-f', '--file', '--project-name', '--builder', '--nope']);
      for (const name of names) {
        const [a, b] = [fromDatabase.index.findOption(db, name), fromCatalog.index.findOption(catalog, name)];
        expect(a, `${spelling} ${name}`).toEqual(b);
        if (a && b) expect(fromDatabase.index.ownerOf(db, a).name).toBe(fromCatalog.index.ownerOf(catalog, b).name);
      }
    }
  });

  it('links the same entries', () => {
    for (const id of ['command:run', 'option:run:--restart', 'command:docker', 'option:compose:--file', 'command:nothing', '']) {
      expect(entryRef(fromDatabase, id), id).toEqual(entryRef(fromCatalog, id));
    }
  });
});

describe('explain from the database', () => {
  const lines = [
    'docker run -d -p 8080:80 --restart=always nginx',
    'docker container run --rm -it -v "$PWD":/app -w /app node:20 npm test',
    'docker compose -f compose.yml -p shop up -d --build',
    'docker-compose up -d',
    'docker buildx imagetools inspect alpine',
    'docker rnu nginx',
    'docker run --restrat=always nginx',
    'docker image rm $(docker images -q -f dangling=true)',
    'DOCKER_BUILDKIT=0 docker build -t app . && docker push app 2>&1 | tee log',
    'docker -H tcp://host:2376 --tlsverify ps -a',
    'docker compose',
    ...commands.flatMap((c) => [...(c.examples ?? []), ...c.options.flatMap((o) => o.examples ?? [])]),
  ];

  it('gives every example line the answer the catalog gives, in both languages', () => {
    expect(lines.length).toBeGreaterThan(50);
    for (const line of lines) {
      for (const lang of ['en', 'ko'] as const) {
        expect(explainCommandLine(line, fromDatabase, lang), line).toEqual(explainCommandLine(line, fromCatalog, lang));
      }
    }
  });
});
