/**
 * `--help` texts in English and Korean (chosen like every CLI word: --lang, else LANG). Each is
 * written for its readers; command names, options and examples stay as typed.
 * test/cli/cli-messages.test.ts checks that each has both languages and the same options.
 */
import type { Bilingual } from './cli-messages.js';

const READ_OPTIONS: Bilingual = {
  en: `  --json            print JSON (a stable shape) instead of text
  --lang ko|en      language of the answers (default: from LANG, else en)
  --db PATH         database to read (default: $DREF_DB, else the built-in one)
  --endpoint URL    ask a dref server instead (default: $DREF_ENDPOINT), e.g. http://127.0.0.1:4000/graphql
  --color WHEN      auto (default), always or never; NO_COLOR turns it off`,
  ko: `  --json            텍스트 대신 JSON으로 출력합니다(모양이 바뀌지 않는 고정 형식)
  --lang ko|en      답의 언어(기본값: LANG을 따르고, 없으면 en)
  --db PATH         읽을 데이터베이스(기본값: $DREF_DB, 없으면 내장 데이터베이스)
  --endpoint URL    대신 dref 서버에 묻습니다(기본값: $DREF_ENDPOINT). 예: http://127.0.0.1:4000/graphql
  --color WHEN      auto(기본값), always, never 중 하나. NO_COLOR가 있으면 색을 끕니다`,
};

export const HELP_TEXTS = {
  main: {
    en: `dref — a Docker reference for the terminal, built from study notes

Usage: dref <command> [options]

Commands:
  search TERM…         find commands, options, instructions, concepts and recipes
  show NAME            one entry in full, with the notes' lines and corrections
  show FILE:LINE       the notes around a line, with the entries linked to it
  explain 'LINE'       a docker command line (or --dockerfile instruction), token by token
  gen COMMAND …        build a valid command line (or --recipe NAME key=value…)
  lint [DOCKERFILE]    check a Dockerfile with the notes' advice (text, json, sarif)
  compare A B          two entries side by side
  errata               the mistakes found in the notes, with corrections
  browse               the terminal UI (also: dref alone, on a terminal)
  ingest [FILE…]       build the knowledge base from notes (or --check them)
  serve                serve GraphQL and REST over HTTP
  completions SHELL    a completion script for bash, zsh or fish

Options:
  -h, --help           show help (also: dref <command> --help)
  -v, --version        show the version

Read commands take --json, --lang ko|en, --db PATH, --endpoint URL and --color auto|always|never.

Examples:
  dref search restart
  dref show run --restart
  dref explain 'docker run -itd -p 8080:80 --restart=unless-stopped nginx'
  dref lint Dockerfile`,
    ko: `dref — 공부 노트로 만든 터미널용 도커 레퍼런스

사용법: dref <명령> [옵션]

명령:
  search TERM…         명령, 옵션, Dockerfile 인스트럭션, 개념, 레시피를 찾습니다
  show NAME            항목 하나를 노트의 해당 줄과 바로잡은 내용까지 모두 보여 줍니다
  show FILE:LINE       노트의 그 줄을 앞뒤 문맥, 연결된 항목과 함께 보여 줍니다
  explain 'LINE'       docker 명령줄(--dockerfile이면 인스트럭션)을 토큰 하나하나 풀이합니다
  gen COMMAND …        올바른 명령줄을 만들어 줍니다(--recipe NAME key=value…로 레시피 채우기)
  lint [DOCKERFILE]    노트의 조언대로 Dockerfile을 검사합니다(text, json, sarif)
  compare A B          두 항목을 나란히 비교합니다
  errata               노트의 정오표: 찾은 잘못과 그 고친 내용
  browse               터미널 UI(터미널에서 dref만 입력해도 열립니다)
  ingest [FILE…]       노트로 지식 베이스를 만듭니다(--check로 검사만)
  serve                GraphQL과 REST를 HTTP로 제공합니다
  completions SHELL    bash, zsh, fish용 자동 완성 스크립트

옵션:
  -h, --help           도움말(명령별 도움말: dref <명령> --help)
  -v, --version        버전

읽기 명령은 --json, --lang ko|en, --db PATH, --endpoint URL, --color auto|always|never를 받습니다.

예:
  dref search restart
  dref show run --restart
  dref explain 'docker run -itd -p 8080:80 --restart=unless-stopped nginx'
  dref lint Dockerfile`,
  },
  search: {
    en: `Usage: dref search TERM… [--kind KIND]… [--limit N] [--after CURSOR] [--json] [--lang ko|en]

Finds commands, options, Dockerfile instructions, concepts, comparisons and recipes,
in Korean or English, and the passages of the ingested notes that hold the words (with their
file:line). Typos are corrected ("did you mean").

Options:
  --kind KIND       only this kind: command, option, instruction, concept, comparison, recipe
  --limit N         at most N results (1–50, default 10)
  --after CURSOR    the next page (the nextCursor of a --json answer)
${READ_OPTIONS.en}

--json prints {"query","results":[{"id","kind","name","title","summary","score","snippet","matched"}],
"passages":[{"file","line","startLine","endLine","section","sectionTitle","snippet","score"}],
"totalCount","nextCursor"} and "didYouMean" when the query was corrected.
Exit status: 0 when something is found, 1 when nothing is, 2 on a usage error.

Examples:
  dref search restart
  dref search 재시작 정책
  dref search --json --lang ko 캐시`,
    ko: `사용법: dref search TERM… [--kind KIND]… [--limit N] [--after CURSOR] [--json] [--lang ko|en]

명령, 옵션, Dockerfile 인스트럭션, 개념, 비교, 레시피를 한국어나 영어로 찾고, 읽어 들인 노트에서
그 단어가 나오는 부분도 파일:줄 위치와 함께 보여 줍니다. 오타는 고쳐서 찾습니다("혹시 이것?").

옵션:
  --kind KIND       이 종류만: command, option, instruction, concept, comparison, recipe
  --limit N         결과를 최대 N개까지(1–50, 기본값 10)
  --after CURSOR    다음 페이지(--json 답의 nextCursor 값)
${READ_OPTIONS.ko}

--json은 {"query","results":[{"id","kind","name","title","summary","score","snippet","matched"}],
"passages":[{"file","line","startLine","endLine","section","sectionTitle","snippet","score"}],
"totalCount","nextCursor"}를 출력하고, 검색어를 고쳤으면 "didYouMean"도 넣습니다.
종료 코드: 찾으면 0, 못 찾으면 1, 사용법이 틀리면 2.

예:
  dref search restart
  dref search 재시작 정책
  dref search --json --lang ko 캐시`,
  },
  explain: {
    en: `Usage: dref explain 'COMMAND LINE' [--json] | dref explain --dockerfile 'INSTRUCTION' [--json]

Explains a docker command line token by token (pipelines, &&, $(…) and aliases included), or one
Dockerfile instruction line, and reports mistakes with a corrected line. Quote the line, or give -
to read it from standard input.

Options:
  --dockerfile      the line is a Dockerfile instruction
${READ_OPTIONS.en}

--json prints {"tokens":[{"text","start","end","role","entry","meaning"}],"problems":[{"start","end","message","suggestion"}]};
"meaning" says what a value or image says (8080:80 → host port 8080 to container port 80/tcp), or null.
Exit status: 0 when the line checks out, 1 when it has problems, 2 on a usage error.

Examples:
  dref explain 'docker run -itd -p 8080:80 --restart=unless-stopped nginx'
  dref explain --dockerfile 'HEALTHCHECK --interval=1m CMD curl -f http://localhost || exit 1'
  echo 'docker images -f dangling=true' | dref explain -`,
    ko: `사용법: dref explain 'COMMAND LINE' [--json] | dref explain --dockerfile 'INSTRUCTION' [--json]

docker 명령줄을 토큰 하나하나 풀이하고(파이프, &&, $(…), 별칭까지), --dockerfile이면 Dockerfile
인스트럭션 한 줄을 풀이합니다. 잘못된 곳이 있으면 고친 줄과 함께 알려 줍니다. 줄은 따옴표로
묶어 주거나, -를 주면 표준 입력에서 읽습니다.

옵션:
  --dockerfile      주어진 줄이 Dockerfile 인스트럭션입니다
${READ_OPTIONS.ko}

--json은 {"tokens":[{"text","start","end","role","entry","meaning"}],"problems":[{"start","end","message","suggestion"}]}를
출력합니다. "meaning"은 값이나 이미지가 뜻하는 바(8080:80 → 호스트 포트 8080을 컨테이너 포트 80/tcp로)이고,
읽을 수 없으면 null입니다.
종료 코드: 문제가 없으면 0, 문제가 있으면 1, 사용법이 틀리면 2.

예:
  dref explain 'docker run -itd -p 8080:80 --restart=unless-stopped nginx'
  dref explain --dockerfile 'HEALTHCHECK --interval=1m CMD curl -f http://localhost || exit 1'
  echo 'docker images -f dangling=true' | dref explain -`,
  },
  gen: {
    en: `Usage: dref gen COMMAND [--OPTION VALUE | --SWITCH]… [ARG]… [--short]
       dref gen --recipe NAME [KEY=VALUE]…

Builds a valid docker command line: flags checked against the command (types, accepted values),
written in a fixed order and quoted for the shell. With --recipe, fills a workflow's placeholders
(defaults for the ones you leave out) and prints its command lines.

Options (anywhere on the line):
  --short           write short flags where there are some
  --recipe NAME     fill a recipe instead
  --json            print {"line","argv","command"} (recipes: {"recipe","commands"})
  --lang, --db, --endpoint, --color  as for every read command

Examples:
  dref gen run --restart always -d -p 8080:80 --name web nginx:1.27
  dref gen --short image prune --all --force
  dref gen --recipe private-registry registry_host=192.168.0.10`,
    ko: `사용법: dref gen COMMAND [--OPTION VALUE | --SWITCH]… [ARG]… [--short]
       dref gen --recipe NAME [KEY=VALUE]…

올바른 docker 명령줄을 만들어 줍니다. 플래그는 명령에 맞는지(타입, 쓸 수 있는 값) 검사하고,
정해진 순서로 적고, 셸에 맞게 따옴표를 붙입니다. --recipe를 주면 작업 흐름(레시피)의 빈칸을
채우고(주지 않은 값은 기본값으로) 그 명령줄들을 출력합니다.

옵션(줄의 어디에 써도 됩니다):
  --short           짧은 플래그가 있으면 짧은 플래그로 씁니다
  --recipe NAME     명령 대신 레시피를 채웁니다
  --json            {"line","argv","command"}를 출력합니다(레시피는 {"recipe","commands"})
  --lang, --db, --endpoint, --color  다른 읽기 명령과 같습니다

예:
  dref gen run --restart always -d -p 8080:80 --name web nginx:1.27
  dref gen --short image prune --all --force
  dref gen --recipe private-registry registry_host=192.168.0.10`,
  },
  show: {
    en: `Usage: dref show NAME… [--json] [--lang ko|en]
       dref show FILE:LINE | FILE:START-END [--json] [--lang ko|en]

Shows one entry: its summary and explanation, options or forms, the notes' own lines with
their line numbers (and the correction beside any mistake), examples and related entries.

NAME is a canonical name or any alias: run, docker image rm, run --restart, run -p,
HEALTHCHECK, concept:dangling-images (or dangling-images), recipe:private-registry.

FILE:LINE opens the notes at that line, as \`dref search\` prints it: the headings above it,
the passage holding it with a few lines either side (the lines asked for marked >), the
corrections beside any mistake, where the passages before and after are, and the entries
linked to those lines. FILE is the notes file as ingested, a path to it, or the end of its
path (docker-images.ko.md). A blank line, or one between passages, shows the nearest passage
and says so. It reads the database (--db), not a server.
--json prints {"file", "lineCount", "startLine", "endLine", "place": "passage"|"between",
"isBlank", "headings", "passages", "previous", "next", "lines", "errata", "entries"}.
${READ_OPTIONS.en}

Examples:
  dref show run --restart
  dref show healthcheck --lang ko
  dref show --json dangling-images
  dref show docker-images.ko.md:131
  dref show data/notes/docker-images.ko.md:120-128 --db my.db`,
    ko: `사용법: dref show NAME… [--json] [--lang ko|en]
       dref show FILE:LINE | FILE:START-END [--json] [--lang ko|en]

항목 하나를 보여 줍니다. 요약과 설명, 옵션이나 형식, 노트의 원래 줄(줄 번호와 함께, 틀린 곳은
바로잡은 내용을 옆에), 예시와 관련 항목까지 나옵니다.

NAME에는 정식 이름이나 별칭을 씁니다: run, docker image rm, run --restart, run -p,
HEALTHCHECK, concept:dangling-images(또는 dangling-images), recipe:private-registry.

FILE:LINE을 주면 \`dref search\`가 보여 준 노트의 그 줄을 엽니다. 위의 제목들, 그 줄이 든 본문과
앞뒤 몇 줄(물은 줄에는 > 표시), 틀린 곳 옆의 바로잡은 내용, 앞뒤 본문의 위치, 그 줄과 연결된
항목이 나옵니다. FILE에는 넣은(ingest) 그대로의 파일 이름, 그 파일의 경로, 또는 경로의 끝
부분(docker-images.ko.md)을 씁니다. 빈 줄이나 본문 사이의 줄이면 가장 가까운 본문을 보여 주고
그렇다고 알려 줍니다. 서버가 아니라 데이터베이스(--db)에서 읽습니다.
--json은 {"file", "lineCount", "startLine", "endLine", "place": "passage"|"between",
"isBlank", "headings", "passages", "previous", "next", "lines", "errata", "entries"}를 출력합니다.
${READ_OPTIONS.ko}

예:
  dref show run --restart
  dref show healthcheck --lang ko
  dref show --json dangling-images
  dref show docker-images.ko.md:131
  dref show data/notes/docker-images.ko.md:120-128 --db my.db`,
  },
  compare: {
    en: `Usage: dref compare A B [--json] [--lang ko|en]

Puts two entries side by side: ADD and COPY, CMD and ENTRYPOINT, ARG and ENV, save and export…
When the catalog compares them, prints its table.
${READ_OPTIONS.en}

Examples:
  dref compare ADD COPY
  dref compare save export --lang ko`,
    ko: `사용법: dref compare A B [--json] [--lang ko|en]

두 항목을 나란히 놓고 비교합니다. ADD와 COPY, CMD와 ENTRYPOINT, ARG와 ENV, save와 export…
카탈로그에 둘을 비교한 표가 있으면 그 표도 보여 줍니다.
${READ_OPTIONS.ko}

예:
  dref compare ADD COPY
  dref compare save export --lang ko`,
  },
  errata: {
    en: `Usage: dref errata [--severity error|warning] [--json]

Lists the mistakes found in the ingested notes — broken command lines and Dockerfiles, typos in
variables, wrong statements — each with its file:line and the corrected form.

Options:
  --severity LEVEL  only errors, or only warnings
${READ_OPTIONS.en}

Examples:
  dref errata
  dref errata --severity error --json`,
    ko: `사용법: dref errata [--severity error|warning] [--json]

읽어 들인 노트의 정오표를 보여 줍니다. 잘못된 명령줄과 Dockerfile, 변수 이름의 오타,
사실과 다른 설명을 파일:줄 위치와 고친 형태와 함께 나열합니다.

옵션:
  --severity LEVEL  error만, 또는 warning만
${READ_OPTIONS.ko}

예:
  dref errata
  dref errata --severity error --json`,
  },
  browse: {
    en: `Usage: dref browse [--lang ko|en] [--db PATH] [--endpoint URL]

Opens the terminal UI. Typing goes to the query; ↑/↓ move, Enter opens, Ctrl-Y copies the
entry's example (OSC 52), Ctrl-G opens the generator, Ctrl-E the explainer, Ctrl-C quits.
Esc leaves the query for the keys mode: q quit, ? help, / back to the query, c copy.

Options:
  --lang ko|en      language of the answers (default: from LANG, else en)
  --db PATH         database to read (default: $DREF_DB, else the built-in one)
  --endpoint URL    ask a dref server instead (default: $DREF_ENDPOINT)`,
    ko: `사용법: dref browse [--lang ko|en] [--db PATH] [--endpoint URL]

터미널 UI를 엽니다. 입력한 글자는 검색어로 들어갑니다. ↑/↓로 이동하고 Enter로 열며, Ctrl-Y는
항목의 예시를 클립보드에 복사하고(OSC 52), Ctrl-G는 명령줄 생성기, Ctrl-E는 명령줄 풀이를
엽니다. Ctrl-C로 끝냅니다. Esc를 누르면 키 모드로 바뀝니다: q 끝내기, ? 도움말, / 검색어로
돌아가기, c 복사.

옵션:
  --lang ko|en      답의 언어(기본값: LANG을 따르고, 없으면 en)
  --db PATH         읽을 데이터베이스(기본값: $DREF_DB, 없으면 내장 데이터베이스)
  --endpoint URL    대신 dref 서버에 묻습니다(기본값: $DREF_ENDPOINT)`,
  },
  completions: {
    en: `Usage: dref completions bash|zsh|fish

Prints a completion script. Install it with, for example:
  dref completions bash > /etc/bash_completion.d/dref     (or: source <(dref completions bash))
  dref completions zsh  > "\${fpath[1]}/_dref"
  dref completions fish > ~/.config/fish/completions/dref.fish`,
    ko: `사용법: dref completions bash|zsh|fish

자동 완성 스크립트를 출력합니다. 예를 들어 이렇게 설치합니다:
  dref completions bash > /etc/bash_completion.d/dref     (또는: source <(dref completions bash))
  dref completions zsh  > "\${fpath[1]}/_dref"
  dref completions fish > ~/.config/fish/completions/dref.fish`,
  },
} as const satisfies Record<string, Bilingual>;

export type HelpTextId = keyof typeof HELP_TEXTS;
