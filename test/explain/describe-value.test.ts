import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commands } from '../../data/catalog/index.js';
import { optionValueMeanings } from '../../data/catalog/option-value-meanings.js';
import { parseImageReference } from '../../server/commands/image-reference.js';
import { describeDuration, describeImage, describeOptionValue } from '../../server/explain/describe-value.js';
import { explainCommandLine } from '../../server/explain/explain-command-line.js';
import { explainDockerfileLine } from '../../server/explain/explain-dockerfile-line.js';

const run = commands.find((c) => c.name === 'run')!;
const option = (long: string) => run.options.find((o) => o.long === long)!;
const en = (long: string, value: string) => describeOptionValue(option(long), value, 'run')?.en ?? null;
const meanings = (line: string) => Object.fromEntries(explainCommandLine(line).tokens.filter((t) => t.meaning).map((t) => [t.text, t.meaning!.en]));

describe('parseImageReference', () => {
  it('splits registry, path, tag and digest the way docker does', () => {
    expect(parseImageReference('nginx')).toMatchObject({ registry: 'docker.io', registryGiven: false, path: 'nginx', tag: 'latest', tagGiven: false, official: true });
    expect(parseImageReference('library/nginx:1.27')).toMatchObject({ path: 'library/nginx', tag: '1.27', official: true });
    expect(parseImageReference('me/app:dev')).toMatchObject({ registry: 'docker.io', path: 'me/app', tag: 'dev', official: false });
    expect(parseImageReference('localhost:5000/team/app:1.0')).toMatchObject({ registry: 'localhost:5000', registryGiven: true, path: 'team/app', tag: '1.0', official: false });
    expect(parseImageReference('ghcr.io/org/tool')).toMatchObject({ registry: 'ghcr.io', path: 'org/tool', tag: 'latest' });
    // A first component with neither a dot nor a port is a Docker Hub namespace, not a host.
    expect(parseImageReference('myhost/app')).toMatchObject({ registry: 'docker.io', path: 'myhost/app' });
    const digest = `sha256:${'ab'.repeat(32)}`;
    expect(parseImageReference(`alpine@${digest}`)).toMatchObject({ path: 'alpine', tag: null, digest });
    expect(parseImageReference(`alpine:3.20@${digest}`)).toMatchObject({ path: 'alpine', tag: '3.20', digest });
  });

  it('refuses what is not a reference', () => {
    for (const text of ['Nginx', '$IMAGE', 'nginx:', ':1.0', 'a//b', 'nginx@sha256:xyz', '', 'nginx:bad tag']) {
      expect(parseImageReference(text), text).toBeNull();
    }
  });
});

describe('describeOptionValue', () => {
  it('reads port mappings in each of their forms', () => {
    expect(en('--publish', '8080:80')).toBe('Port 8080 of the host (every address) → container port 80/tcp');
    expect(en('--publish', '127.0.0.1:8080:80/udp')).toBe('Port 8080 of the host address 127.0.0.1 → container port 80/udp');
    expect(en('--publish', '[::1]:8080:80')).toBe('Port 8080 of the host address [::1] → container port 80/tcp');
    expect(en('--publish', '80')).toBe('Container port 80/tcp, published on a free port Docker picks on the host (every address)');
    expect(en('--publish', '127.0.0.1::80')).toMatch(/^Container port 80\/tcp, published on a free port .* 127\.0\.0\.1$/);
    expect(en('--publish', '8000-8010:8000-8010')).toBe('Ports 8000-8010 of the host (every address) → container ports 8000-8010/tcp, one to one');
    // A host range for one container port: docker binds one free port of the range.
    expect(en('--publish', '8000-8010:80')).toBe('A free port among 8000-8010 of the host (every address) → container port 80/tcp');
    // What docker refuses gets no sentence: a host name for the address, ranges of different sizes, ports out of range.
    for (const bad of ['a:b', '1:2:3:4', '80/xyz', 'x.y.z:80:80:80', 'localhost:8080:80', '80:80:80', '999.1.1.1:80:80', '8000-8010:80-81', '70000:80', '0:80', '90-80:90-80']) {
      expect(en('--publish', bad), bad).toBeNull();
    }
  });

  it('tells a bind mount, a named volume and an anonymous volume apart', () => {
    expect(en('--volume', '/srv/www:/usr/share/nginx/html:ro')).toBe('The host path /srv/www, mounted at /usr/share/nginx/html in the container (read-only)');
    expect(en('--volume', './data:/data')).toMatch(/^The host path \.\/data, mounted at \/data/);
    // The shell's substitutions of the current folder, in each spelling, are host paths.
    for (const pwd of ['$PWD', '${PWD}', '$(pwd)', '`pwd`']) expect(en('--volume', `${pwd}:/workspace`)).toMatch(/^The host path /);
    expect(en('--volume', 'pgdata:/var/lib/postgresql/data')).toBe('The named volume pgdata, mounted at /var/lib/postgresql/data in the container (created if it does not exist)');
    expect(en('--volume', '/data')).toBe('A new anonymous volume, mounted at /data in the container');
    expect(en('--mount', 'type=bind,source=/etc/app,target=/config,readonly')).toBe('The host path /etc/app, mounted at /config in the container (read-only)');
    expect(en('--mount', 'type=tmpfs,target=/cache')).toBe('An in-memory tmpfs mounted at /cache in the container');
    expect(en('--volume', 'data:relative')).toBeNull();
    expect(en('--volume', ':/data')).toBeNull();
    expect(en('--volume', 'C:\\data:/data')).toBe('The host path C:\\data, mounted at /data in the container');
    expect(en('--volume', 'C:/data:/data:ro')).toBe('The host path C:/data, mounted at /data in the container (read-only)');
    expect(en('--mount', 'type=bind,src=/etc/app,dst=/config,readonly=false')).toBe('The host path /etc/app, mounted at /config in the container');
    expect(en('--mount', 'type=BIND,src=/etc/app,dst=/config,ro=1')).toBe('The host path /etc/app, mounted at /config in the container (read-only)');
    expect(en('--mount', 'type=volume,src=v,dst=relative')).toBeNull();
  });

  it('reads variables, names, users and networks', () => {
    expect(en('--env', 'TZ=Asia/Seoul')).toBe('Sets the container\'s environment variable TZ to "Asia/Seoul"');
    expect(en('--env', 'HOME')).toMatch(/^Copies HOME from your shell's environment/);
    expect(en('--env', 'A=')).toBe('Sets the container\'s environment variable A to ""');
    expect(en('--user', '1000:1000')).toBe("Runs the container's process as UID 1000 in GID 1000");
    expect(en('--user', 'root')).toMatch(/as the user root \(root, the administrator/);
    expect(en('--network', 'host')).toMatch(/^Share the host's network stack/);
    expect(en('--network', 'container:db')).toMatch(/another container's network stack.*: db$/);
    expect(en('--network', 'backend')).toMatch(/^The network backend, made with docker network create/);
    expect(en('--name', 'web')).toMatch(/^Names the container web/);
  });

  it('reads --name as the name of what the command makes: a container, a service, a volume, a builder, or nothing it can tell', () => {
    expect(meanings('docker container create --name web nginx').web).toMatch(/^Names the container web/);
    expect(meanings('docker compose run --name x web').x).toMatch(/^Names the container x/);
    expect(meanings('docker service create --name web nginx').web).toMatch(/^Names the service web/);
    expect(meanings('docker volume create --name mydata').mydata).toBe('Names the volume mydata');
    expect(meanings('docker buildx create --name b1').b1).toBe('Names the builder b1');
    expect(meanings('docker trust key load key.pem --name jeff').jeff).toBeUndefined();
  });

  it('gives each value of a closed set its own meaning, not the option\'s', () => {
    expect(en('--restart', 'unless-stopped')).toMatch(/stopped yourself stays stopped/);
    expect(en('--restart', 'on-failure:5')).toMatch(/non-zero code/);
    expect(en('--restart', 'no')).toMatch(/^Never/);
    expect(en('--pull', 'never')).toMatch(/^Never pull/);
    expect(new Set([en('--restart', 'no'), en('--restart', 'always'), en('--restart', 'on-failure'), en('--restart', 'unless-stopped')]).size).toBe(4);
  });

  it('has a meaning, in both languages, for every value of every option with a closed set it covers', () => {
    for (const [long, table] of Object.entries(optionValueMeanings)) {
      for (const [value, meaning] of Object.entries(table)) {
        expect(meaning.ko, `${long} ${value}`).toMatch(/[가-힣]/);
        expect(meaning.en, `${long} ${value}`).toMatch(/^[A-Z]/);
      }
    }
    for (const command of commands) {
      for (const o of command.options) {
        const table = optionValueMeanings[o.long];
        if (!table || !o.values) continue;
        for (const value of o.values) {
          const meaning = table[value];
          expect(meaning, `${command.name} ${o.long} ${value}`).toBeDefined();
          expect(meaning!.ko).toMatch(/[가-힣]/);
          expect(meaning!.en).toMatch(/^[A-Z]/);
        }
      }
    }
  });

  it('never throws, and gives both languages or nothing, for any value of any option', () => {
    const pairs = commands.flatMap((c) => c.options.map((o) => [c.name, o] as const));
    const key = fc.constantFrom('__proto__', 'constructor', 'toString', 'type', 'src', 'dangling', 'until', 'readonly');
    const value = fc.oneof(fc.string(), fc.stringMatching(/^[a-z0-9:/=.,@\[\]-]{0,30}$/), fc.tuple(key, fc.string()).map(([k, v]) => `${k}=${v}`));
    fc.assert(fc.property(fc.constantFrom(...pairs), value, ([command, o], v) => {
      for (const meaning of [describeOptionValue(o, v, command), describeImage(v)]) {
        if (meaning) {
          expect(typeof meaning.ko).toBe('string');
          expect(typeof meaning.en).toBe('string');
          expect(meaning.ko && meaning.en).toBeTruthy();
        }
      }
    }), { numRuns: 2000 });
  });

  it('gives a command its own meaning where it differs: build --network, inspect --format, stop -t', () => {
    const build = commands.find((c) => c.name === 'build')!.options.find((o) => o.long === '--network')!;
    expect(describeOptionValue(build, 'host', 'build')?.en).toBe("RUN steps use the host's network stack");
    expect(describeOptionValue(build, 'mynet', 'build')).toBeNull();
    const inspect = commands.find((c) => c.name === 'inspect')!.options.find((o) => o.long === '--format')!;
    expect(describeOptionValue(inspect, 'json', 'inspect')?.en).toMatch(/JSON array/);
    expect(describeOptionValue(inspect, '{{.Id}}', 'inspect')?.en).toBe('Prints each item through the Go template {{.Id}}');
    const stop = commands.find((c) => c.name === 'stop')!.options.find((o) => o.long === '--timeout')!;
    expect(describeOptionValue(stop, '10', 'stop')?.en).toMatch(/waits 10 seconds, then kills it with SIGKILL if it is still running$/);
    expect(en('--stop-timeout', '-1')).toMatch(/waits as long as it takes/);
    expect(en('--entrypoint', '/bin/sh')).toMatch(/the image's CMD is dropped/);
  });

  it('keeps filter keys away from Object.prototype', () => {
    const filter = commands.find((c) => c.name === 'images')!.options.find((o) => o.long === '--filter')!;
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(describeOptionValue(filter, `${key}=x`, 'images'), key).toBeNull();
      expect(() => explainCommandLine(`docker images -f ${key}=x`), key).not.toThrow();
    }
    expect(describeOptionValue(filter, 'dangling=true', 'images')?.en).toBe('Only dangling images (no tag left)');
  });

  it('reads sizes and durations; says nothing of what it cannot read', () => {
    expect(en('--memory', '512m')).toBe('512 MiB');
    expect(en('--health-interval', '1m30s')).toBe('1 minute 30 seconds');
    expect(describeDuration('1h')).toEqual({ ko: '1시간', en: '1 hour' });
    expect(describeDuration('90x')).toBeNull();
    expect(en('--memory', 'lots')).toBeNull();
    expect(en('--publish', '$PORT:80')).toBeNull();
    expect(en('--detach', 'true')).toBeNull();
  });
});

describe('meanings on explained lines', () => {
  it('puts a meaning on values, images, the container command and the build context, and none on flags', () => {
    const m = meanings('docker run -d -p 8080:80 -v data:/data --restart=always nginx:1.27 sh -c "echo hi"');
    expect(Object.keys(m)).toEqual(['8080:80', 'data:/data', 'always', 'nginx:1.27', 'sh']);
    expect(m['nginx:1.27']).toBe('Image docker.io/library/nginx (a bare name means library/ on Docker Hub, home of the official images), tag 1.27');
    expect(m.sh).toMatch(/in place of the image's CMD/);
    expect(meanings('docker build -t me/app:dev .')).toEqual({
      'me/app:dev': 'The name to give the built image: the local name me/app:dev (a push would send it to me/app on Docker Hub), tag dev',
      '.': expect.stringMatching(/^The build context \./),
    });
    expect(meanings('docker push localhost:5000/app')).toEqual({ 'localhost:5000/app': 'Image app from the registry localhost:5000, no tag given, so latest' });
    expect(meanings('docker stop web')).toEqual({ web: expect.stringMatching(/^The container web/) });
  });

  it('gives both languages', () => {
    const token = explainCommandLine('docker run -p 8080:80 nginx').tokens.find((t) => t.text === '8080:80')!;
    expect(token.meaning).toEqual({ ko: '호스트(모든 주소)의 포트 8080 → 컨테이너 포트 80/tcp', en: 'Port 8080 of the host (every address) → container port 80/tcp' });
    expect(describeImage('me/app')?.ko).toBe('Docker Hub의 이미지 me/app, 태그를 생략했으므로 latest');
  });

  it('tells image IDs, every tag, Docker Hub spelled out, and a tag beside a digest', () => {
    expect(meanings('docker rmi 3f57d9401f8d')).toEqual({ '3f57d9401f8d': expect.stringMatching(/^The image ID 3f57d9401f8d/) });
    expect(describeImage(`sha256:${'a'.repeat(64)}`)?.en).toMatch(/^The image ID sha256:/);
    expect(meanings('docker images nginx').nginx).toBe('Image docker.io/library/nginx (a bare name means library/ on Docker Hub, home of the official images), no tag given, so every tag');
    expect(meanings('docker save -o all.tar nginx').nginx).toMatch(/so every tag$/);
    expect(meanings('docker pull -a me/app')['me/app']).toMatch(/so every tag$/);
    expect(meanings('docker pull me/app')['me/app']).toMatch(/so latest$/);
    expect(describeImage('docker.io/nginx')?.en).toBe('Image docker.io/library/nginx (a bare name means library/ on Docker Hub, home of the official images), no tag given, so latest');
    expect(describeImage(`nginx:1.27@sha256:${'b'.repeat(64)}`)?.en).toBe('Image docker.io/library/nginx (a bare name means library/ on Docker Hub, home of the official images), tag 1.27 (the digest decides), pinned to digest sha256:bbbbbbbbbbbb…');
    // A name given to a new image is a local name, not an official image.
    expect(describeImage('myapp:1.0', false, true)?.en).toBe('The local name myapp:1.0 (a push would send it to docker.io/library/myapp on Docker Hub), tag 1.0');
  });

  it('reads Dockerfile flag values by their syntax, and keeps the flag\'s meaning otherwise', () => {
    const tokens = explainDockerfileLine('HEALTHCHECK --interval=1m30s --retries=3 CMD curl -f http://localhost/').tokens;
    expect(tokens.find((t) => t.text === '1m30s')?.meaning?.en).toBe('1 minute 30 seconds');
    const retries = tokens.filter((t) => t.text === '--retries' || t.text === '3');
    expect(retries).toHaveLength(2);
    expect(retries[0]!.meaning).toBeDefined();
    expect(retries[1]!.meaning).toEqual(retries[0]!.meaning);
    // --chown has the --user syntax but says who owns the files, not who runs.
    const chown = explainDockerfileLine('COPY --chown=1000:1000 app /app').tokens.find((t) => t.text === '1000:1000');
    expect(chown?.meaning?.en).toBe('The copied files belong to UID 1000 and GID 1000');
  });
});
