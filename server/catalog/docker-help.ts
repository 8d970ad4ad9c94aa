/** Reads the facts out of `docker <cmd> --help` text: usage, aliases, and each flag's name, short form, type and default. */

/** One flag as the help text lists it. */
export interface HelpFlag {
  readonly long: string;
  readonly short?: string;
  /** The value type word, or `bool` when the flag takes no value. */
  readonly type: string;
  readonly default?: string;
}

/** What one help page says. */
export interface HelpPage {
  readonly usage: string;
  readonly aliases: readonly string[];
  readonly flags: readonly HelpFlag[];
  /** The subcommands a management command lists (`Commands:`, `Management Commands:`). */
  readonly subcommands: readonly string[];
}

const FLAG_LINE = /^\s{2,}(?:(-[A-Za-z0-9]), )?(--[a-z0-9][a-z0-9-]*)(?: ([a-z][a-zA-Z0-9-]*))?(?:\s{2,}(.*))?$/;

/** Parses one `--help` page; flags of every options section (`Options:`, `Global Options:`) are read. */
export function parseDockerHelp(text: string): HelpPage {
  const lines = text.split('\n');
  const usageLine = lines.find((l) => l.startsWith('Usage:')) ?? '';
  const usage = usageLine.replace(/^Usage:\s+/, '').trim();
  const aliasIndex = lines.findIndex((l) => l.trim() === 'Aliases:');
  const aliases = aliasIndex >= 0
    ? (lines[aliasIndex + 1] ?? '').split(',').map((a) => a.trim()).filter(Boolean)
    : [];

  const flags: HelpFlag[] = [];
  let current: { long: string; short?: string; type: string; text: string } | undefined;
  const flush = () => {
    if (!current) return;
    const def = /\(default (.*?)\)\s*$/.exec(current.text.trim());
    flags.push({
      long: current.long,
      ...(current.short ? { short: current.short } : {}),
      type: current.type,
      // The saving user's home (`/root/.docker`) is everyone's `$HOME/.docker`.
      ...(def ? { default: def[1]!.replace(/^"(\/root|\/home\/[^/"]+)(?=\/)/, '"$HOME') } : {}),
    });
    current = undefined;
  };
  let inOptions = false;
  for (const line of lines) {
    if (/^[A-Za-z ]*Options:\s*$/.test(line)) { flush(); inOptions = true; continue; }
    if (!inOptions) continue;
    if (line.trim() === '' || /^\S/.test(line)) { flush(); inOptions = line.trim() === '' ? inOptions : false; continue; }
    const m = FLAG_LINE.exec(line);
    if (m && m[2]) {
      flush();
      current = { long: m[2], ...(m[1] ? { short: m[1] } : {}), type: m[3] ?? 'bool', text: m[4] ?? '' };
    } else if (current) {
      current.text += ' ' + line.trim();
    }
  }
  flush();
  const subcommands: string[] = [];
  let inCommands = false;
  for (const line of lines) {
    if (/^([A-Za-z]+ )?Commands:\s*$/.test(line)) { inCommands = true; continue; }
    if (!line.trim()) { inCommands = false; continue; }
    const m = inCommands ? /^\s+([a-z][a-z0-9-]*)\*?\s/.exec(line) : null;
    if (m) subcommands.push(m[1]!);
  }
  return { usage, aliases, flags, subcommands };
}
