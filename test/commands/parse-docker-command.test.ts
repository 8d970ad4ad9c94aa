import { describe, expect, it } from 'vitest';
import { buildCommandIndex } from '../../server/commands/command-index.js';
import { parseDockerCommand } from '../../server/commands/parse-docker-command.js';
import { tokenizeShell, type WordToken } from '../../server/shell/tokenize-shell.js';
import { catalog } from '../helpers/catalog-model.js';

const index = buildCommandIndex(catalog.commands);
const parse = (line: string) => parseDockerCommand(tokenizeShell(line).tokens as WordToken[], index);
const summary = (line: string) => {
  const p = parse(line);
  return {
    command: p.command?.spec.name,
    options: p.options.map((o) => `${o.spec?.long ?? o.flag}${o.value ? `=${o.value.text}` : ''}`),
    args: p.args.map((a) => `${a.token.value}:${a.spec?.name ?? '?'}${a.isContainerCommand ? ':cmd' : ''}`),
    problems: p.problems.map((x) => x.code),
  };
};

describe('parseDockerCommand', () => {
  it('resolves aliases and management commands', () => {
    expect(summary('docker container run nginx').command).toBe('run');
    expect(summary('docker image rm app:1').command).toBe('rmi');
    expect(summary('docker image ls').command).toBe('images');
    expect(summary('docker image prune -a').command).toBe('image prune');
  });

  it('reads global options before the command', () => {
    expect(summary('docker -H tcp://10.0.0.1:2375 --debug ps -a')).toMatchObject({ command: 'ps', options: ['--host=tcp://10.0.0.1:2375', '--debug', '--all'] });
  });

  it('reads grouped short flags, attached values, --flag=value and --flag value', () => {
    expect(summary('docker run -itd -p8080:80 --name=web -e A=1 nginx')).toMatchObject({
      options: ['--interactive', '--tty', '--detach', '--publish=8080:80', '--name=web', '--env=A=1'], args: ['nginx:IMAGE'], problems: [],
    });
  });

  it('stops reading docker\'s flags at run\'s image: the rest is the container\'s command', () => {
    expect(summary('docker run --rm alpine ls -la /')).toMatchObject({
      options: ['--rm'], args: ['alpine:IMAGE', 'ls:COMMAND:cmd', '-la:ARG:cmd', '/:ARG:cmd'], problems: [],
    });
  });

  it('reads flags after positional arguments for other commands', () => {
    expect(summary('docker save ubuntu:24.04 -o ubuntu.tar')).toMatchObject({ options: ['--output=ubuntu.tar'], args: ['ubuntu:24.04:IMAGE'], problems: [] });
  });

  it('accepts on-failure with a retry count and rejects other values', () => {
    expect(summary('docker run --restart on-failure:5 nginx').problems).toEqual([]);
    expect(summary('docker run --restart=unless-stopped nginx').problems).toEqual([]);
    expect(summary('docker run --restart=sometimes nginx').problems).toEqual(['invalid-value']);
  });

  it('checks typed values: numbers, sizes, durations, switches', () => {
    expect(summary('docker run --cpu-shares=abc nginx').problems).toEqual(['invalid-value']);
    expect(summary('docker run -m 2x nginx').problems).toEqual(['invalid-value']);
    expect(summary('docker run --health-interval=30s -m 512m nginx').problems).toEqual([]);
    expect(summary('docker run --rm=maybe nginx').problems).toEqual(['invalid-value']);
  });

  it('suggests the nearest flag for a typo', () => {
    const p = parse('docker run --restrat=always nginx');
    expect(p.problems.map((x) => [x.code, x.message, x.fix?.text])).toEqual([
      ['unknown-option', 'docker run has no option --restrat; did you mean --restart?', '--restart'],
    ]);
  });

  it('reports missing and surplus arguments', () => {
    expect(parse('docker build -t app .').problems).toEqual([]);
    expect(parse('docker build -t app').problems.map((x) => x.message)).toEqual([
      'docker build needs PATH | URL | - (usage: docker build [OPTIONS] PATH | URL | -)',
    ]);
    expect(summary('docker tag a b c').problems).toEqual(['extra-argument']);
    expect(summary('docker run').problems).toEqual(['missing-argument']);
  });

  it('reports an unknown command with the nearest spelling', () => {
    const p = parse('docker imgaes');
    expect(p.problems.map((x) => [x.code, x.fix?.text])).toEqual([['unknown-command', 'images']]);
  });

  it('reads `-d=false` as pflag does: the switch with its value, ending the word', () => {
    expect(summary('docker service create -d=false --name web nginx').problems).toEqual([]);
    expect(summary('docker run -it=false nginx').problems).toEqual([]);
    expect(summary('docker run -d=maybe nginx').problems).toEqual(['invalid-value']);
  });

  it('reports a Go template the shell split for want of quotes', () => {
    expect(summary("docker inspect -f '{{ .State.Status }}' web").problems).toEqual([]);
    expect(summary('docker inspect -f {{.State.Status}} web').problems).toEqual([]);
    expect(summary('docker inspect -f {{ .State.Status }} web').problems).toContain('invalid-value');
  });

  it('treats everything after -- as arguments', () => {
    expect(summary('docker rm -- -weird-name').args).toEqual(['-weird-name:CONTAINER']);
  });
});
