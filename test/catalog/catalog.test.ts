/** The catalog's own rules: facts match docker --help, every text is bilingual, every cross-reference resolves, SCOPE.md is covered. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffCommand } from '../../server/catalog/catalog-diff.js';
import { daemonFacts, dockerHelpFacts } from '../../server/catalog/docker-help-facts.js';
import { catalogEntries } from '../../server/ingest/catalog-entries.js';
import { indexEntryNames } from '../../server/ingest/entry-names.js';
import { INSTRUCTION_NAMES } from '../../server/dockerfile/instruction-names.js';
import { catalog, ROOT, shippedModel } from '../helpers/catalog-model.js';
import { concepts as noteConcepts } from '../../data/catalog/concepts.js';
import { recipes as noteRecipes } from '../../data/catalog/recipes.js';

const HANGUL = /\p{Script=Hangul}/u;
const entries = catalogEntries(catalog);
const names = indexEntryNames(entries);

const HELP = join(ROOT, 'data', 'catalog', 'sources', 'docker-help');
const helpPages = Object.fromEntries(readdirSync(HELP).map((f) => [f, readFileSync(join(HELP, f), 'utf8')]));
const dockerFacts = catalog.factsFiles[0]!.facts;
const pageOf = (name: string) => dockerFacts.commands.find((c) => c.name === name)?.source.split('/').at(-1);
const cliCommands = catalog.commands.filter((c) => c.scope !== 'daemon' && !c.plugin);
const pluginCommands = catalog.commands.filter((c) => c.plugin);
const pluginFacts = catalog.factsFiles.slice(1).flatMap((f) => f.facts.commands);

describe('catalog facts', () => {
  it('the CLI facts are what the saved --help pages say (run `npm run catalog:facts` after saving new pages)', () => {
    expect(dockerHelpFacts(helpPages)).toEqual(dockerFacts);
  });

  it('has every command of the Docker 28 CLI, Compose and Buildx, and no other', () => {
    const names = catalog.commands.filter((c) => c.scope !== 'daemon').map((c) => (c.scope === 'global' ? '' : c.name)).sort();
    const sources = catalog.factsFiles.flatMap((f) => f.facts.commands.map((c) => c.name)).sort();
    expect(names).toEqual(sources);
    expect(names.length).toBeGreaterThan(200);
  });

  it.each(cliCommands.map((c) => [c.scope === 'global' ? 'docker' : `docker ${c.name}`, c] as const))(
    '%s matches its saved --help page (Docker 28.2.2): no missing, extra or different flag',
    (_, spec) => {
      const page = pageOf(spec.scope === 'global' ? '' : spec.name);
      expect(page, 'no saved help page').toBeDefined();
      // `docker build`'s page is the legacy builder's; the flags only BuildKit has are checked against Buildx below.
      const legacy = { ...spec, options: spec.options.filter((o) => o.builder !== 'buildkit') };
      expect(diffCommand(legacy, helpPages[page!]!)).toEqual([]);
    },
  );

  it.each(pluginCommands.map((c) => [`docker ${c.name}`, c] as const))('%s has the flags of its reference file', (_, spec) => {
    const facts = pluginFacts.find((f) => f.name === spec.name)!;
    expect(spec.options.map((o) => [o.long, o.short ?? '', o.type, o.default ?? ''])).toEqual(
      facts.options.map((o) => [o.long, o.short ?? '', o.type, o.default ?? '']));
    expect(spec.usage).toBe(facts.usage);
  });

  it("dockerd has the flags of its help page (docker/cli's reference of Docker 28.2.2)", () => {
    const dockerd = catalog.commands.find((c) => c.scope === 'daemon')!;
    const page = readFileSync(join(ROOT, 'data', 'catalog', 'sources', 'dockerd-help.txt'), 'utf8');
    expect(diffCommand(dockerd, page)).toEqual([]);
    expect(daemonFacts(page)).toEqual(catalog.daemonFactsFile);
    expect(dockerd.options.length).toBeGreaterThan(80);
  });

  it('docker build knows both builders and says which flag needs which', () => {
    const build = catalog.commands.find((c) => c.name === 'build')!;
    const buildx = pluginFacts.find((f) => f.name === 'buildx build')!;
    const needs = (flag: string) => build.options.find((o) => o.long === flag)?.builder;
    for (const flag of ['--push', '--load', '--output', '--secret', '--ssh', '--cache-to', '--provenance', '--sbom', '--builder']) {
      expect(needs(flag), flag).toBe('buildkit');
    }
    expect(needs('--squash') ?? needs('--compress')).toBe('legacy');
    expect(needs('--tag')).toBeUndefined();
    // Every flag of buildx build is a flag of docker build (but buildx's own --debug).
    const flags = new Set(build.options.map((o) => o.long));
    expect(buildx.options.map((o) => o.long).filter((f) => !flags.has(f))).toEqual(['--debug']);
  });

  it('links aliases rather than copying them: ps = container ls = container list = container ps', () => {
    for (const spelling of ['docker container ls', 'docker container list', 'docker container ps']) expect(names.idOf(spelling)).toBe('command:ps');
    expect(names.idOf('docker compose convert')).toBe('command:compose-config');
    expect(names.idOf('docker buildx b')).toBe('command:buildx-build');
  });

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

  it('writes names and aliases in lower case, but short flags and Dockerfile instructions (search looks aliases up by their case)', () => {
    const spelled = (n: string) => n === n.toLowerCase() || / -[A-Za-z]$/.test(n) || (INSTRUCTION_NAMES as readonly string[]).includes(n);
    expect(entries.flatMap((e) => [e.name, ...e.aliases]).filter((n) => !spelled(n))).toEqual([]);
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
    ...noteConcepts.map((c) => `concept:${c.slug}`),
    ...catalog.comparisons.map((c) => `compare:${c.slug}`),
    ...noteRecipes.map((r) => `recipe:${r.slug}`),
  ];

  it('has 25 concepts, 8 comparisons and 10 recipes from the notes', () => {
    expect([noteConcepts.length, catalog.comparisons.length, noteRecipes.length]).toEqual([25, 8, 10]);
  });

  it.each(scope)('%s is an entry linked to the note lines it comes from', (name) => {
    const id = names.idOf(name);
    expect(id, `${name} is not an entry`).toBeDefined();
    expect(linked.has(id!), `${name} has no link to the notes`).toBe(true);
  });
});
