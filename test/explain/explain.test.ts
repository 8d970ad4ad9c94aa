import { describe, expect, it } from 'vitest';
import { explainCommandLine } from '../../server/explain/explain-command-line.js';
import { explainDockerfileLine } from '../../server/explain/explain-dockerfile-line.js';

const roles = (line: string) => explainCommandLine(line).tokens.map((t) => `${t.text}:${t.role}${t.entry ? `=${t.entry.name}` : ''}`);

describe('explainCommandLine', () => {
  it('reads a substitution before the command as the global options it prints (docker-machine config)', () => {
    const e = explainCommandLine('docker $(docker-machine config host1) network ls');
    expect(e.problems).toEqual([]);
    expect(roles('docker $(docker-machine config host1) network ls')).toEqual(expect.arrayContaining([
      '$(docker-machine config host1):option=docker', 'network:command=docker network ls', 'ls:command=docker network ls']));
  });

  it('needs no command after a global option that answers by itself (--version, -v, --help, -h), nor after docker alone', () => {
    for (const line of ['docker --version', 'docker -v', 'docker --help', 'docker -h']) expect(explainCommandLine(line).problems).toEqual([]);
    // `docker` alone prints the help and exits 0, like `docker --help`; a global option that does nothing by itself still wants a command.
    expect(explainCommandLine('docker').problems).toEqual([]);
    expect(explainCommandLine('docker # docker --help와 동일한 결과').problems).toEqual([]);
    expect(explainCommandLine('docker -D').problems).toHaveLength(1);
    expect(explainCommandLine('docker -H ssh://host').problems).toHaveLength(1);
  });

  it('reads docker run by xargs, whose arguments may come from its input, and the prefixes\' options with values', () => {
    for (const line of ['docker ps -aq | xargs docker rm', 'docker ps -aq | xargs -r docker rm -f', 'docker images -q | xargs -n 1 docker rmi',
      'docker ps -q | xargs -I {} docker inspect {}', 'sudo -u admin docker ps']) {
      expect(explainCommandLine(line).problems, line).toEqual([]);
    }
    expect(roles('docker ps -aq | xargs docker rm')).toEqual(expect.arrayContaining(['rm:command=docker rm']));
    // Without xargs a missing argument is still one, and a mistyped command is still reported after it.
    expect(explainCommandLine('sudo docker rm').problems).toHaveLength(1);
    expect(explainCommandLine('docker ps -q | xargs docker rn').problems).toHaveLength(1);
  });

  it('reports a one-part image name one slip from an official image where the image is pulled, not where a name is made', () => {
    const fixes = (line: string) => explainCommandLine(line).problems.map((p) => p.suggestion);
    expect(fixes('docker run -d ngnix')).toEqual(['docker run -d nginx']);
    expect(fixes('docker pull elsaticsearch:8.1')).toEqual(['docker pull elasticsearch:8.1']);
    for (const line of ['docker run -d nginx', 'docker run myapp', 'docker run me/ngnix', 'docker commit web helloworld', 'docker tag nginx ngnix',
      'docker build -t ngnix .']) {
      expect(explainCommandLine(line).problems, line).toEqual([]);
    }
  });

  it('reads a typographic dash before one letter as the short flag it stands for, and before a word as a long one', () => {
    const fixes = (line: string) => explainCommandLine(line).problems.map((p) => p.suggestion);
    expect(fixes('docker ps –a')).toEqual(['docker ps -a']);
    expect(fixes('docker run —d nginx')).toEqual(['docker run -d nginx']);
    expect(fixes('docker run —name web nginx')).toEqual(['docker run --name web nginx']);
    expect(fixes('docker build –-no-cache .')).toEqual(['docker build --no-cache .']);
    // Short flags run together: one hyphen, read as -i -t.
    expect(fixes('docker run –it ubuntu')).toEqual(['docker run -it ubuntu']);
    expect(roles('docker run –it ubuntu')).toEqual(expect.arrayContaining(['–i:option=docker run --interactive', 't:option=docker run --tty']));
    // The token is the word as written, and a second fix replaces it whole.
    expect(roles('docker run —rm nginx')).toContain('—rm:option=docker run --rm');
    expect(fixes('docker run —restrat always nginx')).toEqual(['docker run --restrat always nginx', 'docker run --restart always nginx']);
  });

  it('reads the flags docker and Compose accept but hide (volume create --name; Compose v1\'s build, pull, rm, exec and run flags)', () => {
    for (const line of [
      'docker volume create --name mydata', 'docker volume create --name=mysql_data',
      'docker-compose build --compress', 'docker compose build --force-rm --no-rm --parallel web',
      'docker compose pull --parallel', 'docker compose pull --no-parallel', 'docker compose rm -a -f',
      'docker compose exec -it web sh', 'docker compose run -t web sh', 'docker compose --insecure-registry r.io up',
    ]) expect(explainCommandLine(line).problems, line).toEqual([]);
    expect(roles('docker volume create --name v')).toContain('--name:option=docker volume create');
    expect(explainCommandLine('docker volume create --name v').tokens.find((t) => t.text === '--name')?.meaning?.en).toMatch(/old form of the VOLUME argument/);
    for (const line of ['docker volume create --nme v', 'docker compose build --compres', 'docker network create --name n', 'docker compose up --compress']) {
      expect(explainCommandLine(line).problems, line).toHaveLength(1);
    }
  });

  it('takes a map option\'s KEY alone as docker does, except for --sysctl', () => {
    expect(explainCommandLine('docker network create -d overlay --opt encrypted net2').problems).toEqual([]);
    expect(explainCommandLine('docker run --annotation foo nginx').problems).toEqual([]);
    expect(explainCommandLine('docker run --sysctl foo nginx').problems).toHaveLength(1);
  });

  it('reads a capitalised part of an image name as a placeholder, and a mixed-case one as the mistake', () => {
    expect(explainCommandLine('docker push YOUR_USERNAME/myfirstapp').problems).toEqual([]);
    expect(explainCommandLine('docker push MyName/myfirstapp').problems).toHaveLength(1);
  });

  it('gives every token a role and an entry, with its [start, end)', () => {
    const line = 'docker run -itd -p8080:80 --name=web --restart always nginx:1.27 sh -c "echo hi"';
    const explained = explainCommandLine(line);
    for (const t of explained.tokens) expect(line.slice(t.start, t.end)).toBe(t.text);
    expect(roles(line)).toEqual([
      'docker:program=docker', 'run:command=docker run', '-i:option=docker run --interactive', 't:option=docker run --tty',
      'd:option=docker run --detach', '-p:option=docker run --publish', '8080:80:option value=docker run --publish',
      '--name:option=docker run --name', 'web:option value=docker run --name', '--restart:option=docker run --restart',
      'always:option value=docker run --restart', 'nginx:1.27:image', 'sh:container command', '-c:container command',
      '"echo hi":container command',
    ]);
    expect(explained.problems).toEqual([]);
  });

  it('reads the long names docker accepts but its help hides, and the hidden top-level docker remove', () => {
    expect(roles('docker run --net=db_net --net-alias web --dns-opt ndots:2 alpine')).toEqual([
      'docker:program=docker', 'run:command=docker run', '--net:option=docker run --network', 'db_net:option value=docker run --network',
      '--net-alias:option=docker run --network-alias', 'web:option value=docker run --network-alias',
      '--dns-opt:option=docker run --dns-option', 'ndots:2:option value=docker run --dns-option', 'alpine:image',
    ]);
    expect(explainCommandLine('docker create --net host alpine').problems).toEqual([]);
    expect(explainCommandLine('docker run --nett host alpine').problems).toHaveLength(1);
    expect(roles('docker remove --force db')).toContain('remove:command=docker rm');
  });

  it('says which file -f names: a build\'s Dockerfile, Compose\'s Compose file, bake\'s definition', () => {
    const meaning = (line: string, text: string) => explainCommandLine(line).tokens.find((t) => t.text === text)?.meaning?.en ?? '';
    expect(meaning('docker compose -f compose.prod.yaml up -d', 'compose.prod.yaml')).toMatch(/Compose file/);
    expect(meaning('docker buildx bake -f docker-bake.hcl', 'docker-bake.hcl')).toMatch(/bake definition/);
    expect(meaning('docker build -f Dockerfile.dev .', 'Dockerfile.dev')).toMatch(/as the Dockerfile/);
    expect(meaning('docker buildx imagetools create -f refs.json', 'refs.json')).not.toMatch(/Dockerfile/);
  });

  it('reads a here-document as one operator and its end word, and --gpus as docker\'s CSV', () => {
    const explained = explainCommandLine('docker compose -f - <<EOF');
    expect(explained.tokens.filter((t) => t.role === 'operator').map((t) => t.text)).toEqual(['<<']);
    expect(explained.tokens.find((t) => t.text === 'EOF')?.role).toBe('argument');
    const gpus = (value: string) => explainCommandLine(`docker run --gpus ${value} ubuntu nvidia-smi`).tokens.find((t) => t.role === 'option value')?.meaning?.en;
    expect(gpus(`'"device=0,2"'`)).toBe('Gives the container the GPU(s) 0, 2');
    expect(gpus('device=0,2')).toBe('Gives the container the GPU(s) 0');
  });

  it('resolves aliases and global options', () => {
    expect(roles('docker -H tcp://h:2375 container run --rm alpine')).toEqual([
      'docker:program=docker', '-H:option=docker --host', 'tcp://h:2375:option value=docker --host', 'container:command=docker run',
      'run:command=docker run', '--rm:option=docker run --rm', 'alpine:image',
    ]);
  });

  it('reads a cheat sheet\'s placeholders as the values they stand for, and [OPTIONS] as the place of options', () => {
    expect(roles('docker stop <hash>')).toEqual(['docker:program=docker', 'stop:command=docker stop', '<hash>:container']);
    expect(roles('docker service update <options> <service_name>')).toEqual([
      'docker:program=docker', 'service:command=docker service update', 'update:command=docker service update',
      '<options>:option=docker service update', '<service_name>:argument',
    ]);
    expect(explainCommandLine('docker service update [OPTIONS] web').problems).toEqual([]);
    // A flag marked optional in brackets is that flag.
    expect(roles('docker image prune [-a]')).toEqual(['docker:program=docker', 'image:command=docker image prune', 'prune:command=docker image prune', '-a:option=docker image prune --all']);
    expect(explainCommandLine('docker tag <image> username/repository:tag').problems).toEqual([]);
    // A placeholder in a value is not judged; a wrong value still is.
    expect(explainCommandLine('docker run -d --name <name> -p <host_port>:<container_port> <image>').problems).toEqual([]);
    expect(explainCommandLine('docker logs --tail {{n}} web').problems).toEqual([]);
    expect(explainCommandLine('docker run -p 80:eighty nginx').problems).toHaveLength(1);
    // A group's usage: the place of its options, then of any subcommand.
    expect(roles('docker buildx [OPTIONS] COMMAND')).toEqual(['docker:program=docker', 'buildx:command=docker buildx', '[OPTIONS]:option=docker buildx', 'COMMAND:command=docker buildx']);
    expect(explainCommandLine('docker compose [OPTIONS] COMMAND [ARGS...]').problems).toEqual([]);
    expect(explainCommandLine('docker network frobnicate').problems).toHaveLength(1);
    // A placeholder of a few words is one value; a space inside a bracket belongs to a shell's redirection.
    expect(roles('docker cp <containerID>:<file path> <host directory>')).toEqual([
      'docker:program=docker', 'cp:command=docker cp', '<containerID>:<file path>:path', '<host directory>:path',
    ]);
    expect(explainCommandLine('docker exec -it <container name> bash').problems).toEqual([]);
    expect(roles('docker load <in.tar >out.log')).toEqual(['docker:program=docker', 'load:command=docker load', '<:operator', 'in.tar:path', '>:operator', 'out.log:path']);
    // Still a mistake: a placeholder stands for one word.
    expect(explainCommandLine('docker service ps').problems.map((p) => p.message)).toEqual([expect.stringMatching(/needs SERVICE/)]);
  });

  it('explains each docker command of a pipeline, a list and a $(…)', () => {
    expect(roles('docker rm -f $(docker ps -aq) && docker images | grep none')).toEqual([
      'docker:program=docker', 'rm:command=docker rm', '-f:option=docker rm --force', '$(docker ps -aq):container',
      'docker:program=docker', 'ps:command=docker ps', '-a:option=docker ps --all', 'q:option=docker ps --quiet',
      '&&:operator', 'docker:program=docker', 'images:command=docker images', '|:operator', 'grep:program', 'none:argument',
    ]);
  });

  it('reports an invalid enumerated value, an unknown flag with a suggestion, and a missing argument', () => {
    expect(explainCommandLine('docker run --restart=sometimes nginx').problems).toEqual([{
      start: 21, end: 30, message: '`sometimes` is not a value --restart accepts; it takes no, always, on-failure[:N], unless-stopped', suggestion: null,
    }]);
    expect(explainCommandLine('docker run --restrat=always nginx').problems).toEqual([{
      start: 11, end: 20, message: 'docker run has no option --restrat; did you mean --restart?', suggestion: 'docker run --restart=always nginx',
    }]);
    expect(explainCommandLine('docker build -t app').problems.map((p) => p.suggestion)).toEqual(['docker build -t app .']);
  });

  it('checks -p formats, durations and KEY=VALUE lists', () => {
    const line = 'docker run -p 8080 -p 127.0.0.1:8080:80/tcp -p 99999:1 nginx';
    expect(explainCommandLine(line).problems.map((p) => p.start)).toEqual([line.indexOf('99999')]);
    // docker takes an IP address before the host port, not a host name.
    const named = 'docker run -p localhost:8080:80 -p [::1]:8080:80 -p 999.1.1.1:80:80 -p 10.0.0.255:81:81 nginx';
    expect(explainCommandLine(named).problems.map((p) => p.start)).toEqual([named.indexOf('localhost'), named.indexOf('999.')]);
    expect(explainCommandLine('docker run --health-interval 1m30s --health-timeout soon nginx').problems).toHaveLength(1);
    expect(explainCommandLine('docker run -e =x nginx').problems).toHaveLength(1);
  });

  it('reads a one-letter flag with two dashes as the flag meant, with its value, and says so', () => {
    const { problems, tokens } = explainCommandLine('docker run -ti --m 300M ubuntu:16.04 /bin/bash');
    expect(problems.map((p) => [p.message, p.suggestion])).toEqual([[
      '--m: a one-letter flag takes one dash; docker knows -m (--memory), not --m', 'docker run -ti -m 300M ubuntu:16.04 /bin/bash',
    ]]);
    // 300M is the value, not the image: the image is still ubuntu.
    expect(tokens.find((t) => t.text === 'ubuntu:16.04')?.role).toBe('image');
    expect(explainCommandLine('docker run --x nginx').problems.map((p) => p.message)).toEqual([expect.stringMatching(/no option --x|--x/)]);
  });

  it('takes every comparison a --filter may hold (=, !=, buildx\'s ~= and <, >), and nothing else', () => {
    for (const line of ['docker image prune --filter "label!=maintainer"', 'docker buildx prune --filter "description~=golang"',
      'docker buildx prune --filter "type!=exec.cachemount"', 'docker buildx history ls --filter "duration>30s"', 'docker ps -f status=exited']) {
      expect(explainCommandLine(line).problems, line).toEqual([]);
    }
    expect(explainCommandLine('docker images -f bogus').problems).toHaveLength(1);
    expect(explainCommandLine('docker images -f ~=x').problems).toHaveLength(1);
  });

  it('reports an unterminated quote', () => {
    expect(explainCommandLine("docker run -e 'A=1 nginx").problems.map((p) => p.message)).toContain('this single quote is never closed');
  });

  it('refuses a line over 10,000 characters', () => {
    expect(() => explainCommandLine(`docker ${'x'.repeat(10_000)}`)).toThrow('the command line is 10007 characters long; the limit is 10000');
  });
});

describe('explainDockerfileLine', () => {
  it('explains HEALTHCHECK flags, the CMD part and the form', () => {
    const e = explainDockerfileLine('HEALTHCHECK --interval=1m --timeout=3s --retries=3 CMD curl -f http://localhost || exit 1');
    expect([e.instruction, e.form]).toEqual(['HEALTHCHECK', 'shell']);
    expect(e.tokens.filter((t) => t.role === 'flag').map((t) => t.text)).toEqual(['--interval', '--timeout', '--retries']);
    expect(e.tokens.find((t) => t.text === '--interval')?.meaning?.en).toBeTruthy();
    expect(e.tokens.find((t) => t.text === 'CMD')).toMatchObject({ role: 'instruction', entry: { name: 'CMD' } });
    expect(e.tokens.filter((t) => t.role === 'container command').map((t) => t.text).join(' ')).toBe('curl -f http://localhost || exit 1');
    expect(e.problems).toEqual([]);
  });

  it('tells exec form from shell form', () => {
    expect(explainDockerfileLine('CMD ["./mainApp"]').form).toBe('exec');
    expect(explainDockerfileLine('ENTRYPOINT /entrypoint.sh').form).toBe('shell');
    expect(explainDockerfileLine('COPY --from=build /out/app /app').form).toBe('plain');
  });

  it('reports a glued JSON array and ARG a = b with their fixes', () => {
    expect(explainDockerfileLine('CMD["./mainApp"]')).toMatchObject({ instruction: null, problems: [{ suggestion: 'CMD ["./mainApp"]' }] });
    expect(explainDockerfileLine('ARG a = b').problems.map((p) => p.suggestion)).toEqual(['ARG a=b']);
  });
});
