/**
 * `--help` texts of the commands that are tools rather than look-ups — lint, ingest, serve — in
 * English and Korean, chosen like every CLI word (--lang, else LANG). Kept apart from
 * help-texts.ts so `dref` and the read commands load only their own. `{formats}` is filled in by
 * lint-command.ts from the list of output formats. test/cli/cli-messages.test.ts walks them too.
 */
import type { Bilingual } from './cli-messages.js';

export const TOOL_HELP_TEXTS = {
  lint: {
    en: `Usage: dref lint [PATH… | -] [options]

Checks Dockerfiles (default: ./Dockerfile; - reads standard input) with the notes' advice, hadolint's
DL rules, BuildKit's build checks and, when it is installed, ShellCheck on RUN scripts. A PATH may be
a file, a folder (every Dockerfile, *.Dockerfile and Dockerfile.* in it) or a glob ('**/Dockerfile').
Reads .hadolint.yaml and .dref.yaml (the nearest to each Dockerfile). Silence a rule for the next
instruction with # hadolint ignore=DL3006 or # dref-ignore=RULE.

Options:
  --format F              {formats} (default text)
  --ignore RULE           do not report RULE (a dref id, DLxxxx, SCxxxx or BuildKit name); repeatable
  --enable RULE           turn on an optional rule (the version-pinning ones, healthcheck-missing), or all
  --failure-threshold S   error, warning (default), info or none: the least severity that makes lint fail
  --no-fail               exit 0 whatever is found
  --fix                   apply the safe fixes in place (with --dry-run: print them as a unified diff)
  --dry-run               with --fix: change nothing, print the diff
  --config FILE           read this configuration instead of the nearest .hadolint.yaml / .dref.yaml
  --context DIR           the build context, for the .dockerignore checks (default: the Dockerfile's folder)
  --no-shellcheck         skip ShellCheck
  --lang ko|en            language of messages and fixes (default: from LANG, else en)
  --json                  the same as --format json
  --endpoint URL          ask a dref server instead (one file, its findings only)
  -h, --help              this help

Exit status: 0 when nothing reaches the failure threshold, 1 when something does, 2 on a usage error.

Examples:
  dref lint
  dref lint services/ --format github
  dref lint '**/*.Dockerfile' --ignore DL3008 --failure-threshold error
  dref lint Dockerfile --fix --dry-run`,
    ko: `사용법: dref lint [PATH… | -] [options]

Dockerfile을 검사합니다(기본값: ./Dockerfile, -를 주면 표준 입력). 노트의 조언, hadolint의 DL 규칙,
BuildKit의 빌드 검사, 그리고 설치되어 있으면 RUN 스크립트에 대한 ShellCheck까지 돌립니다. PATH에는
파일, 폴더(그 안의 Dockerfile, *.Dockerfile, Dockerfile.*을 모두), glob('**/Dockerfile')을 쓸 수
있습니다. 각 Dockerfile에서 가장 가까운 .hadolint.yaml과 .dref.yaml을 읽습니다. 다음 인스트럭션에서
규칙 하나를 끄려면 # hadolint ignore=DL3006 또는 # dref-ignore=RULE을 적으세요.

옵션:
  --format F              {formats} (기본값 text)
  --ignore RULE           RULE(dref id, DLxxxx, SCxxxx, BuildKit 검사 이름)을 보고하지 않습니다. 여러 번 쓸 수 있습니다
  --enable RULE           선택 규칙(버전 고정 규칙들, healthcheck-missing)을 켭니다. all이면 모두
  --failure-threshold S   error, warning(기본값), info, none: lint를 실패로 끝내는 가장 낮은 심각도
  --no-fail               무엇이 나오든 종료 코드 0으로 끝냅니다
  --fix                   안전한 수정을 파일에 바로 적용합니다(--dry-run과 함께 쓰면 unified diff로 출력만)
  --dry-run               --fix와 함께: 아무것도 바꾸지 않고 diff만 출력합니다
  --config FILE           가장 가까운 .hadolint.yaml / .dref.yaml 대신 이 설정 파일을 읽습니다
  --context DIR           .dockerignore 검사에 쓸 빌드 컨텍스트(기본값: Dockerfile이 있는 폴더)
  --no-shellcheck         ShellCheck를 건너뜁니다
  --lang ko|en            메시지와 수정 제안의 언어(기본값: LANG을 따르고, 없으면 en)
  --json                  --format json과 같습니다
  --endpoint URL          대신 dref 서버에 묻습니다(파일 하나, 그 검사 결과만)
  -h, --help              이 도움말

종료 코드: 실패 기준에 닿는 것이 없으면 0, 있으면 1, 사용법이 틀리면 2.

예:
  dref lint
  dref lint services/ --format github
  dref lint '**/*.Dockerfile' --ignore DL3008 --failure-threshold error
  dref lint Dockerfile --fix --dry-run`,
  },
  ingest: {
    en: `Usage: dref ingest [FILE|FOLDER…] [--add] [--db PATH] [--lang ko|en] [--check] [--force] [--json] [--quiet]

Reads notes files and folders of them (every .md and .markdown below a folder; default: the
notes shipped with dref), checks every command line and Dockerfile snippet in them, and builds
the knowledge base. The database is built into a temporary file and renamed into place, so a
failed ingest leaves the old one untouched. When the inputs are those of the last build (the
same notes files with the same contents, the same dref build, the same --lang), nothing is
rebuilt (unless --force): the summary says the database is unchanged and counts the errata it
already holds.

Options:
  --add       keep the shipped notes and add FILE… to them (without it, FILE… replace them)
  --db PATH   database to write (default: $DREF_DB, else data/dref.db in the package)
  --lang L    write the errata and the summary in ko or en (default: the errata in each notes
              file's own language, the summary in the one LANG names); changing it rebuilds
  --check     only check the notes and list their errata; write nothing.
              Exits with status 1 when an erratum of severity error is found.
  --force     rebuild the database even when its inputs are unchanged
  --json      print {"database","buildId","unchanged","entries","files","sections","passages",
              "examples","errata":[{"file","line","column","rule","severity","message","suggestion"}]};
              with --check, {"errata":[…]} alone
  --quiet     print nothing on success

Examples:
  dref ingest
  dref ingest my-notes/*.md --db my.db
  dref ingest ~/notes/ --db my.db
  dref ingest --add my-notes/*.md
  dref ingest --check --json`,
    ko: `사용법: dref ingest [FILE|FOLDER…] [--add] [--db PATH] [--lang ko|en] [--check] [--force] [--json] [--quiet]

노트 파일과 노트가 든 폴더(폴더 아래의 모든 .md, .markdown. 기본값: dref에 들어 있는 노트)를 읽어
그 안의 명령줄과 Dockerfile 조각을 모두 검사하고 지식 베이스를 만듭니다. 데이터베이스는 임시
파일에 만든 뒤 이름을 바꿔 제자리에 놓으므로, ingest가 실패해도 기존 데이터베이스는 그대로입니다.
입력이 지난 빌드와 같으면(같은 노트 파일과 내용, 같은 dref 빌드, 같은 --lang) --force를 주지 않는 한
다시 만들지 않고, 데이터베이스가 그대로라고 알린 뒤 이미 들어 있는 정오표의 개수를 보여 줍니다.

옵션:
  --add       기본 노트는 그대로 두고 FILE…을 더합니다(없으면 FILE…이 기본 노트를 대신합니다)
  --db PATH   쓸 데이터베이스(기본값: $DREF_DB, 없으면 패키지 안의 data/dref.db)
  --lang L    정오표와 요약을 ko나 en으로 씁니다(기본값: 정오표는 노트 파일마다 그 파일의 언어,
              요약은 LANG을 따름). 지난번과 다른 --lang을 주면 다시 만듭니다
  --check     노트를 검사해 정오표만 보여 주고 아무것도 쓰지 않습니다.
              정오표에 심각도가 error인 항목이 있으면 종료 코드 1로 끝납니다.
  --force     입력이 그대로여도 데이터베이스를 다시 만듭니다
  --json      {"database","buildId","unchanged","entries","files","sections","passages",
              "examples","errata":[{"file","line","column","rule","severity","message","suggestion"}]}를
              출력합니다. --check와 함께 쓰면 {"errata":[…]}만 출력합니다
  --quiet     성공하면 아무것도 출력하지 않습니다

예:
  dref ingest
  dref ingest my-notes/*.md --db my.db
  dref ingest ~/notes/ --db my.db
  dref ingest --add my-notes/*.md
  dref ingest --check --json`,
  },
  serve: {
    en: `Usage: dref serve [--port 4000] [--host 127.0.0.1] [--db PATH] [--cors ORIGIN]… [--rate-limit N]
                 [--trust-proxy HOPS|CIDRS] [--metrics] [--log-level LEVEL] [--response-cache N]

Serves the knowledge base over HTTP: GraphQL at /graphql, REST at /api/v1 (OpenAPI at
/api/v1/openapi.json), liveness at /healthz and readiness at /readyz. The database is opened
read-only; when it is rebuilt (dref ingest), the server picks the new one up without a restart.
SIGTERM or SIGINT stop it after the requests in flight finish.

Options:
  --port N          port to listen on (default 4000; 0 picks a free one)
  --host H          address to listen on (default 127.0.0.1)
  --db PATH         database to serve (default: $DREF_DB, else the built-in one)
  --cors ORIGIN     allow only this origin to read (repeatable; default: any origin)
  --rate-limit N    requests per minute per client (default 600; 0 turns it off)
  --trust-proxy P   take the client's address from X-Forwarded-For as set by these proxies:
                    a hop count (1 behind one nginx) or addresses and CIDRs, comma-separated
                    (127.0.0.1, 10.0.0.0/8, loopback); default: trust no proxy
  --metrics         serve /metrics in Prometheus text format (default off)
  --log-level L     fatal, error, warn, info (default), debug or silent
  --response-cache N  keep up to N whole responses in memory for repeated requests (default 2000; 0 off)
  --lang ko|en      language of this help and of dref's own messages (default: from LANG, else en)

Examples:
  dref serve
  dref serve --port 8080 --host 0.0.0.0 --cors https://docs.example.com
  dref serve --trust-proxy 127.0.0.1 --metrics      (behind an nginx on the same host)`,
    ko: `사용법: dref serve [--port 4000] [--host 127.0.0.1] [--db PATH] [--cors ORIGIN]… [--rate-limit N]
                 [--trust-proxy HOPS|CIDRS] [--metrics] [--log-level LEVEL] [--response-cache N]

지식 베이스를 HTTP로 제공합니다. GraphQL은 /graphql, REST는 /api/v1(OpenAPI 문서는
/api/v1/openapi.json), 살아 있는지 확인은 /healthz, 요청을 받을 준비가 됐는지는 /readyz입니다.
데이터베이스는 읽기 전용으로 열고, dref ingest로 다시 만들면 서버를 재시작하지 않아도 새
데이터베이스를 씁니다. SIGTERM이나 SIGINT를 받으면 처리 중인 요청을 마친 뒤 멈춥니다.

옵션:
  --port N          들을 포트(기본값 4000, 0이면 빈 포트를 고릅니다)
  --host H          들을 주소(기본값 127.0.0.1)
  --db PATH         제공할 데이터베이스(기본값: $DREF_DB, 없으면 내장 데이터베이스)
  --cors ORIGIN     이 출처(origin)에서만 읽을 수 있게 합니다(여러 번 쓸 수 있음, 기본값: 모든 출처)
  --rate-limit N    클라이언트마다 분당 요청 수(기본값 600, 0이면 제한 없음)
  --trust-proxy P   이 프록시들이 넣은 X-Forwarded-For에서 클라이언트 주소를 읽습니다.
                    홉 수(nginx 하나 뒤라면 1)나, 쉼표로 구분한 주소와 CIDR
                    (127.0.0.1, 10.0.0.0/8, loopback). 기본값: 어떤 프록시도 믿지 않음
  --metrics         /metrics를 Prometheus 텍스트 형식으로 제공합니다(기본값: 끔)
  --log-level L     fatal, error, warn, info(기본값), debug, silent 중 하나
  --response-cache N  같은 요청에 대한 응답을 최대 N개까지 메모리에 둡니다(기본값 2000, 0이면 끔)
  --lang ko|en      이 도움말과 dref 자체 메시지의 언어(기본값: LANG을 따르고, 없으면 en)

예:
  dref serve
  dref serve --port 8080 --host 0.0.0.0 --cors https://docs.example.com
  dref serve --trust-proxy 127.0.0.1 --metrics      (같은 호스트의 nginx 뒤에서)`,
  },
} as const satisfies Record<string, Bilingual>;
