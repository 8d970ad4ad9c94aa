/** `docker history`: catalog entry. Flag facts follow `docker history --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const history: CommandSpec = {
  name: 'history',
  aliases: ['image history'],
  usage: 'docker history [OPTIONS] IMAGE',
  args: [{ name: 'IMAGE', required: true, repeatable: false, role: 'image' }],
  summary: {
    ko: '이미지를 이루는 레이어를 만든 명령과 각 레이어의 크기를 최신 것부터 보여줌',
    en: 'List the steps that built an image, newest first, with the size each layer adds',
  },
  details: {
    ko: 'docker history는 이미지의 레이어를 위에서부터 한 줄씩 보여주며, 각 줄에는 그 레이어를 만든 Dockerfile 명령(또는 commit)과 추가된 크기가 나옵니다. 크기가 0B인 줄은 ENV, CMD처럼 설정만 바꾼 단계입니다. 파일을 만든 뒤 다음 RUN에서 지워도 앞 레이어의 크기가 그대로 남아 있는 것을 여기서 확인할 수 있습니다.',
    en: 'docker history prints an image\'s layers from the top down: for each, the Dockerfile step (or commit) that made it and how many bytes it added. Rows of 0B are steps such as ENV or CMD that only changed settings. It is where you see that a file created in one RUN and deleted in a later one still weighs on the earlier layer.',
  },
  keywords: { ko: ['히스토리', '레이어', '이력', '이미지 크기', '빌드 단계'], en: ['history', 'layers', 'image size', 'build steps', 'created by'] },
  related: ['concept:layers', 'concept:image-inspect-layers', 'docker inspect'],
  examples: ['docker history ubuntu:24.04', 'docker history --no-trunc --format "{{.CreatedBy}}\\t{{.Size}}" mybuild:0.0'],
  options: [
    {
      long: '--format', type: 'string', repeatable: false,
      summary: { ko: '출력 형식을 table, json 또는 Go 템플릿으로 지정', en: 'Choose the output: table, json, or a Go template' },
      keywords: { ko: ['출력 형식', '포맷', 'Go 템플릿', 'JSON 출력'], en: ['go template', 'json', 'table', 'custom output'] },
    },
    {
      long: '--human', short: '-H', type: 'bool', default: 'true', repeatable: false,
      summary: { ko: '크기와 날짜를 사람이 읽기 쉬운 형태로 표시 (끄려면 -H=false)', en: 'Show sizes and dates in a readable form (turn off with -H=false)' },
      keywords: { ko: ['사람이 읽기 쉬운', '읽기 쉬운 형식', '크기 표시', '날짜 표시'], en: ['human readable', 'pretty sizes', 'relative time', 'readable'] },
    },
    {
      long: '--no-trunc', type: 'bool', repeatable: false,
      summary: { ko: '레이어를 만든 명령을 자르지 않고 모두 표시', en: 'Print each step\'s full command instead of cutting it short' },
      keywords: { ko: ['전체 표시', '자르지 않기', '전체 명령', '생략 없이'], en: ['full output', 'untruncated', 'full command', 'wide'] },
    },
    {
      long: '--platform', type: 'string', repeatable: false,
      summary: { ko: '여러 플랫폼용 이미지에서 볼 플랫폼 지정 (예: linux/amd64)', en: 'For a multi-platform image, pick the platform to show (e.g. linux/amd64)' },
      keywords: { ko: ['플랫폼', '아키텍처', '멀티 플랫폼'], en: ['architecture', 'arch', 'amd64', 'arm64', 'multi-arch'] },
    },
    {
      long: '--quiet', short: '-q', type: 'bool', repeatable: false,
      summary: { ko: '레이어 이미지 ID만 출력', en: 'Print only the layer image IDs' },
      keywords: { ko: ['ID만', '레이어 ID', '간단 출력', '조용히'], en: ['ids only', 'layer ids', 'silent', 'scripting'] },
    },
  ],
};
