/** COPY of an archive that a later RUN unpacks: the packed copy stays in its layer; ADD unpacks it in one step. */
import { say } from '../messages.js';
import { at, type LintRule, type Step } from '../types.js';
import { ARCHIVE, sourcesAndDestination } from './copy-paths.js';
import { runCommands } from './run-commands.js';

const UNPACKERS = new Set(['unzip', 'gunzip', 'bunzip2', 'unlzma', 'unxz', 'zgz', 'uncompress', 'zcat', 'gzcat']);
const basename = (path: string) => path.replace(/^["']|["']$/g, '').split(/[/\\]/).pop() ?? '';

export const archiveCopiedThenExtracted: LintRule = {
  id: 'archive-copied-then-extracted',
  severity: 'info',
  hadolint: 'DL3010',
  entry: 'compare:add-vs-copy',
  description: say('An archive copied in with COPY and unpacked by a later RUN', 'COPY로 넣은 압축 파일을 나중 RUN에서 푸는 경우'),
  check: ({ stages }) => stages.flatMap((stage) => {
    const archives: { name: string; step: Step }[] = [];
    const hits = new Set<Step>();
    for (const s of stage.steps) {
      if (s.keyword === 'COPY' && !s.flags.some((f) => f.getName() === 'from')) {
        const { sources, destination } = sourcesAndDestination(s);
        if (destination && ARCHIVE.test(destination)) archives.push({ name: basename(destination), step: s });
        else for (const src of sources) if (ARCHIVE.test(src)) archives.push({ name: basename(src), step: s });
      }
      if (s.keyword === 'RUN') {
        for (const c of runCommands(s)) {
          const extracts = (c.name === 'tar' && c.args.some((a) => a === '--extract' || a === '--get' || /^-[^-]*x/.test(a) || /^[a-wyz]*x[a-z]*$/.test(a) && a === c.args[0])) || UNPACKERS.has(c.name);
          if (!extracts) continue;
          const names = c.args.filter((a) => !a.startsWith('-')).map(basename);
          for (const a of archives) if (names.includes(a.name)) hits.add(a.step);
        }
      }
    }
    return [...hits].map((s) => ({
      ...at(s),
      message: say('this archive is copied in and unpacked later, so the packed file stays in a layer', '이 압축 파일은 복사된 뒤 나중에 풀리므로 압축본이 레이어에 남습니다'),
      fix: say('ADD the archive to the folder (ADD unpacks local tar files), or unpack it in a build stage', '폴더로 ADD하세요(ADD는 로컬 tar를 풀어 줍니다). 아니면 빌드 단계에서 푸세요'),
    }));
  }),
};
