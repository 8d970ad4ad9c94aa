/**
 * Standard output for commands that print and exit. process.stdout costs a short command ~2.5 ms to
 * create (for a pipe it is a whole net.Socket), so text goes straight to file descriptor 1 with
 * writeSync. Should the descriptor refuse to wait (EAGAIN: a non-blocking pipe whose reader is
 * behind), the rest goes through process.stdout, which does wait, and so does everything after it.
 * A reader that went away (EPIPE: `dref search x | head -1`) ends the process quietly.
 */
import { writeSync } from 'node:fs';
import { isatty } from 'node:tty';

const FD = 1;

/** Whether standard output is a terminal, without creating process.stdout. */
export function stdoutIsTTY(): boolean {
  return isatty(FD);
}

/** A reader that stops early (`dref search x | head -1`) is not an error. */
function readerGone(): never {
  process.exit(process.exitCode ?? 0);
}

class StandardOutput {
  /** Set once a write would have blocked: from then on, the stream. */
  private stream: NodeJS.WritableStream | undefined;

  write(chunk: string | Uint8Array): boolean {
    if (this.stream) return this.stream.write(chunk);
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let offset = 0;
    try {
      while (offset < bytes.length) offset += writeSync(FD, bytes, offset, bytes.length - offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') readerGone();
      if (code !== 'EAGAIN') throw error;
      this.stream = process.stdout;
      this.stream.on('error', (streamError: NodeJS.ErrnoException) => { if (streamError.code === 'EPIPE') readerGone(); });
      return this.stream.write(bytes.subarray(offset));
    }
    return true;
  }
}

/** What commands write to: standard output, written synchronously. */
export const standardOutput = new StandardOutput() as unknown as NodeJS.WritableStream;
