/** Turns the saved `docker … --help` pages into the CLI's facts: one command per page, named as its file. */
import type { CommandFacts, FactsFile } from '../../data/catalog/facts/types.js';
import { parseDockerHelp } from './docker-help.js';

/** The Docker client the pages were saved from. */
export const DOCKER_VERSION = '28.2.2';

/** The command words of a usage line: `docker swarm join-token [OPTIONS] (worker|manager)` → `swarm join-token`. */
export function commandOfUsage(usage: string): string {
  const words = usage.split(/\s+/).slice(1);
  const end = words.findIndex((w) => !/^[a-z][a-z0-9-]*$/.test(w));
  return words.slice(0, end < 0 ? words.length : end).join(' ');
}

/** `pages`: file name (`network-create.txt`) → page text. `docker.txt` is the program's own options. */
export function dockerHelpFacts(pages: Readonly<Record<string, string>>): FactsFile {
  const commands: CommandFacts[] = Object.entries(pages)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([file, text]) => {
      const page = parseDockerHelp(text);
      const name = commandOfUsage(page.usage);
      const aliases = page.aliases.map((a) => a.replace(/^docker /, '')).filter((a) => a !== name);
      return {
        name, aliases, usage: page.usage, options: page.flags,
        ...(page.subcommands.length ? { subcommands: page.subcommands } : {}),
        source: `data/catalog/sources/docker-help/${file}`,
      };
    });
  return { source: `docker ${DOCKER_VERSION} --help`, commands };
}

/** The daemon's options, from the usage block of `dockerd --help` in docker/cli's reference (sources/dockerd-help.txt). */
export function daemonFacts(text: string): FactsFile {
  const page = parseDockerHelp(text);
  return {
    source: `docker/cli v${DOCKER_VERSION} docs/reference/dockerd.md`,
    commands: [{ name: 'dockerd', aliases: [], usage: page.usage, options: page.flags, source: 'data/catalog/sources/dockerd-help.txt' }],
  };
}
