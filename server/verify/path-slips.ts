/**
 * Absolute paths with a slash mistyped: `/etc.nginx/conf.d/` for `/etc/nginx/conf.d/` (a dot in
 * its place) and `/binsh` for `/bin/sh` (left out). A top-level directory of a Linux image never
 * runs into the next name, and one with a dot is a file (/run.sh), so either slip is reported where
 * the path stands (prose, code spans, command lines and Dockerfiles alike) when the path with its
 * slash back is a well-known one: a path of the notes' own may be a name (`-v /tmplog:/tmp/log`).
 */
import { excerptAt, say, sectionAt, type ErratumRecord, type NotesCheck } from './types.js';

/** The top-level directories of a Linux filesystem (FHS). */
const TOP_LEVEL = ['bin', 'boot', 'dev', 'etc', 'home', 'lib', 'lib64', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'];
/** Paths every image has or notes name, for telling a dropped slash (`/binsh`) from a name of its own. */
const WELL_KNOWN = new Set(['/bin/sh', '/bin/bash', '/bin/ash', '/bin/zsh', '/usr/bin', '/usr/sbin', '/usr/local', '/usr/lib', '/usr/share', '/usr/src',
  '/var/lib', '/var/log', '/var/run', '/var/www', '/var/cache', '/etc/nginx', '/etc/apt', '/etc/passwd', '/etc/hosts', '/etc/ssl', '/etc/docker', '/etc/systemd']);
/** An absolute path standing alone: not the path of a URL (`http://host/etc.x`), nor part of a name or a relative path. */
const PATH = /(?<![\w.:/~$@%-])\/[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]*)*/g;

interface Slip { readonly column: number; readonly written: string; readonly fix: string; readonly ko: string; readonly en: string }

function slipsIn(text: string): Slip[] {
  const out: Slip[] = [];
  for (const m of text.matchAll(PATH)) {
    const path = m[0];
    const first = path.slice(1).split('/')[0]!;
    const dotted = /^([a-z0-9]+)\.([A-Za-z0-9_-]+)$/.exec(first);
    // /run.sh is a script at the root: the dot is a slash only when the path with one is known (/etc/nginx).
    if (dotted && TOP_LEVEL.includes(dotted[1]!) && WELL_KNOWN.has(`/${dotted[1]}/${dotted[2]}`)) {
      const fix = `/${dotted[1]}/${dotted[2]}${path.slice(1 + first.length)}`;
      out.push({ column: m.index! + 1, written: path, fix, ko: `/${dotted[1]} 뒤에는 점(.)이 아니라 슬래시(/)가 와야 합니다`, en: `the dot after /${dotted[1]} looks like a slash` });
      continue;
    }
    for (const top of TOP_LEVEL) {
      if (!first.startsWith(top) || first.length === top.length || TOP_LEVEL.includes(first)) continue;
      const fixed = `/${top}/${first.slice(top.length)}`;
      if (!WELL_KNOWN.has(fixed)) continue;
      out.push({ column: m.index! + 1, written: path, fix: fixed + path.slice(1 + first.length), ko: `/${top} 뒤에 슬래시(/)가 빠졌습니다`, en: `a slash is missing after /${top}` });
      break;
    }
  }
  return out;
}

export const pathSlipsCheck: NotesCheck = {
  id: 'path',
  check({ doc, lang }) {
    const errata: ErratumRecord[] = [];
    doc.lines.forEach((text, i) => {
      const line = i + 1;
      const section = sectionAt(doc, line);
      if (!section || !text.includes('/')) return;
      for (const slip of slipsIn(text)) {
        errata.push({
          file: doc.file, line, column: slip.column, rule: 'path/slash-typo', severity: 'warning',
          message: say(lang, `\`${slip.written}\`은(는) \`${slip.fix}\`의 오타로 보입니다: ${slip.ko}`, `\`${slip.written}\` is probably \`${slip.fix}\`: ${slip.en}`),
          suggestion: (text.slice(0, slip.column - 1) + slip.fix + text.slice(slip.column - 1 + slip.written.length)).trim(),
          excerpt: excerptAt(doc, line), section,
        });
      }
    });
    return errata;
  },
};
