/** The catalog's own rules: facts match docker --help, every text is bilingual, every cross-reference resolves, SCOPE.md is covered. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffCommand } from '../../server/catalog/catalog-diff.js';
import { catalogEntries } from '../../server/ingest/catalog-entries.js';
import { indexEntryNames } from '../../server/ingest/entry-names.js';
import { INSTRUCTION_NAMES } from '../../server/dockerfile/instruction-names.js';
import { catalog, ROOT, shippedModel } from '../helpers/catalog-model.js';

const HANGUL = /\p{Script=Hangul}/u;
const entries = catalogEntries(catalog);
const names = indexEntryNames(entries);

describe('catalog facts', () => {
  it.each(catalog.commands.filter((c) => c.scope !== 'daemon').map((c) => [c.scope === 'global' ? 'docker' : c.name, c] as const))(
    'docker %s matches its saved --help page (Docker 28.2.2): no missing, extra or different flag',
    (name, spec) => {
      const help = readFileSync(join(ROOT, 'test', 'fixtures', 'docker-help', `${name.replace(' ', '-')}.txt`), 'utf8');
      expect(diffCommand(spec, help)).toEqual([]);
    },
  );

  it('has the 18 Dockerfile instructions, each with forms and examples', () => {
    expect(catalog.instructions.map((i) => i.name).sort()).toEqual([...INSTRUCTION_NAMES].sort());
    for (const i of catalog.instructions) {
      expect(i.forms.length, i.name).toBeGreaterThan(0);
      expect(i.examples.length, i.name).toBeGreaterThan(0);
    }
  });

  it('knows the HEALTHCHECK flags with their defaults, and COPY --from', () => {
    const hc = catalog.instructions.find((i) => i.name === 'HEALTHCHECK')!;
    expect(Object.fromEntries(hc.flags.map((f) => [f.name.replace(/^--/, ''), f.default]))).toEqual({
      interval: '30s', timeout: '30s', 'start-period': '0s', 'start-interval': '5s', retries: '3',
    });
    expect(catalog.instructions.find((i) => i.name === 'COPY')!.flags.map((f) => f.name.replace(/^--/, ''))).toEqual(
      expect.arrayContaining(['from', 'chown', 'chmod', 'link', 'parents', 'exclude']));
  });

  it('lists the restart policies and marks MAINTAINER deprecated', () => {
    const run = catalog.commands.find((c) => c.name === 'run')!;
    expect(run.options.find((o) => o.long === '--restart')!.values).toEqual(['no', 'always', 'on-failure[:N]', 'unless-stopped']);
    expect(catalog.instructions.find((i) => i.name === 'MAINTAINER')!.deprecated?.replacement).toMatch(/^LABEL maintainer=/);
  });

  it('knows command aliases (docker rmi = docker image rm, docker images = docker image ls)', () => {
    expect(names.idOf('docker image rm')).toBe('command:rmi');
    expect(names.idOf('docker image ls')).toBe('command:images');
    expect(names.idOf('docker container run')).toBe('command:run');
  });
});

describe('catalog texts', () => {
  it('gives every entry a Korean and an English summary and title', () => {
    const bad = entries.filter((e) => !HANGUL.test(e.summary.ko) || HANGUL.test(e.summary.en) || !e.summary.en.trim()
      || !e.title.ko.trim() || !e.title.en.trim());
    expect(bad.map((e) => e.name)).toEqual([]);
  });

  it('gives search keywords in both languages to every command, instruction, concept, comparison and recipe', () => {
    const bad = entries.filter((e) => e.kind !== 'option' && e.id !== 'concept:parser-directives'
      && (!e.keywords.ko.some((k) => HANGUL.test(k)) || !e.keywords.en.length));
    expect(bad.map((e) => e.name)).toEqual([]);
  });

  it('has details, keywords and examples for every option the notes explain', () => {
    const explained = ['docker run -i', 'docker run -t', 'docker run -d', 'docker run -P', 'docker run -p', 'docker run --name', 'docker run -e',
      'docker run --restart', 'docker run --entrypoint', 'docker run --stop-signal', 'docker commit -a', 'docker commit -m', 'docker images -f',
      'docker inspect --type', 'docker rmi -f', 'docker save -o', 'docker load -i', 'docker build -t', 'docker build --no-cache',
      'docker build --cache-from', 'docker build --build-arg', 'dockerd --insecure-registry'];
    for (const name of explained) {
      const entry = entries.find((e) => e.id === names.idOf(name));
      expect(entry, name).toBeDefined();
      const option = entry!.data as { details?: unknown; keywords?: { ko: string[] }; examples?: string[] };
      expect(option.details, `${name} details`).toBeDefined();
      expect(option.keywords?.ko.length, `${name} keywords`).toBeGreaterThan(0);
      expect(option.examples?.length, `${name} examples`).toBeGreaterThan(0);
    }
  });

  it('resolves every cross-reference (related, subjects) to an entry', () => {
    const unresolved = entries.flatMap((e) => e.related.filter((r) => !names.idOf(r) && !/^(shell|exec) form$/.test(r) && !/^docker run --restart=/.test(r))
      .map((r) => `${e.name} → ${r}`));
    expect(unresolved).toEqual([]);
  });

  it('finds each note term of a concept, comparison and recipe in the notes', () => {
    const notes = readFileSync(join(ROOT, 'data', 'notes', 'docker-images.ko.md'), 'utf8').toLowerCase();
    const missing = entries.flatMap((e) => e.noteTerms.filter((t) => !notes.includes(t.toLowerCase())).map((t) => `${e.name}: ${t}`));
    expect(missing).toEqual([]);
  });
});

describe('SCOPE.md coverage', () => {
  const model = shippedModel();
  const linked = new Set(model.notes[0]!.links.map((l) => l.entryId));
  const scope = [
    'docker search', 'docker pull', 'docker create', 'docker run', 'docker commit', 'docker images', 'docker inspect', 'docker rmi',
    'docker image prune', 'docker save', 'docker load', 'docker export', 'docker import', 'docker tag', 'docker push', 'docker stop', 'docker rm',
    'docker build', 'docker login', 'docker ps',
    'docker run -i', 'docker run -t', 'docker run -d', 'docker run -P', 'docker run -p', 'docker run --name', 'docker run -e', 'docker run --restart',
    'docker run --entrypoint', 'docker run --stop-signal', 'docker commit -a', 'docker commit -m', 'docker images -f', 'docker rmi -f',
    'docker save -o', 'docker load -i', 'docker build -t', 'docker build --no-cache', 'docker build --cache-from', 'docker build --build-arg',
    'dockerd --insecure-registry',
    ...INSTRUCTION_NAMES,
    ...catalog.concepts.map((c) => `concept:${c.slug}`),
    ...catalog.comparisons.map((c) => `compare:${c.slug}`),
    ...catalog.recipes.map((r) => `recipe:${r.slug}`),
  ];

  it('has 25 concepts, 8 comparisons and 10 recipes', () => {
    expect([catalog.concepts.length, catalog.comparisons.length, catalog.recipes.length]).toEqual([25, 8, 10]);
  });

  it.each(scope)('%s is an entry linked to the note lines it comes from', (name) => {
    const id = names.idOf(name);
    expect(id, `${name} is not an entry`).toBeDefined();
    expect(linked.has(id!), `${name} has no link to the notes`).toBe(true);
  });
});
