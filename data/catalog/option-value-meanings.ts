/**
 * What each value of an option with a closed set of values means, for `dref explain`: the option's
 * summary says what the option is for; these say what the value chosen does. Keyed by the long
 * name, then by the value as `values` writes it (`on-failure[:N]`, `container:<name|id>`). The same
 * option of `run` and `create` (and `build`, where it has one) means the same.
 */
import type { Bilingual } from './types.js';

export const optionValueMeanings: Readonly<Record<string, Readonly<Record<string, Bilingual>>>> = {
  '--restart': {
    no: { ko: '컨테이너가 멈추면 다시 시작하지 않음 (기본값)', en: 'Never start the container again after it exits (the default)' },
    always: { ko: '종료 코드와 관계없이 늘 다시 시작함; 직접 멈춘 컨테이너는 멈춰 있다가 데몬이 다시 뜰 때 시작됨', en: 'Start it again whatever the exit code; one you stop yourself stays stopped until the daemon starts again' },
    'on-failure[:N]': { ko: '0이 아닌 코드로 끝났을 때만 다시 시작 (:N이 있으면 최대 N번)', en: 'Start it again only when it exits with a non-zero code (at most N times with :N)' },
    'unless-stopped': { ko: 'always와 같지만, 직접 멈춘 컨테이너는 데몬이 다시 떠도 시작하지 않음', en: 'Like always, except that a container you stopped yourself stays stopped when the daemon starts again' },
  },
  '--pull': {
    always: { ko: '실행할 때마다 레지스트리에서 이미지를 새로 받음', en: 'Pull the image from the registry every time' },
    missing: { ko: '로컬에 이미지가 없을 때만 받음 (기본값)', en: 'Pull only when the image is not already local (the default)' },
    never: { ko: '받지 않고 로컬 이미지만 씀; 없으면 실패', en: 'Never pull; use the local image or fail' },
  },
  '--network': {
    bridge: { ko: '기본 브리지 네트워크: 컨테이너마다 자기 IP를 받고, 밖으로는 NAT로 나감', en: 'The default bridge network: the container gets its own IP and reaches out through NAT' },
    host: { ko: '호스트의 네트워크를 그대로 씀: -p로 게시하지 않아도 컨테이너가 연 포트가 곧 호스트의 포트', en: "Share the host's network stack: the ports the container opens are the host's, with no -p needed" },
    none: { ko: '루프백만 있는 고립된 네트워크', en: 'No network but loopback' },
    default: { ko: '기본 네트워크 (빌드에서는 보통 bridge)', en: 'The default network (for builds, usually the bridge)' },
    'container:<name|id>': { ko: '다른 컨테이너의 네트워크를 함께 씀 (같은 IP와 포트)', en: "Join another container's network stack (same IP and ports)" },
  },
  '--attach': {
    stdin: { ko: '표준 입력을 연결함', en: 'Attach standard input' },
    stdout: { ko: '표준 출력을 연결함', en: 'Attach standard output' },
    stderr: { ko: '표준 에러를 연결함', en: 'Attach standard error' },
  },
  '--cgroupns': {
    host: { ko: '호스트의 cgroup 네임스페이스를 씀', en: "Use the host's cgroup namespace" },
    private: { ko: '컨테이너만의 cgroup 네임스페이스를 씀', en: 'Give the container a cgroup namespace of its own' },
  },
  '--ipc': {
    none: { ko: '자기 IPC 네임스페이스, /dev/shm 없음', en: 'Own IPC namespace, with no /dev/shm mounted' },
    private: { ko: '자기 IPC 네임스페이스, 다른 컨테이너와 공유할 수 없음', en: 'Own IPC namespace that no other container can join' },
    shareable: { ko: '자기 IPC 네임스페이스, 다른 컨테이너가 함께 쓸 수 있음', en: 'Own IPC namespace that other containers may join' },
    host: { ko: '호스트의 IPC 네임스페이스를 씀', en: "Use the host's IPC namespace" },
    'container:<name|id>': { ko: '다른 컨테이너의 IPC 네임스페이스에 들어감', en: "Join another container's IPC namespace" },
  },
  '--pid': {
    host: { ko: '호스트의 PID 네임스페이스를 씀: 호스트의 프로세스가 모두 보임', en: "Use the host's PID namespace: every host process is visible" },
    'container:<name|id>': { ko: '다른 컨테이너의 PID 네임스페이스에 들어감', en: "Join another container's PID namespace" },
  },
  '--uts': {
    host: { ko: '호스트의 UTS 네임스페이스(호스트 이름)를 씀', en: "Use the host's UTS namespace (its hostname)" },
  },
  '--userns': {
    host: { ko: '데몬에 사용자 네임스페이스 재매핑이 켜져 있어도 이 컨테이너는 호스트의 사용자 네임스페이스를 씀', en: "Use the host's user namespace even when the daemon remaps users" },
  },
  '--isolation': {
    default: { ko: '데몬의 기본 격리 방식 (Windows 컨테이너용 옵션)', en: "The daemon's default isolation (an option for Windows containers)" },
    process: { ko: '프로세스 격리: 호스트 커널을 함께 씀 (Windows)', en: 'Process isolation: share the host kernel (Windows)' },
    hyperv: { ko: 'Hyper-V 격리: 작은 가상 머신 안에서 실행 (Windows)', en: 'Hyper-V isolation: run inside a small virtual machine (Windows)' },
  },
  '--log-level': {
    debug: { ko: '디버그 메시지까지 모두 출력', en: 'Print everything, debug messages included' },
    info: { ko: '정보 메시지 이상 출력 (기본값)', en: 'Print informational messages and above (the default)' },
    warn: { ko: '경고와 에러만 출력', en: 'Print warnings and errors only' },
    error: { ko: '에러만 출력', en: 'Print errors only' },
    fatal: { ko: '치명적인 에러만 출력', en: 'Print fatal errors only' },
  },
};
