/**
 * Standard output and standard error for commands that print and exit. process.stdout costs a
 * short command ~2.5 ms to create (for a pipe it is a whole net.Socket), and so does
 * process.stderr, so text goes straight to file descriptors 1 and 2 with writeSync. Should a
 * descriptor refuse to wait (EAGAIN: a non-blocking pipe whose reader is behind), the rest goes
 * through the process stream, which does wait, and so does everything after it. A reader that went
 * away (EPIPE: `dref search x | head -1`) ends the process quietly.
 */
import { fstatSync, statSync, writeSync } from 'node:fs';

/**
 * Whether a descriptor is a terminal, without node:tty (which loads net and the whole streams
 * stack, some 3 ms, even when the output is a pipe): a character device that is not /dev/null
 * (on Windows, any character device: the console, or NUL).
 */
export function isTerminal(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    return stat.isCharacterDevice() && (process.platform === 'win32' || stat.rdev !== statSync('/dev/null').rdev);
  } catch {
    return false;
  }
}

/** Whether standard output is a terminal, without creating process.stdout. */
export function stdoutIsTTY(): boolean {
  return isTerminal(1);
}

/** A reader that stops early (`dref search x | head -1`) is not an error. */
function readerGone(): never {
  process.exit(process.exitCode ?? 0);
}

class SynchronousOutput {
  /** Set once a write would have blocked: from then on, the stream. */
  private stream: NodeJS.WritableStream | undefined;

  constructor(private readonly fd: 1 | 2) {}

  write(chunk: string | Uint8Array): boolean {
    if (this.stream) return this.stream.write(chunk);
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let offset = 0;
    try {
      while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') readerGone();
      if (code !== 'EAGAIN') throw error;
      this.stream = this.fd === 1 ? process.stdout : process.stderr;
      this.stream.on('error', (streamError: NodeJS.ErrnoException) => { if (streamError.code === 'EPIPE') readerGone(); });
      return this.stream.write(bytes.subarray(offset));
    }
    return true;
  }
}

/** What commands write to: standard output, written synchronously. */
export const standardOutput = new SynchronousOutput(1) as unknown as NodeJS.WritableStream;

/** Where errors go: standard error, written synchronously (process.stderr is made only if a write must wait). */
export const standardError = new SynchronousOutput(2) as unknown as NodeJS.WritableStream;
