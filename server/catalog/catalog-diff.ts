/** Compares the catalog's commands with `docker <cmd> --help` pages: flags missing from the catalog, extra, or with other facts. */
import type { CommandSpec } from '../../data/catalog/types.js';
import { parseDockerHelp } from './docker-help.js';

export interface CatalogDifference {
  readonly command: string;
  readonly flag: string;
  readonly kind: 'missing' | 'extra' | 'short' | 'type' | 'default';
  readonly catalog?: string;
  readonly help?: string;
}

/** Differences between one command's catalog entry and its help text. */
export function diffCommand(spec: CommandSpec, helpText: string): CatalogDifference[] {
  const help = parseDockerHelp(helpText);
  const command = spec.scope === 'global' ? 'docker' : `docker ${spec.name}`;
  const out: CatalogDifference[] = [];
  const mine = new Map(spec.options.map((o) => [o.long, o]));
  for (const flag of help.flags) {
    const o = mine.get(flag.long);
    if (!o) { out.push({ command, flag: flag.long, kind: 'missing', help: flag.type }); continue; }
    if ((o.short ?? '') !== (flag.short ?? '')) out.push({ command, flag: flag.long, kind: 'short', catalog: o.short ?? '', help: flag.short ?? '' });
    if (o.type !== flag.type) out.push({ command, flag: flag.long, kind: 'type', catalog: o.type, help: flag.type });
    if ((o.default ?? '') !== (flag.default ?? '')) out.push({ command, flag: flag.long, kind: 'default', catalog: o.default ?? '', help: flag.default ?? '' });
  }
  const theirs = new Set(help.flags.map((f) => f.long));
  for (const o of spec.options) if (!theirs.has(o.long)) out.push({ command, flag: o.long, kind: 'extra', catalog: o.type });
  return out;
}
