/**
 * The CLI writes its output straight to file descriptor 1 (cli/standard-output.ts). Here it writes
 * into a non-blocking 4 KiB pipe whose reader starts late, so writes would block (EAGAIN) and must
 * fall back to process.stdout; and into a pipe whose reader leaves early (EPIPE), which is no error.
 * python3 sets the pipe up (Node cannot size a pipe).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from '../helpers/run-cli.js';

const PIPE = `
import os, fcntl, subprocess, sys, time
r, w = os.pipe()
fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)
fcntl.fcntl(w, 1031, 4096)  # F_SETPIPE_SZ
p = subprocess.Popen([sys.argv[1], sys.argv[2]] + sys.argv[4:], stdout=w, stderr=subprocess.PIPE, env={**os.environ, 'NO_COLOR': '1'})
os.close(w)
if sys.argv[3] == 'late':
    time.sleep(0.5)
    data = b''
    while True:
        chunk = os.read(r, 65536)
        if not chunk: break
        data += chunk
else:
    data = os.read(r, 100)
    os.close(r)
p.wait()
sys.stdout.buffer.write(data)
sys.stderr.write('status=%d stderr=%s' % (p.returncode, p.stderr.read().decode()))
`;

const hasPython = spawnSync('python3', ['--version']).status === 0;

function throughPipe(reader: 'late' | 'leaves', args: string[]) {
  const r = spawnSync('python3', ['-c', PIPE, process.execPath, CLI, reader, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { stdout: r.stdout, report: r.stderr };
}

describe.runIf(hasPython)('standard output', () => {
  it('waits for a slow reader of a non-blocking pipe, and loses nothing', () => {
    const expected = runCli(['show', 'run', '--json']);
    expect(expected.stdout.length).toBeGreaterThan(40_000);
    const { stdout, report } = throughPipe('late', ['show', 'run', '--json']);
    expect(report).toBe('status=0 stderr=');
    expect(stdout).toBe(expected.stdout);
  });

  it('stops quietly when the reader goes away', () => {
    const { stdout, report } = throughPipe('leaves', ['show', 'run', '--json']);
    expect(stdout.length).toBe(100);
    expect(report).toBe('status=0 stderr=');
  });
});
