/** Starts the real `dref serve` binary on a free loopback port and resolves once it says where it listens. */
import { spawn, type ChildProcess } from 'node:child_process';
import { CLI } from './run-cli.js';

export function startServer(db: string, extra: readonly string[] = []): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--db', db, '--log-level', 'warn', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`dref serve did not start: ${stderr}`)), 20_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const m = /at (http:\/\/[\d.:]+) /.exec(stderr);
      if (m) { clearTimeout(timer); resolve({ child, url: m[1]! }); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`dref serve exited ${code}: ${stderr}`)); });
  });
}
