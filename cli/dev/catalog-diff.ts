/**
 * `npm run catalog:diff`: runs `docker <cmd> --help` for every catalog command on this machine and
 * lists flags the catalog lacks, has in excess, or describes with another short form, type or default.
 * A dev tool: it needs the docker client (no engine); tests use saved help pages instead.
 */
import { execFileSync } from 'node:child_process';
import { commands } from '../../data/catalog/index.js';
import { diffCommand } from '../../server/catalog/catalog-diff.js';

let differences = 0;
for (const spec of commands) {
  if (spec.scope === 'daemon') continue;
  const argv = spec.scope === 'global' ? ['--help'] : [...spec.name.split(' '), '--help'];
  let help: string;
  try {
    help = execFileSync('docker', argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    process.stderr.write(`catalog:diff: cannot run \`docker ${argv.join(' ')}\` (${(error as Error).message.split('\n')[0]}); install the docker client\n`);
    process.exit(2);
  }
  for (const d of diffCommand(spec, help)) {
    differences++;
    const detail = d.kind === 'missing' ? `missing from the catalog (${d.help})` : d.kind === 'extra' ? 'in the catalog but not in --help'
      : `${d.kind}: catalog ${JSON.stringify(d.catalog)}, --help ${JSON.stringify(d.help)}`;
    process.stdout.write(`${d.command} ${d.flag}: ${detail}\n`);
  }
}
process.stdout.write(differences ? `${differences} differences\n` : `The catalog matches docker --help for every covered command.\n`);
process.exitCode = differences ? 1 : 0;
