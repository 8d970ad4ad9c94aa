/**
 * `npm run catalog:facts [-- COMPOSE_REPO BUILDX_REPO]`: writes `data/catalog/facts/*.json` from the sources.
 * The CLI's facts come from the saved help pages in `data/catalog/sources/docker-help/`
 * (`save-docker-help.sh` refreshes them); the plugins' from git clones of docker/compose and
 * docker/buildx at the tags bundled with Docker 28.2 (without the clones, their JSON is kept as it is).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandFacts, FactsFile } from '../../data/catalog/facts/types.js';
import { daemonFacts, dockerHelpFacts } from '../../server/catalog/docker-help-facts.js';
import { parseBuildxReference, parseComposeReference } from '../../server/catalog/plugin-reference.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FACTS = join(ROOT, 'data', 'catalog', 'facts');
const HELP = join(ROOT, 'data', 'catalog', 'sources', 'docker-help');
export const COMPOSE_TAG = 'v5.5.0';
export const BUILDX_TAG = 'v0.36.1';

const write = (file: string, facts: FactsFile) => writeFileSync(join(FACTS, file), JSON.stringify(facts, null, 1) + '\n');

const pages = Object.fromEntries(readdirSync(HELP).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(HELP, f), 'utf8')]));
write('docker.json', dockerHelpFacts(pages));
write('dockerd.json', daemonFacts(readFileSync(join(ROOT, 'data', 'catalog', 'sources', 'dockerd-help.txt'), 'utf8')));

const [composeRepo, buildxRepo] = process.argv.slice(2);
const git = (repo: string, ...args: string[]) => execFileSync('git', ['--git-dir', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
const filesAt = (repo: string, tag: string, pattern: RegExp) =>
  git(repo, 'ls-tree', '--name-only', tag, 'docs/reference/').split('\n').filter((f) => pattern.test(f));

if (composeRepo) {
  const commands: CommandFacts[] = [];
  const hidden = new Set<string>();
  for (const file of filesAt(composeRepo, COMPOSE_TAG, /docker_compose[a-z_-]*\.yaml$/)) {
    const facts = parseComposeReference(git(composeRepo, 'show', `${COMPOSE_TAG}:${file}`), `docker/compose ${COMPOSE_TAG} ${file}`);
    const { hidden: isHidden, ...rest } = facts;
    if (isHidden) hidden.add(rest.name);
    commands.push(rest);
  }
  // An old name left as a page of its own (`compose convert`, aliases `compose config`) becomes an alias of the live page.
  const byName = new Map(commands.map((c) => [c.name, c]));
  const stale = commands.filter((c) => c.aliases.some((a) => byName.has(a)));
  const live = commands.filter((c) => !stale.includes(c)).map((c) => {
    const old = stale.filter((s) => s.aliases.includes(c.name)).map((s) => s.name);
    return old.length ? { ...c, aliases: [...c.aliases, ...old] } : c;
  });
  // A page its parent no longer lists is of a command that moved on (`compose alpha watch` became `compose watch`):
  // the tag's Compose does not have it. A hidden command (`compose alpha`) is left out of its parent's list, and is there.
  const listed = live.filter((c) => {
    if (hidden.has(c.name)) return true;
    const parent = byName.get(c.name.split(' ').slice(0, -1).join(' '));
    return !parent?.subcommands || parent.subcommands.includes(c.name.split(' ').at(-1)!);
  });
  write('compose.json', { source: `docker/compose ${COMPOSE_TAG} docs/reference`, commands: listed });
}
if (buildxRepo) {
  const commands: CommandFacts[] = [];
  for (const file of filesAt(buildxRepo, BUILDX_TAG, /buildx[a-z_-]*\.md$/)) {
    const facts = parseBuildxReference(git(buildxRepo, 'show', `${BUILDX_TAG}:${file}`), `docker/buildx ${BUILDX_TAG} ${file}`);
    // A page without a usage block: the usage from the command's own source (cobra's `Use:`).
    // The shell around a command is not its usage (`dial-stdio [OPTIONS] < in.fifo > out.fifo &`).
    const usage = (facts.usage || (usageInSource(buildxRepo, facts.name) ?? `docker ${facts.name} [OPTIONS]`)).replace(/\s+[<>]\s.*$|\s+&$/, '');
    commands.push({ ...facts, usage, aliases: facts.aliases.filter((a) => a.startsWith('buildx ')) });
  }
  write('buildx.json', { source: `docker/buildx ${BUILDX_TAG} docs/reference`, commands });
}
process.stdout.write(`wrote ${FACTS}\n`);

/** `Use: "export [OPTIONS] [REF...]"` of the Go file that defines the command, as a usage line. */
function usageInSource(repo: string, name: string): string | undefined {
  const last = name.split(' ').at(-1)!;
  let found = '';
  try {
    found = git(repo, 'grep', '-h', '-E', `Use: +"${last}( |")`, BUILDX_TAG, '--', 'commands/');
  } catch {
    return undefined;
  }
  const lines = found.split('\n').filter(Boolean);
  const use = lines.length === 1 ? /"([^"]+)"/.exec(lines[0]!)?.[1] : undefined;
  return use ? `docker ${name.split(' ').slice(0, -1).join(' ')} ${use}` : undefined;
}
