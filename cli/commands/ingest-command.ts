/** `dref ingest [files…] [--db PATH] [--check] [--force] [--json] [--quiet]`: build the database, or only check the notes. */
import { databasePath, defaultNotesFiles } from '../../server/database/paths.js';
import { DrefError } from '../../server/errors.js';
import type { BuildSummary } from '../../server/database/write-database.js';
import { loadModel, runIngestIfChanged } from '../../server/ingest/run-ingest.js';
import type { StoredErratum } from '../../server/ingest/unchanged-build.js';
import type { ErratumRecord } from '../../server/verify/types.js';
import { parseLang } from '../client.js';
import { cliMessage } from '../messages/cli-messages.js';
import { TOOL_HELP_TEXTS } from '../messages/tool-help-texts.js';
import { parseCliArgs } from '../parse-cli-args.js';

export const INGEST_HELP = TOOL_HELP_TEXTS.ingest.en;

export function ingestCommand(args: readonly string[], out: NodeJS.WritableStream): number {
  const { values, positionals } = parseCliArgs('ingest', args, {
    db: { type: 'string' }, lang: { type: 'string' }, add: { type: 'boolean' }, check: { type: 'boolean' }, force: { type: 'boolean' }, json: { type: 'boolean' }, quiet: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) { out.write(`${TOOL_HELP_TEXTS.ingest[parseLang(values.lang)]}\n`); return 0; }
  // Messages are in --lang, else LANG's language; errata default to each file's own language.
  const messageLang = parseLang(values.lang);
  if (values.add && !positionals.length) throw new DrefError('USAGE', cliMessage(messageLang, 'ingest.addNeedsFiles'), cliMessage(messageLang, 'ingest.addNeedsFilesHint'));
  const files = values.add ? [...defaultNotesFiles(), ...positionals] : positionals;
  const lang = values.lang === undefined ? undefined : messageLang;
  if (values.check) {
    const errata = loadModel(files, lang, messageLang).notes.flatMap((n) => n.errata);
    out.write(values.json ? `${JSON.stringify({ errata: errata.map(erratumJson) }, null, 2)}\n` : formatErrata(errata, messageLang));
    return errata.some((e) => e.severity === 'error') ? 1 : 0;
  }
  // An unchanged re-ingest (same files, same dref, same --lang) reads the database's summary instead of rebuilding it; --force rebuilds.
  const { summary, errata, unchanged } = runIngestIfChanged(files, databasePath(values.db), lang, values.force === true, messageLang);
  if (values.json) {
    out.write(`${JSON.stringify({ database: summary.path, buildId: summary.buildId, unchanged, entries: summary.entries, files: summary.files, sections: summary.sections, passages: summary.passages, examples: summary.examples, errata: errata.map(erratumJson) }, null, 2)}\n`);
  } else if (!values.quiet) {
    out.write(ingestSummary(summary, errata, unchanged, values.db, messageLang));
  }
  return 0;
}

/** What the ingest did, in the user's language (--lang, else LANG): the counts, the errata by severity, and the command that lists them. */
export function ingestSummary(summary: BuildSummary, errata: readonly Pick<StoredErratum, 'severity'>[], unchanged: boolean, db: string | undefined, lang: 'ko' | 'en'): string {
  const errors = errata.filter((e) => e.severity === 'error').length;
  const warnings = errata.length - errors;
  const s = (n: number) => (n === 1 ? '' : 's');
  const list = `dref errata${db ? ` --db ${shellWord(db)}` : ''}`;
  const lines = lang === 'ko'
    ? [
      `${summary.path}${unchanged ? '은(는) 그대로입니다' : '을(를) 만들었습니다'}: 노트 파일 ${summary.files}개, 섹션 ${summary.sections}개, 구절 ${summary.passages}개, 예제 ${summary.examples}개, 항목 ${summary.entries}개 (빌드 ${summary.buildId})`,
      ...(unchanged ? ['노트 파일과 dref, 정오표 언어가 지난 빌드와 같아서 다시 만들지 않았습니다.'] : []),
      `정오표: 오류 ${errors}개, 경고 ${warnings}개`,
      ...(summary.errata ? [`목록은 \`${list}\`로 보세요.`] : []),
    ]
    : [
      `${unchanged ? 'Unchanged' : 'Built'} ${summary.path}: ${summary.files} notes file${s(summary.files)}, ${summary.sections} sections, ${summary.passages} passages, ${summary.examples} examples, ${summary.entries} entries (build ${summary.buildId})`,
      ...(unchanged ? ['The notes files, dref and the errata language are the same as at the last build, so nothing was rebuilt.'] : []),
      `Errata: ${errors} error${s(errors)}, ${warnings} warning${s(warnings)}`,
      ...(summary.errata ? [`List them with \`${list}\`.`] : []),
    ];
  return `${lines.join('\n')}\n`;
}

/** A path as the user can paste it back into a shell. */
function shellWord(path: string): string {
  return /^[\w./~+-]+$/.test(path) ? path : `'${path.replace(/'/g, "'\\''")}'`;
}

function erratumJson(e: StoredErratum) {
  return { file: e.file, line: e.line, column: e.column, rule: e.rule, severity: e.severity, message: e.message, suggestion: e.suggestion };
}

/** `file:line:column: severity: message [rule]` and the corrected form on the next line. */
export function formatErrata(errata: readonly ErratumRecord[], lang: 'ko' | 'en' = 'en'): string {
  if (!errata.length) return lang === 'ko' ? '정오표 없음: 모든 명령줄과 Dockerfile 조각에 문제가 없습니다.\n' : 'No errata: every command line and Dockerfile snippet checks out.\n';
  const lines = errata.map((e) => `${e.file}:${e.line}:${e.column}: ${e.severity}: ${e.message} [${e.rule}]\n  ${e.excerpt}\n  → ${e.suggestion}\n`);
  const errors = errata.filter((e) => e.severity === 'error').length;
  const total = lang === 'ko' ? `정오표 ${errata.length}개: 오류 ${errors}개, 경고 ${errata.length - errors}개.` : `${errata.length} errata: ${errors} errors, ${errata.length - errors} warnings.`;
  return `${lines.join('\n')}\n${total}\n`;
}
