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
  explain 'LINE'       docker 명령줄(--dockerfile이면 인스트럭션)을 토큰 하나하나 풀이합니다
  gen COMMAND …        올바른 명령줄을 만들어 줍니다(--recipe NAME key=value…로 레시피 채우기)
  lint [DOCKERFILE]    노트의 조언대로 Dockerfile을 검사합니다(text, json, sarif)
  compare A B          두 항목을 나란히 비교합니다
  errata               노트에서 찾은 잘못과 그 고친 내용
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
  show: {
    en: `Usage: dref show NAME… [--json] [--lang ko|en]

Shows one entry: its summary and explanation, options or forms, the notes' own lines with
their line numbers (and the correction beside any mistake), examples and related entries.

NAME is a canonical name or any alias: run, docker image rm, run --restart, run -p,
HEALTHCHECK, concept:dangling-images (or dangling-images), recipe:private-registry.
${READ_OPTIONS.en}

Examples:
  dref show run --restart
  dref show healthcheck --lang ko
  dref show --json dangling-images`,
    ko: `사용법: dref show NAME… [--json] [--lang ko|en]

항목 하나를 보여 줍니다. 요약과 설명, 옵션이나 형식, 노트의 원래 줄(줄 번호와 함께, 틀린 곳은
바로잡은 내용을 옆에), 예시와 관련 항목까지 나옵니다.

NAME에는 정식 이름이나 별칭을 씁니다: run, docker image rm, run --restart, run -p,
HEALTHCHECK, concept:dangling-images(또는 dangling-images), recipe:private-registry.
${READ_OPTIONS.ko}

예:
  dref show run --restart
  dref show healthcheck --lang ko
  dref show --json dangling-images`,
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

읽어 들인 노트에서 찾은 잘못을 보여 줍니다. 잘못된 명령줄과 Dockerfile, 변수 이름의 오타,
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
