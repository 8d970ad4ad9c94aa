/**
 * Reads the facts out of the plugins' reference files: Compose's `docs/reference/docker_compose_*.yaml`
 * (cobra's YAML docs) and Buildx's `docs/reference/buildx_*.md` (generated option tables).
 * Only names, types, defaults and flags of state are taken; the prose stays where it is.
 */
import type { CommandFacts, OptionFacts } from '../../data/catalog/facts/types.js';

/** cobra prints no default for a zero value. */
const ZERO = new Set(['', 'false', '0', '[]', '0s', 'map[]']);

function option(long: string, short: string | undefined, type: string, def: string | undefined, flags: { deprecated?: boolean; experimental?: boolean }): OptionFacts {
  return {
    long: `--${long}`,
    ...(short ? { short: `-${short}` } : {}),
    type,
    ...(def !== undefined && !ZERO.has(def) ? { default: def } : {}),
    ...(flags.deprecated ? { deprecated: true as const } : {}),
    ...(flags.experimental ? { experimental: true as const } : {}),
  };
}

const unquote = (v: string) => v.trim().replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1');

/** One `docker_compose_*.yaml` file; hidden options are left out. */
export function parseComposeReference(text: string, source: string): CommandFacts & { readonly hidden: boolean } {
  const lines = text.split('\n');
  const top = (key: string) => {
    const at = lines.findIndex((l) => l.startsWith(`${key}:`));
    if (at < 0) return undefined;
    const value = unquote(lines[at]!.slice(key.length + 1));
    // A block scalar (`usage: |-`): its first line.
    return /^[|>][-+]?$/.test(value) ? (lines[at + 1] ?? '').trim() : value;
  };
  const command = (top('command') ?? '').replace(/^docker /, '');
  const aliases = (top('aliases') ?? '').split(',').map((a) => a.trim().replace(/^docker /, '')).filter((a) => a && a !== command);
  const options: OptionFacts[] = [];
  let section = '';
  let current: Record<string, string> | undefined;
  const flush = () => {
    if (current && current['hidden'] !== 'true' && current['option']) {
      options.push(option(current['option'], current['shorthand'], current['value_type'] ?? 'string', current['default_value'],
        { deprecated: current['deprecated'] === 'true', experimental: current['experimental'] === 'true' || current['experimentalcli'] === 'true' }));
    }
    current = undefined;
  };
  for (const line of lines) {
    if (/^\S/.test(line)) { flush(); section = line.split(':')[0]!; continue; }
    if (section !== 'options') continue;
    const item = /^    - option: (.*)$/.exec(line);
    if (item) { flush(); current = { option: unquote(item[1]!) }; continue; }
    const field = /^      ([a-z_]+): (.*)$/.exec(line);
    if (field && current) current[field[1]!] = unquote(field[2]!);
  }
  flush();
  const subcommands = (() => {
    const start = lines.indexOf('cname:');
    if (start < 0) return undefined;
    const out: string[] = [];
    for (const l of lines.slice(start + 1)) {
      const m = /^    - (.*)$/.exec(l);
      if (!m) break;
      out.push(m[1]!.split(' ').at(-1)!);
    }
    return out;
  })();
  return {
    name: command, aliases, usage: top('usage') ?? `docker ${command}`, options,
    ...(subcommands?.length ? { subcommands } : {}), source, hidden: top('hidden') === 'true',
  };
}

/** One `buildx_*.md` file: usage, aliases, the Options table and the Subcommands table. */
export function parseBuildxReference(text: string, source: string): CommandFacts {
  const lines = text.split('\n');
  const fence = lines.findIndex((l) => l.startsWith('```text'));
  const name = (lines.find((l) => l.startsWith('# ')) ?? '').slice(2).trim().replace(/^docker /, '');
  // A page without a usage block (`history export`): empty, for the caller to find elsewhere.
  const usage = fence >= 0 ? (lines[fence + 1] ?? '').trim() : '';
  const sectionRows = (title: string) => {
    const at = lines.indexOf(`### ${title}`);
    if (at < 0) return [];
    const rows: string[][] = [];
    for (const l of lines.slice(at + 1)) {
      if (l.startsWith('#') || l.startsWith('<!---')) break;
      if (!l.startsWith('|') || /^\|\s*(Name|:-)/.test(l)) continue;
      rows.push(l.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim()));
    }
    return rows;
  };
  const aliasAt = lines.indexOf('### Aliases');
  const aliases = aliasAt < 0 ? [] : [...(lines[aliasAt + 2] ?? '').matchAll(/`docker ([^`]+)`/g)].map((m) => m[1]!).filter((a) => a !== name);
  const options = sectionRows('Options').map((cells) => {
    const names = [...cells[0]!.matchAll(/`(-{1,2}[A-Za-z0-9-]+)`/g)].map((m) => m[1]!);
    const long = names.find((n) => n.startsWith('--'))!;
    const short = names.find((n) => !n.startsWith('--'));
    const type = (cells[1] ?? '').replace(/`/g, '');
    const def = (cells[2] ?? '').replace(/`/g, '');
    const experimental = /\[experimental\]/i.test(cells[3] ?? '');
    return option(long.slice(2), short?.slice(1), type, def || undefined, { experimental });
  });
  const subcommands = sectionRows('Subcommands').map((cells) => /`([^`]+)`/.exec(cells[0]!)?.[1]!).filter(Boolean);
  return { name, aliases, usage, options, ...(subcommands.length ? { subcommands } : {}), source };
}
