/** `dref ingest [files…] [--db PATH] [--check] [--json] [--quiet]`: build the database, or only check the notes. */
import { databasePath, defaultNotesFiles } from '../../server/database/paths.js';
import { DrefError } from '../../server/errors.js';
import { loadModel, runIngest } from '../../server/ingest/run-ingest.js';
import type { ErratumRecord } from '../../server/verify/types.js';
import { parseLang } from '../client.js';
import { parseCliArgs } from '../parse-cli-args.js';

export const INGEST_HELP = `Usage: dref ingest [FILE|FOLDER…] [--add] [--db PATH] [--lang ko|en] [--check] [--json] [--quiet]

Reads notes files and folders of them (every .md and .markdown below a folder; default: the
notes shipped with dref), checks every command line and
Dockerfile snippet in them, and builds the knowledge base. The database is built into a
temporary file and renamed into place, so a failed ingest leaves the old one untouched.

Options:
  --add       keep the shipped notes and add FILE… to them (without it, FILE… replace them)
  --db PATH   database to write (default: $DREF_DB, else data/dref.db in the package)
  --lang L    write the errata in ko or en (default: the language of each notes file)
  --check     only check the notes and list their errata; write nothing.
              Exits 1 when an erratum of severity error is found.
  --json      print {"errata":[{"file","line","column","rule","severity","message","suggestion"}]}
  --quiet     print nothing on success

Examples:
  dref ingest
  dref ingest my-notes/*.md --db my.db
  dref ingest ~/notes/ --db my.db
  dref ingest --add my-notes/*.md
  dref ingest --check --json`;

export function ingestCommand(args: readonly string[], out: NodeJS.WritableStream): number {
  const { values, positionals } = parseCliArgs('ingest', args, {
    db: { type: 'string' }, lang: { type: 'string' }, add: { type: 'boolean' }, check: { type: 'boolean' }, json: { type: 'boolean' }, quiet: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) { out.write(`${INGEST_HELP}\n`); return 0; }
  if (values.add && !positionals.length) throw new DrefError('USAGE', '--add needs notes files to add', 'e.g. dref ingest --add my-notes/*.md');
  const files = values.add ? [...defaultNotesFiles(), ...positionals] : positionals;
  // Errata default to each file's own language; --lang is checked as every command checks it.
  const lang = values.lang === undefined ? undefined : parseLang(values.lang);
  if (values.check) {
    const errata = loadModel(files, lang).notes.flatMap((n) => n.errata);
    out.write(values.json ? `${JSON.stringify({ errata: errata.map(erratumJson) }, null, 2)}\n` : formatErrata(errata));
    return errata.some((e) => e.severity === 'error') ? 1 : 0;
  }
  const { summary, errata } = runIngest(files, databasePath(values.db), lang);
  if (values.json) {
    out.write(`${JSON.stringify({ database: summary.path, buildId: summary.buildId, entries: summary.entries, files: summary.files, sections: summary.sections, passages: summary.passages, examples: summary.examples, errata: errata.map(erratumJson) }, null, 2)}\n`);
  } else if (!values.quiet) {
    const errors = errata.filter((e) => e.severity === 'error').length;
    out.write(`Built ${summary.path}: ${summary.files} notes file${summary.files === 1 ? '' : 's'}, ${summary.sections} sections, ${summary.passages} passages, ${summary.examples} examples, ${summary.entries} entries (build ${summary.buildId})\n`);
    out.write(`Errata: ${errors} error${errors === 1 ? '' : 's'}, ${errata.length - errors} warning${errata.length - errors === 1 ? '' : 's'}\n`);
    if (summary.errata) out.write(`List them with \`dref errata${values.db ? ` --db ${shellWord(values.db)}` : ''}\`.\n`);
  }
  return 0;
}

/** A path as the user can paste it back into a shell. */
function shellWord(path: string): string {
  return /^[\w./~+-]+$/.test(path) ? path : `'${path.replace(/'/g, "'\\''")}'`;
}

function erratumJson(e: ErratumRecord) {
  return { file: e.file, line: e.line, column: e.column, rule: e.rule, severity: e.severity, message: e.message, suggestion: e.suggestion };
}

/** `file:line:column: severity: message [rule]` and the corrected form on the next line. */
export function formatErrata(errata: readonly ErratumRecord[]): string {
  if (!errata.length) return 'No errata: every command line and Dockerfile snippet checks out.\n';
  const lines = errata.map((e) => `${e.file}:${e.line}:${e.column}: ${e.severity}: ${e.message} [${e.rule}]\n  ${e.excerpt}\n  → ${e.suggestion}\n`);
  const errors = errata.filter((e) => e.severity === 'error').length;
  return `${lines.join('\n')}\n${errata.length} errata: ${errors} errors, ${errata.length - errors} warnings.\n`;
}
