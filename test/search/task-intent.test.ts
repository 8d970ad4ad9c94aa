/** What a task sentence asks for, its synonyms, and what they do to the ranking, on a real database. */
import { afterAll, describe, expect, it } from 'vitest';
import { searchEntries } from '../../server/search/search-entries.js';
import { flagNameWords, intendedCommands, taskIntent } from '../../server/search/task-intent.js';
import { queryTerms, toMatchExpression } from '../../server/search/index-terms.js';
import { withSynonyms } from '../../server/search/query-synonyms.js';
import { buildTempKnowledgeBase } from '../helpers/temp-database.js';

const kb = buildTempKnowledgeBase();
afterAll(() => kb.close());

const names = (query: string, limit = 3) => searchEntries(kb, query, { limit }).results.map((r) => r.name);
const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('taskIntent', () => {
  it.each([
    ['Display the list of volumes', ['ls', 'ps'], ['volume']],
    ['모든 볼륨 나열', ['ls', 'ps'], ['volume']],
    ['Print logs from a container', ['logs'], ['container']],
    ['컨테이너 강제 종료하기', ['kill'], ['container']],
    ['tags an image to a name', ['tag'], ['image']],
    ['로그인 정보', ['login'], []],
  ])('%s → verbs %j, objects %j', (query, verbs, objects) => {
    const intent = taskIntent(query);
    expect([sorted(intent.verbs), sorted(intent.objects)]).toEqual([[...verbs].sort(), [...objects].sort()]);
  });

  it('takes a verb that describes a state for no action: stopped, running, 정지된, 실행 중인', () => {
    expect(sorted(taskIntent('Stop all running containers').verbs)).toEqual(['stop']);
    expect(sorted(taskIntent('Remove all stopped containers').verbs)).toEqual(['rm']);
    // Not a stop: running what is stopped is starting it.
    expect(sorted(taskIntent('정지된 컨테이너들 실행하기').verbs)).toEqual(['run', 'start']);
    expect(sorted(taskIntent('실행 중인 컨테이너 목록').verbs)).toEqual(['ls', 'ps']);
    expect(sorted(taskIntent('생성된 이미지 삭제').verbs)).toEqual(['rm']);
  });

  it('reads the -ing forms of headings (Removing images, Pulling an image) and takes "running" before its object for a state', () => {
    expect(sorted(taskIntent('Removing images').verbs)).toEqual(['rm']);
    expect(sorted(taskIntent('Pulling an image').verbs)).toEqual(['pull']);
    expect(sorted(taskIntent('Creating a network').verbs)).toEqual(['create']);
    expect(sorted(taskIntent('Running a container').verbs)).toEqual(['run']);
  });

  it('takes containers, images, networks and volumes together for the whole system', () => {
    expect(taskIntent('Removing all unused containers, images and networks').objects.has('system')).toBe(true);
    expect(taskIntent('remove unused images and networks').objects.has('system')).toBe(false);
  });

  it('reads showing things as listing or inspecting them, only when no other verb is there', () => {
    expect(sorted(taskIntent('Show all containers').verbs)).toEqual(['ls', 'ps']);
    expect(sorted(taskIntent('컨테이너의 IP 주소 표시').verbs)).toEqual(['inspect', 'ls', 'ps']);
    expect(sorted(taskIntent('컨테이너 로그 표시').verbs)).toEqual(['logs']);
  });

  it('reads "remove unused …" and removing a cache as a prune, not an rm', () => {
    expect(sorted(taskIntent('Remove unused volumes').verbs)).toEqual(['prune']);
    expect(sorted(taskIntent('사용하지 않는 네트워크 제거').verbs)).toEqual(['prune']);
    expect(sorted(taskIntent('remove the cache').verbs)).toEqual(['prune']);
    expect(sorted(taskIntent('remove a volume').verbs)).toEqual(['rm']);
  });

  it('reads Docker\'s compound verbs: stop and remove with networks or volumes is down, create and start is run', () => {
    expect(sorted(taskIntent('stop and delete the containers together with their networks').verbs)).toEqual(['down']);
    expect(taskIntent('stop and delete the containers together with their networks').objects.has('compose')).toBe(true);
    expect(sorted(taskIntent('컨테이너와 볼륨을 모두 멈추고 삭제').verbs)).toEqual(['down']);
    // A container alone is removed by force; nothing else is brought down.
    expect(sorted(taskIntent('stop and delete one running container').verbs)).toEqual(['rm']);
    expect(sorted(taskIntent('make and start a new container in one go').verbs)).toEqual(['run']);
    expect(sorted(taskIntent('make and start a new container in one go').halves)).toEqual(['create', 'start']);
  });

  it('keeps the halves of a compound, and ranks the commands that do only half below the one that does both', () => {
    expect(sorted(taskIntent('stop and delete the containers together with their networks').halves)).toEqual(['rm', 'stop']);
    expect(sorted(taskIntent('stop and delete one running container').halves)).toEqual(['stop']);
    expect(sorted(taskIntent('stop one running container').halves)).toEqual([]);
    const top = names('Stop and remove everything including orphaned containers');
    expect(top[0]).toMatch(/^docker compose down( --remove-orphans)?$/);
    expect(top).not.toContain('docker stop');
    expect(top).not.toContain('docker compose stop');
  });

  it('reads a verb said as part of a flag\'s name as the flag, not the task (remove orphaned containers, the stop signal)', () => {
    const flagWords = flagNameWords(kb);
    expect(flagWords.has('remov orphan')).toBe(true);
    expect(flagWords.has('network rm')).toBe(false);
    expect(flagWords.has('stop signal')).toBe(true);
    expect(sorted(taskIntent('Start services and remove orphaned containers', flagWords).verbs)).toEqual(['up']);
    expect(sorted(taskIntent('Set the stop signal of a container', flagWords).verbs)).toEqual([]);
    expect(sorted(taskIntent('configure the log driver', flagWords).verbs)).toEqual([]);
    // Not a flag's words: the verb stays.
    expect(sorted(taskIntent('stop the signal handler container', flagWords).verbs)).toEqual(['stop']);
    expect(sorted(taskIntent('Removing orphaned containers', flagWords).verbs)).toEqual([]);
    expect(sorted(taskIntent('remove the orphaned containers', flagWords).verbs)).toEqual(['rm']);
    // A command's own words are the command: `docker network rm`, though `--network-rm` is a flag of `docker service update`.
    expect(sorted(taskIntent('network rm my-net', flagWords).verbs)).toEqual(['rm']);
  });

  it('says which flags a query names by their words, leaving out pairs that are an object\'s own phrase (build context)', () => {
    const flagWords = flagNameWords(kb);
    expect(sorted(taskIntent('Start services and remove orphaned containers', flagWords).flags)).toEqual(['remov orphan']);
    expect(sorted(taskIntent('Building a Dockerfile while specifying the build context', flagWords).flags)).toEqual([]);
    expect(sorted(taskIntent('stop the signal handler container', flagWords).flags)).toEqual([]);
    // The flag of the command the query asks for comes first; other commands' flags of the same name follow.
    expect(names('Start services and remove orphaned containers', 1)).toEqual(['docker compose up --remove-orphans']);
  });

  it('ranks experimental commands (buildx debug build has every flag of buildx build) below stable ones unless the query names them', () => {
    // The same flag of a stable and an experimental command: the stable one's, and not the copies, come first.
    expect(names('buildx build secret', 3).filter((n) => /buildx (debug|dap) build/.test(n))).toEqual([]);
    expect(names('debug a failing build', 1)).toEqual([expect.stringMatching(/^docker buildx debug/)]);
  });

  it('reads stopping by force as killing, with docker stop as half of it, unless it waits first', () => {
    for (const query of ['Force shutdown of the specified container', 'forcefully stop a running container', 'stop a container forcibly', '컨테이너 강제로 중지']) {
      const intent = taskIntent(query);
      expect(intent.verbs.has('kill'), query).toBe(true);
      expect(intent.verbs.has('stop'), query).toBe(false);
      expect(names(query, 1), query).toEqual(['docker kill']);
    }
    expect(sorted(taskIntent('stop a container forcibly').halves)).toEqual(['stop']);
    // Removing by force is still removing.
    expect(sorted(taskIntent('remove a running container forcibly').verbs)).toEqual(['rm']);
    expect(sorted(taskIntent('stop a container and wait for it').verbs)).toEqual(['stop', 'wait']);
  });

  it('reads validating the Compose file as compose config, a log file as a thing, running-and-stopped as states', () => {
    expect(sorted(taskIntent('Validate and view the Compose file').verbs)).toEqual(['config']);
    expect(names('Validate and view the Compose file', 1)).toEqual(['docker compose config']);
    expect(taskIntent("Display the path to the container's log file").verbs.has('logs')).toBe(false);
    expect(taskIntent('print the logs of a container').verbs.has('logs')).toBe(true);
    expect(sorted(taskIntent('Show both running and stopped containers').verbs)).toEqual(['ls', 'ps']);
    expect(names('Show both running and stopped containers')).toContain('docker ps');
    expect(sorted(taskIntent('running and checking a container').verbs)).toEqual(['run']);
  });

  it('reads running a stopped container as starting it, and logging in as login', () => {
    expect(taskIntent('run the stopped container again').verbs.has('start')).toBe(true);
    expect(taskIntent('종료된 컨테이너 다시 실행').verbs.has('start')).toBe(true);
    expect(taskIntent('run a container again').verbs.has('start')).toBe(false);
    expect(sorted(taskIntent('log in to a private registry').verbs)).toEqual(['login']);
    expect(taskIntent('show the logs of a container').verbs.has('login')).toBe(false);
  });

  it('reads an image made from a container as a commit, from a Dockerfile as a build, and tar archives as export or save', () => {
    expect(taskIntent('create a new image out of my container').verbs.has('commit')).toBe(true);
    expect(taskIntent('create an image from this Dockerfile').verbs.has('build')).toBe(true);
    expect(taskIntent('create an image').verbs.has('commit')).toBe(false);
    expect(taskIntent('write the container filesystem to a tar archive').verbs.has('export')).toBe(true);
    expect(taskIntent('keep an image as a tarball').verbs.has('save')).toBe(true);
    expect(taskIntent('keep an image as a tarball').verbs.has('export')).toBe(false);
  });

  it('reads filtering things, with no other verb, as listing some of them', () => {
    expect(sorted(taskIntent('filter containers by label').verbs)).toEqual(['ls', 'ps']);
    expect(sorted(taskIntent('remove containers matching a filter').verbs)).toEqual(['rm']);
  });

  it('reads the last lines of something as its logs, an IP address as what inspect shows, and tasks as a service\'s', () => {
    expect(taskIntent('show only the last 20 lines').verbs.has('logs')).toBe(true);
    expect(taskIntent('마지막 10줄만 보기').verbs.has('logs')).toBe(true);
    expect(taskIntent('show the lines of a file').verbs.has('logs')).toBe(false);
    expect(taskIntent('find the IP address of my container').verbs.has('inspect')).toBe(true);
    expect(taskIntent('run a container with a fixed IP address').verbs.has('inspect')).toBe(false);
    expect(taskIntent('list the tasks of a service').objects.has('service')).toBe(true);
  });

  it('finds the commands from the catalog names and aliases', () => {
    const byName = (query: string) => intendedCommands(kb, query)
      .map((id) => (kb.sqlite.prepare('SELECT name FROM entries WHERE id = ?').get(id) as { name: string }).name).sort();
    // docker ps is `docker container ls` by its alias.
    expect(byName('list containers')).toEqual(expect.arrayContaining(['docker ps']));
    expect(byName('list volumes')).toEqual(['docker volume ls']);
    expect(byName('remove unused networks')).toEqual(['docker network prune']);
    expect(byName('how are you')).toEqual([]);
    // A verb only a command of no group has is for any object; one groups have goes to the group's command.
    expect(byName('search the registry for an image')).toEqual(['docker search']);
    expect(byName('inspect a volume')).toEqual(['docker volume inspect']);
  });
});

describe('synonyms', () => {
  it('adds the other words of a group, kept out of the name column', () => {
    const [term] = withSynonyms(queryTerms('display'));
    expect(term!.alternatives).toEqual(expect.arrayContaining(['"show"*', '"출력"']));
    expect(toMatchExpression([term!])).toMatch(/^\("display"\* OR \{keywords summary body notes\} : \(.*\)\)$/);
  });

  it('reads 사용하지 않는 / 안 쓰는 as one word, "unused", and 쓰지 않고 ("without using") as it is', () => {
    const unused = withSynonyms(queryTerms('사용하지 않는 네트워크'));
    expect(unused.map((t) => t.text)).toEqual(['미사용', '네트워크']);
    expect(unused[0]!.alternatives!.some((p) => p.startsWith('"unus'))).toBe(true);
    expect(withSynonyms(queryTerms('안 쓰는 볼륨'))[0]!.text).toBe('미사용');
    expect(withSynonyms(queryTerms('캐시를 쓰지 않고 빌드')).map((t) => t.text)).toEqual(['캐시', '쓰지', '않고', '빌드']);
    expect(sorted(taskIntent('캐시를 쓰지 않고 빌드').verbs)).toEqual(['build']);
  });

  it('matches a short word whole, not as a prefix of longer ones (log is not login)', () => {
    const [logs] = withSynonyms(queryTerms('로그'));
    expect(logs!.alternatives).toEqual(expect.arrayContaining(['"log"']));
    expect(logs!.alternatives!.some((p) => p.startsWith('"log"*'))).toBe(false);
  });

  it('leaves inflected forms alone: a stopped container is not a stop', () => {
    expect(withSynonyms(queryTerms('stopped'))[0]!.alternatives).toBeUndefined();
  });
});

describe('ranking task sentences', () => {
  it.each([
    ['모든 볼륨 나열', 'docker volume ls'],
    ['Print logs from a container', 'docker logs'],
    ['사용되지 않는 모든 로컬 볼륨 제거', 'docker volume prune'],
    ['Display information about a volume', 'docker volume inspect'],
    ['사용하지 않는 데이터 제거', 'docker system prune'],
    // The verb is read from the corrected query (증지 → 정지).
    ['컨테이너 증지', 'docker stop'],
    ['stop and delete the containers together with their networks', 'docker compose down'],
    ['네트워크까지 전부 중지하고 삭제', 'docker compose down'],
    ['log in to a private registry', 'docker login'],
    // The words' text lacks "published", but they ask for the ports command: it is ranked over any word.
    ['published ports', 'docker port'],
    ['create an image from this Dockerfile', 'docker build'],
  ])('%s → %s in the top 3', (query, expected) => {
    expect(names(query)).toContain(expected);
  });

  it('does not let a synonym match a name: 상세 정보 is not docker info', () => {
    expect(names('컨테이너 상세 정보')[0]).not.toBe('docker info');
  });

  it('removes one running container by force, not by bringing a project down', () => {
    expect(names('stop and delete one running container')[0]).toBe('docker rm');
    expect(names('stop and delete one running container')).not.toContain('docker compose down');
  });

  it('reads containers and networks removed together as down, and a container removed from a network as disconnected', () => {
    expect(sorted(taskIntent('컨테이너, 네트워크 및 모든 볼륨 제거').verbs)).toEqual(['down']);
    expect(sorted(taskIntent('Remove containers and networks').verbs)).toEqual(['down']);
    // Said apart, they are one thing and the other: no down.
    expect(sorted(taskIntent('Remove a network. No containers can be connected to the network when deleting it').verbs)).toEqual(['rm']);
    expect(sorted(taskIntent('Remove a container from a network').verbs)).toEqual(['disconnect']);
    expect(sorted(taskIntent('네트워크에서 컨테이너 제거').verbs)).toEqual(['disconnect']);
    expect(names('Remove a container from a network')[0]).toBe('docker network disconnect');
    expect(names('컨테이너, 네트워크 및 모든 볼륨 제거')[0]).toBe('docker compose down');
  });

  it('reads getting (가져오기) as a pull only of an image, and a log file or path as no logs to read', () => {
    expect(taskIntent('스트리밍 통계를 비활성화하고 현재 통계만 가져오기').verbs.has('pull')).toBe(false);
    expect(taskIntent('컨테이너에서 파일 가져오기').verbs.has('pull')).toBe(false);
    expect(taskIntent('이미지 가져오기').verbs.has('pull')).toBe(true);
    expect(taskIntent('fetch an image').verbs.has('pull')).toBe(true);
    expect(taskIntent('컨테이너의 로그 파일 경로 표시').verbs.has('logs')).toBe(false);
    expect(taskIntent('컨테이너 로그 보기').verbs.has('logs')).toBe(true);
  });

  it('reads what is done inside a running container or its session as an exec', () => {
    expect(taskIntent('Set an environment variable in a running Bash session').verbs.has('exec')).toBe(true);
    expect(taskIntent('실행 중인 Bash 세션에서 환경 변수를 설정').verbs.has('exec')).toBe(true);
    expect(taskIntent('Enter an interactive shell session on an already-running container').verbs.has('exec')).toBe(true);
    // Running containers as the object, not the place: no exec.
    expect(taskIntent('Stop all running containers').verbs.has('exec')).toBe(false);
    expect(taskIntent('실행 중인 컨테이너 목록').verbs.has('exec')).toBe(false);
    expect(names('Set an environment variable in a running Bash session')[0]).toBe('docker exec');
  });

  it('lists or inspects only things Docker has: showing a certificate or the version names none', () => {
    expect(taskIntent('Display the current CA certificate in PEM format').verbs.size).toBe(0);
    expect(sorted(taskIntent('Show the container').verbs)).toEqual(['inspect', 'ls', 'ps']);
    expect(names('Display version')[0]).toBe('docker version');
  });

  it('counts a command of another object less when the query names its own (remove containers is no volume rm)', () => {
    const found = names('Stop and remove containers with a custom timeout in seconds');
    expect(found).not.toContain('docker volume rm');
    expect(found).not.toContain('docker network rm');
  });

  it('reads publishing a port as run, removing once done as run --rm, the daemon as no container, and unused resources as the system', () => {
    expect(sorted(taskIntent('Publish port 80 on the container as 8000 on the host').verbs)).toEqual(['run']);
    expect(sorted(taskIntent('포트 매핑 확인').verbs)).not.toContain('port');
    expect(sorted(taskIntent('List port mappings of a container').verbs)).toContain('port');
    expect(sorted(taskIntent('remove the container when it exits').verbs)).toEqual(['run']);
    expect(sorted(taskIntent('Remove the container').verbs)).toEqual(['rm']);
    expect(taskIntent('To start the docker daemon').objects.has('daemon')).toBe(true);
    expect(names('To start the docker daemon')[0]).toBe('dockerd');
    expect(taskIntent('미사용 리소스 정리').objects.has('system')).toBe(true);
    expect(sorted(taskIntent('To remove all volumes not used by at least one container').verbs)).toEqual(['prune']);
    expect(sorted(taskIntent('컨테이너 재가동').verbs)).toEqual(['restart']);
  });

  it('lists several things and inspects one, and reads a state said alone as which there are', () => {
    expect(sorted(taskIntent('Show all running containers').verbs)).toEqual(['ls', 'ps']);
    expect(sorted(taskIntent('Show a specific container').verbs)).toEqual(['inspect', 'ls', 'ps']);
    expect(sorted(taskIntent('실행 중인 컨테이너').verbs)).toEqual(['ls', 'ps']);
    expect(names('Check running containers')[0]).toBe('docker ps');
  });

  it('reads all containers started, or their logs followed, as Compose, and a new container started as run', () => {
    // docker logs reads one container, docker start the ones named: all of them at once is a project's.
    expect(names('Follow logs for all containers')).toContain('docker compose logs');
    expect(names('모든 컨테이너 실행, 필요 시 재빌드')).toContain('docker compose up');
    expect(sorted(taskIntent('Create and start containers').verbs)).toEqual(['up']);
    expect(sorted(taskIntent('Create and start a container').verbs)).toEqual(['run']);
    expect(taskIntent('Follow the logs of the container').objects.has('compose')).toBe(false);
    expect(taskIntent('Stop all running containers').objects.has('compose')).toBe(false);
    expect(sorted(taskIntent('Start a container using a custom name').verbs)).toContain('run');
    expect(sorted(taskIntent('Start the container').verbs)).not.toContain('run');
    expect(sorted(taskIntent('Start a stopped container').verbs)).not.toContain('run');
  });

  it('reads stopping and starting as restarting, and a state said in parentheses or after "not" as no verb', () => {
    expect(sorted(taskIntent('stops and starts a container').verbs)).toContain('restart');
    expect(sorted(taskIntent('컨테이너 중지 후 다시 시작').verbs)).toContain('restart');
    expect(sorted(taskIntent('Start or stop an existing container').verbs)).not.toContain('restart');
    expect(sorted(taskIntent('모든 도커 컨테이너들(실행 및 중지) 목록 보기').verbs)).toEqual(['ls', 'ps']);
    expect(sorted(taskIntent('See a list of all containers, even the ones not running').verbs)).toEqual(['ls', 'ps']);
  });

  it('reads what is done while an image builds as the Dockerfile instruction that does it', () => {
    expect(names('The Run syntax to run in the shell at image build time')).toContain('RUN');
    expect(names('Run a command when building the image')[0]).toBe('RUN');
    expect(intendedCommands(kb, 'copy files into the image at build time')).toContain('instruction:COPY');
    expect(intendedCommands(kb, 'Run a command in a container')).not.toContain('instruction:RUN');
    expect(searchEntries(kb, '빌드 시 커스텀 변수 추가', { lang: 'ko', limit: 3 }).results.map((r) => r.name)).toEqual(expect.arrayContaining([expect.stringMatching(/^docker build( --build-arg)?$/)]));
  });

  it('reads a command\'s object and verb from its aliases too: docker rmi is an image\'s rm', () => {
    // Removing a container once it is done is run's --rm, and `docker rmi` (image rm) removes neither it nor a container.
    const found = names('Use this flag to remove the container when it is finished');
    expect(found[0]).toBe('docker run --rm');
    expect(found).not.toContain('docker rmi');
    // A container is run from an image, an image built from a Dockerfile, and the system's events are the daemon's.
    expect(names('Run image from a registry')).toContain('docker run');
    expect(searchEntries(kb, '빌드 시 커스텀 변수 추가', { lang: 'ko', limit: 3 }).results.map((r) => r.name)).toEqual(expect.arrayContaining([expect.stringMatching(/^docker build( --build-arg)?$/)]));
    expect(searchEntries(kb, 'Docker 데몬의 실시간 이벤트 표시', { lang: 'ko', limit: 3 }).results.map((r) => r.name)).toContain('docker events');
  });

  it('reads installing software and copying files with no container as a Dockerfile\'s RUN and COPY, and an image created as built', () => {
    expect(intendedCommands(kb, '앱 의존성 설치')).toContain('instruction:RUN');
    expect(intendedCommands(kb, 'install a plugin')).not.toContain('instruction:RUN');
    expect(intendedCommands(kb, 'Copy file to working directory')).toContain('instruction:COPY');
    expect(intendedCommands(kb, 'Copy a file from the container to the host')).not.toContain('instruction:COPY');
    expect(intendedCommands(kb, 'copy files from the host into a container')).not.toContain('instruction:COPY');
    expect(sorted(taskIntent('도커 이미지 생성하기').verbs)).toContain('build');
    expect(sorted(taskIntent('Create an image from a container').verbs)).toContain('commit');
  });

  it('reads a verb made of a noun and 하다 in its polite endings (설치합니다, 확인하세요)', () => {
    expect(searchEntries(kb, '요구 조건 파일에 있는 패키지 종속성을 설치합니다', { lang: 'ko', limit: 3 }).results.map((r) => r.name)).toContain('RUN');
    expect(queryTerms('설치합니다 확인하세요').map((t) => t.text)).toEqual(['설치', '확인']);
  });

  it('reads mapping a port or mounting a volume, said without run, as run and its flag', () => {
    expect(taskIntent('map host port 8080 to port 80 of the container').flags.has('publish')).toBe(true);
    // The flag said by name is its own word: no second reading.
    expect(taskIntent('publish every port').flags.has('publish')).toBe(false);
    // A mapping made already is a thing to look at (docker port), not a task.
    expect(taskIntent('which host port is mapped').verbs.has('run')).toBe(false);
    expect(names('map host port 8080 to port 80 of the container')).toContain('docker run --publish');
    expect(sorted(taskIntent('mount the data volume read-only').verbs)).toEqual(['run']);
    expect(names('mount the data volume read-only')).toEqual(expect.arrayContaining(['docker run --volume']));
    // What is mounted already is filtered, not run.
    expect(taskIntent('find containers that have a given volume mounted').verbs.has('run')).toBe(false);
    expect(taskIntent('볼륨이 마운트된 컨테이너 필터링').verbs.has('run')).toBe(false);
  });

  it('reads limiting memory, RAM or CPU as run or update, not disk usage', () => {
    expect(sorted(taskIntent('Limit the RAM a container may use').verbs)).toEqual(['run', 'update']);
    expect(sorted(taskIntent('컨테이너 메모리 제한').verbs)).toEqual(['run', 'update']);
    expect(taskIntent('show disk usage').verbs.has('update')).toBe(false);
    expect(names('Limiting CPU and RAM usage')).toEqual(expect.arrayContaining([expect.stringMatching(/^docker (run|update)/)]));
  });

  it('counts a flag of an asked-for command that the query says as one word (network, tmpfs)', () => {
    expect(names('attach the container to a network when running it')).toContain('docker run --network');
  });

  it('reads a purpose clause as the purpose: tagging an image to push it is tagging', () => {
    expect(sorted(taskIntent('Tag the image to push it to a registry').verbs)).toEqual(['tag']);
    expect(sorted(taskIntent('Tag the image to push it to a registry').halves)).toEqual(['push']);
    expect(sorted(taskIntent('레지스트리에 푸시하기 위해 이미지에 태그 지정').verbs)).toEqual(['tag']);
    // No verb starts the sentence: no main clause to read ("tags" is a noun there).
    expect(taskIntent('particular tags of an image to save').verbs.has('save')).toBe(true);
    expect(names('Tag the image to push it to a registry')[0]).toBe('docker tag');
  });

  it('reads starting or running services, with no swarm named, as compose up', () => {
    expect(taskIntent('run the services in the background').verbs.has('up')).toBe(true);
    expect(taskIntent('run the services of a swarm stack').verbs.has('up')).toBe(false);
  });

  it('reads the ㅂ니다 and ㄹ-dropping forms of a Korean verb (만듭니다, 끌어옵니다) and logging into as login', () => {
    expect(taskIntent('새 볼륨을 만듭니다').verbs.has('create')).toBe(true);
    expect(taskIntent('새 볼륨을 만드세요').verbs.has('create')).toBe(true);
    expect(taskIntent('레지스트리에서 이미지를 끌어옵니다').verbs.has('pull')).toBe(true);
    expect(taskIntent('Logging into a registry').verbs.has('login')).toBe(true);
    expect(taskIntent('show the logs in real time').verbs.has('login')).toBe(false);
  });

  it('counts an entry whose keyword is two adjacent words of the sentence (base image, working directory)', () => {
    expect(names('declare the base image first')).toContain('FROM');
  });

  it('reads what is done without something, or before something, as not that thing', () => {
    expect(taskIntent('build the image without pulling').verbs.has('pull')).toBe(false);
    expect(taskIntent('변경 사항 없이 이미지 다시 빌드').verbs.has('diff')).toBe(false);
    expect(sorted(taskIntent('create a network before running the containers').verbs)).toEqual(['create']);
    expect(sorted(taskIntent('컨테이너를 실행하기 전에 네트워크를 만듭니다').verbs)).toEqual(['create']);
    expect(names('create a network before running the containers')).toContain('docker network create');
  });

  it('reads a container created, run or started on a network as run --network, and a directory made as WORKDIR', () => {
    expect(taskIntent('create two containers on the backend network').flags.has('network')).toBe(true);
    expect(sorted(taskIntent('웹 컨테이너를 시작하고 네트워크에 연결').halves)).toEqual(['connect']);
    expect(names('웹 컨테이너를 시작하고 네트워크에 연결')).toContain('docker run --network');
    // Connecting one that runs already is the network's connect.
    expect(taskIntent('connect a running container to a network').verbs.has('connect')).toBe(true);
    expect(intendedCommands(kb, 'create the app directory')).toContain('instruction:WORKDIR');
    expect(intendedCommands(kb, '앱 디렉터리 생성')).toContain('instruction:WORKDIR');
    expect(intendedCommands(kb, 'create a directory on the host')).not.toContain('instruction:WORKDIR');
    expect(intendedCommands(kb, 'create a volume directory')).not.toContain('instruction:WORKDIR');
  });

  it('reads 포트를 공개 as publishing and 서비스 시작 with no swarm as compose up', () => {
    expect(taskIntent('컨테이너 포트를 공개').flags.has('publish')).toBe(true);
    expect(sorted(taskIntent('백그라운드에서 서비스 시작').verbs)).toEqual(['up']);
    expect(taskIntent('백그라운드에서 서비스 시작').halves.has('start')).toBe(true);
    expect(taskIntent('스웜에서 서비스 시작').halves.has('start')).toBe(false);
  });

  it('reads -ㄹ 수 있다 forms, 중지 시 as once it is done, a port pair as publishing, an image installed as pulled', () => {
    expect(taskIntent('레지스트리에서 이미지를 가져올 수 있습니다').verbs.has('pull')).toBe(true);
    expect(sorted(taskIntent('컨테이너가 중지 시 자동으로 삭제').flags)).toContain('rm');
    expect(taskIntent('포트 지정 8080:80').flags.has('publish')).toBe(true);
    expect(sorted(taskIntent('install the Windows base image').verbs)).toEqual(['pull']);
    expect(taskIntent('이미지에 패키지 설치').verbs.has('pull')).toBe(false);
    expect(taskIntent('이미지 등록').verbs.has('push')).toBe(true);
    expect(taskIntent('이미지 게시').verbs.has('push')).toBe(true);
    // A port published is no image pushed.
    expect(taskIntent('서비스 엔드포인트에 대한 포트 게시').verbs.has('push')).toBe(false);
  });

  it('reads a restart policy as run or update with --restart, and a restart as a restart', () => {
    for (const q of ['Restart on failure', '재시작 정책 설정', 'update restart policy']) {
      const intent = taskIntent(q);
      expect(sorted(intent.verbs), q).toEqual(['run', 'update']);
      expect(intent.flags.has('restart'), q).toBe(true);
    }
    expect(sorted(taskIntent('restart a container').verbs)).toEqual(['restart']);
    expect(sorted(taskIntent('stop containers unless stopped').verbs)).toContain('stop');
  });

  it('reads launching as running, a port said with running as --publish, and unreferenced things as unused', () => {
    const launch = taskIntent('Launch container with specific port');
    expect(sorted(launch.verbs)).toEqual(['run']);
    expect(launch.flags.has('publish')).toBe(true);
    // A port shown, not run: docker port.
    expect(taskIntent('show ports of a container').verbs.has('run')).toBe(false);
    expect(sorted(taskIntent('Delete volumes not referenced by any container').verbs)).toEqual(['prune']);
  });

  it("reads Docker's version as docker version, and a thing's version as no such verb", () => {
    expect(sorted(taskIntent('Docker 버전 정보 표시').verbs)).toEqual(['version']);
    expect(taskIntent('specify the image version').verbs.has('version')).toBe(false);
    expect(taskIntent('이미지의 버전 1.0을 리포지토리에 게시').verbs.has('push')).toBe(true);
  });

  it('reads removing a running container as rm --force, and not what is done in one', () => {
    expect(taskIntent('Remove running container').flags.has('force')).toBe(true);
    expect(taskIntent('실행 중인 컨테이너 삭제').flags.has('force')).toBe(true);
    expect(taskIntent('Remove stopped containers').flags.has('force')).toBe(false);
    expect(taskIntent('remove a file in a running container').flags.has('force')).toBe(false);
  });

  it('reads destroying and erasing as removing', () => {
    expect(sorted(taskIntent('Destroy a container').verbs)).toEqual(['rm']);
    expect(sorted(taskIntent('Erase a volume').verbs)).toEqual(['rm']);
  });

  it('reads removing containers, images, networks and volumes together as the system prune, and 다음을 실행합니다 as a frame', () => {
    expect(sorted(taskIntent('remove every container, image, network and volume').verbs)).toEqual(['prune']);
    expect(intendedCommands(kb, 'remove every container, image, network and volume')).toContain(
      (kb.sqlite.prepare("SELECT id FROM entries WHERE name = 'docker system prune'").get() as { id: string }).id);
    expect(searchEntries(kb, '기본 이미지를 내려받으려면 다음을 실행합니다', { lang: 'ko', limit: 3 }).results.map((r) => r.name)).toContain('docker pull');
  });

  it('reads "a copy of" as a thing and "have run" as a state', () => {
    expect(taskIntent('get a copy of the alpine image from Docker Hub').verbs.has('cp')).toBe(false);
    expect(taskIntent('copy a file into a container').verbs.has('cp')).toBe(true);
    expect(taskIntent('make a copy of the config file in the image').verbs.has('cp')).toBe(true);
    expect(taskIntent('which containers have run today').verbs.has('run')).toBe(false);
  });

  it('keeps a one-word query to its own word', () => {
    expect(names('삭제', 5)).toContain('docker rmi');
  });
});
