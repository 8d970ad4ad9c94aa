/**
 * Words for the buildx debuggers, `debug` and `dap`: see ./types.ts. Their `build` subcommands
 * are `buildx build` run under a debugger, with the very same flags, so they reuse its flag words.
 */
import { buildxWords } from './buildx.js';
import type { WordsFile } from './types.js';

const buildFlags = buildxWords['buildx build']!.options;
/** `--builder` and `--debug` read the same as on every other buildx command. */
const builderFlag = buildFlags['--builder']!;
const debugFlag = buildFlags['--debug']!;

export const buildxDebugWords: WordsFile = {
  'buildx dap': {
    summary: {
      ko: '(실험 기능) VS Code 같은 편집기가 Debug Adapter Protocol(DAP)로 Dockerfile 빌드를 단계별로 디버깅하게 해 주는 어댑터',
      en: '(experimental) Debug adapter that lets editors such as VS Code step through a Dockerfile build over the Debug Adapter Protocol',
    },
    keywords: {
      ko: ['디버그 어댑터', 'DAP', 'Dockerfile 디버깅', '중단점', '한 단계씩 진행', 'VS Code 디버깅'],
      en: ['dap', 'debug adapter protocol', 'debug dockerfile', 'breakpoint', 'step through build', 'vscode debugger'],
    },
    details: {
      ko: '사람이 직접 쓰기보다 편집기의 디버거 확장이 띄우는 명령으로, 표준 입출력으로 DAP 메시지를 주고받습니다. 편집기에서 Dockerfile 명령어에 중단점을 걸고, 한 단계씩 진행하고, 중간 단계 컨테이너에서 터미널을 열어 파일을 살펴볼 수 있습니다. 아직 다듬는 중이라 앞으로 호환되지 않게 바뀔 수 있습니다.',
      en: 'Usually started by an editor\'s debugger extension rather than by hand; it speaks DAP over stdin and stdout. From the editor you can set breakpoints on Dockerfile instructions, step through the build and open a terminal in an intermediate step to look at its files. It is still being shaped and may change in incompatible ways.',
    },
    related: ['docker buildx dap build', 'docker buildx debug'],
    options: {
      '--builder': builderFlag,
      '--debug': debugFlag,
    },
  },

  'buildx dap build': {
    summary: {
      ko: '(실험 기능) 편집기의 DAP 디버거와 연결해 `buildx build`와 같은 빌드를 진행',
      en: '(experimental) Run a build, as `buildx build` would, attached to an editor\'s DAP debugger',
    },
    keywords: {
      ko: ['DAP 빌드', 'Dockerfile 디버깅', '편집기 디버거', '중단점 빌드'],
      en: ['dap build', 'debug adapter', 'debug dockerfile', 'editor debugger'],
    },
    details: {
      ko: '옵션은 `docker buildx build`와 똑같습니다. 편집기가 실행 설정(launch)으로 보내는 `dockerfile`, `contextPath`, `target` 값이 있으면 명령줄 옵션보다 우선합니다.',
      en: 'Takes exactly the flags of `docker buildx build`. When the editor\'s launch request sets `dockerfile`, `contextPath` or `target`, those win over the command line.',
    },
    related: ['docker buildx dap', 'docker buildx build'],
    options: buildFlags,
  },

  'buildx debug': {
    summary: {
      ko: '(실험 기능) 빌드가 실패하거나 끝난 지점의 컨테이너에서 셸을 열어 상태를 살펴보는 디버거',
      en: '(experimental) Debugger that opens a shell where a build failed or finished, so you can look around',
    },
    keywords: {
      ko: ['빌드 디버그', '빌드 디버거', '실패한 단계 셸', '빌드 중간 확인', '모니터 모드'],
      en: ['buildx debug', 'build debugger', 'shell into failed step', 'debug failed build', 'monitor mode', 'buildx_experimental'],
    },
    details: {
      ko: '`BUILDX_EXPERIMENTAL=1`을 설정해야 쓸 수 있습니다. 디버거 옵션(`--invoke`, `--on`)은 `debug` 바로 뒤에, 빌드 옵션은 `build` 뒤에 씁니다. 셸에서 Ctrl-a를 누르고 c를 누르면 모니터 모드로 바뀌어 exec, ps, attach, exit 같은 명령을 쓸 수 있습니다. 이미지를 내보내거나 로컬로 불러오지 않고 빌더 안에서 바로 결과를 들여다볼 수 있습니다.',
      en: 'Needs `BUILDX_EXPERIMENTAL=1`. Debugger flags (`--invoke`, `--on`) go right after `debug`, build flags after `build`. In the shell, press Ctrl-a then c to switch to monitor mode, with commands such as exec, ps, attach and exit. You look at the result inside the builder, without exporting or loading the image first.',
    },
    examples: ['docker buildx debug --invoke /bin/sh build .', 'docker buildx debug --on=error build .'],
    related: ['docker buildx debug build', 'docker buildx build', 'docker buildx history logs'],
    options: {
      '--builder': builderFlag,
      '--debug': debugFlag,
      '--invoke': {
        summary: {
          ko: '디버거가 열릴 때 빌드 컨테이너에서 실행할 명령(예: /bin/sh)',
          en: 'Command to run in the build container when the debugger opens, e.g. /bin/sh',
        },
        keywords: { ko: ['셸 열기', '컨테이너 명령', '디버그 셸'], en: ['invoke', 'debug shell', 'run shell', 'entrypoint'] },
        details: {
          ko: '명령 하나만 주거나, `args`, `entrypoint`, `env`, `user`, `cwd`, `tty` 키를 `key=value` 꼴로 쉼표로 이어 프로세스를 자세히 정할 수 있습니다.',
          en: 'Give a single command, or describe the process in detail as comma-separated `key=value` pairs with the keys `args`, `entrypoint`, `env`, `user`, `cwd` and `tty`.',
        },
      },
      '--on': {
        summary: {
          ko: '디버거를 여는 시점: error(기본값, 빌드가 실패했을 때) 또는 always(항상)',
          en: 'When to open the debugger: error (default, when the build fails) or always',
        },
        keywords: { ko: ['실패 시 디버그', '항상 디버그', '디버거 시점'], en: ['on error', 'always', 'debug on failure'] },
        values: ['error', 'always'],
      },
    },
  },

  'buildx debug build': {
    summary: {
      ko: '(실험 기능) `buildx build`와 같은 옵션으로 빌드하고, 실패하거나 끝나면 디버거로 넘어감',
      en: '(experimental) Build with the same flags as `buildx build`, then hand over to the debugger',
    },
    keywords: {
      ko: ['디버그 빌드', '빌드 디버깅', '실패한 빌드 살펴보기', '빌드 후 셸'],
      en: ['debug build', 'buildx debug build', 'debug dockerfile', 'inspect failed build'],
    },
    details: {
      ko: '옵션은 `docker buildx build`와 똑같습니다. 디버거를 언제 열고 무엇을 띄울지는 `build` 앞, `debug` 뒤에 `--on`과 `--invoke`로 정합니다.',
      en: 'Takes exactly the flags of `docker buildx build`. When the debugger opens and what it runs is set with `--on` and `--invoke`, placed after `debug` and before `build`.',
    },
    examples: ['docker buildx debug --on=error build -t web:dev .'],
    related: ['docker buildx debug', 'docker buildx build'],
    options: buildFlags,
  },
};
