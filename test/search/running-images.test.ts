/**
 * Starting or running an image by its name runs a container of it (image-names.ts, task-intent.ts), and a command a task
 * leads with ranks high even when its text holds only the common verb (search-entries.ts, withRowsOf).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { namesOfficialImage } from '../../server/search/image-names.js';
import { searchEntries } from '../../server/search/search-entries.js';
import { intendedCommands, leadingVerbs, taskIntent } from '../../server/search/task-intent.js';
import { buildTempKnowledgeBase } from '../helpers/temp-database.js';

const kb = buildTempKnowledgeBase();
afterAll(() => kb.close());

const top = (query: string, n = 3) => searchEntries(kb, query, { limit: n }).results.map((r) => r.name);
const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('an image started by name', () => {
  it('knows official images by name, not Docker words that are images too', () => {
    expect(namesOfficialImage('Starting a Nginx Web Server')).toBe(true);
    expect(namesOfficialImage('run a Redis cache')).toBe(true);
    expect(namesOfficialImage('start the registry')).toBe(false);
    expect(namesOfficialImage('Start a node in the swarm')).toBe(false);
    expect(namesOfficialImage('Start the container')).toBe(false);
  });

  it('reads starting an image as running it, with docker start doing half', () => {
    const intent = taskIntent('Start a container using the httpd image');
    expect(intent.verbs.has('run')).toBe(true);
    expect(intent.verbs.has('start')).toBe(false);
    expect(intent.halves.has('start')).toBe(true);
    expect(sorted(taskIntent('Starting a Nginx Web Server').verbs)).toContain('run');
    // A stopped container started again is docker start's, image or not.
    expect(sorted(taskIntent('Start the stopped nginx container').verbs)).toContain('start');
    // Without an image, starting the container is docker start's.
    expect(sorted(taskIntent('Start the container').verbs)).toEqual(['start', 'up']);
  });

  it.each([
    ['Start a container using the httpd image', 'docker run'],
    ['Starting a Nginx Web Server', 'docker run'],
    ['Running an NGINX server', 'docker run'],
  ])('%s → %s in the top 3', (query, command) => {
    expect(top(query)).toContain(command);
  });

  it('reads running or creating an image as running or creating a container of it', () => {
    expect(intendedCommands(kb, 'nginx 이미지 실행')).toContain('command:run');
    expect(intendedCommands(kb, 'Create a container from the image')).toContain('command:create');
    expect(top('nginx 이미지 실행')[0]).toBe('docker run');
    // Other verbs of an image stay the image's.
    expect(intendedCommands(kb, 'Remove an image')).not.toContain('command:rm');
  });

  it('knows other words for logging in and pulling: authenticate, 땡겨오기', () => {
    expect([...taskIntent('Authenticate your Docker client to the registry').verbs]).toContain('login');
    expect([...taskIntent('도커 허브에서 이미지 땡겨오기').verbs]).toContain('pull');
  });

  it('leaves starting a container that exists to docker start', () => {
    expect(top('Start a stopped container')[0]).toBe('docker start');
  });
});

describe('the verb a task leads with', () => {
  it('is its first English word or its last Korean one', () => {
    expect(sorted(leadingVerbs('Running an NGINX server'))).toEqual(['run']);
    expect(sorted(leadingVerbs('Display the running processes'))).not.toContain('run');
    expect(sorted(leadingVerbs('nginx 컨테이너 실행'))).toContain('run');
    expect(sorted(leadingVerbs('Filter containers by status (created, running, removing)'))).toEqual([]);
  });

  it('lifts no command a state word names: running processes are shown, not run', () => {
    expect(top('Display the running processes')).not.toContain('docker run');
    expect(top('Filter containers by status (created, running, removing, paused, exited, and dead)')).not.toContain('docker run');
  });
});
