import { describe, expect, it } from 'vitest';
import { explainCommandLine } from '../../server/explain/explain-command-line.js';
import { safeSuggestion } from '../../server/commands/safe-suggestion.js';

const fix = (line: string) => explainCommandLine(line).problems.map((p) => [p.message, p.suggestion]);

describe('safe did-you-mean', () => {
  it('corrects a likely typo into a harmless command', () => {
    expect(fix('docker satrt web')).toEqual([['`docker satrt` is not a Docker command; did you mean `docker start`?', 'docker start web']]);
    expect(fix('docker container exc web sh')).toEqual([
      ['`docker container exc` is not a Docker command; did you mean `docker container exec`?', 'docker container exec web sh']]);
    expect(fix('docker compose upp -d')[0]![1]).toBe('docker compose up -d');
  });

  it('never offers a command or flag that removes, stops or kills', () => {
    expect(safeSuggestion('stpo', ['stop', 'start', 'stats'], 'command')).toBeUndefined();
    expect(safeSuggestion('prnue', ['prune', 'push'], 'command')).toBeUndefined();
    expect(safeSuggestion('--rn', ['--rm', '--name'], 'flag')).toBeUndefined();
    expect(fix('docker stpo web')).toEqual([['`docker stpo` is not a Docker command', null]]);
    expect(fix('docker run --rn nginx')).toEqual([['docker run has no option --rn', null]]);
  });

  it('says what an unknown word is without inventing a correction', () => {
    expect(fix('docker frobnicate')).toEqual([['`docker frobnicate` is not a Docker command', null]]);
    expect(fix('docker scout cves nginx')).toEqual([['`docker scout` is a Docker CLI plugin or command dref does not describe', null]]);
    expect(fix('docker network bogus')).toEqual([['`docker network bogus` is not a Docker command; `docker network` has connect, create, disconnect, inspect, ls, prune, rm', null]]);
    // Too far from anything to be a typo: no guess.
    expect(safeSuggestion('xyzzy', ['exec', 'logs', 'ps'], 'command')).toBeUndefined();
  });
});
