/**
 * The stream Ink draws to: it takes each whole frame Ink writes and sends the terminal only the
 * rows that changed, each put in place by its row number. Ink itself would repaint a frame as
 * tall as the screen from scratch on every key (it clears the screen and the scrollback first:
 * ESC[2J ESC[3J), and its incremental mode loses a row when the frame is shorter than the screen.
 * Anything that is not a frame (showing or hiding the cursor, synchronized-output marks) passes.
 */
import { Writable } from 'node:stream';

/** What Ink puts before a frame: a clear of the terminal, or an erase of the last frame's lines. */
const FRAME_START = /^(?:\x1b\[2J\x1b\[3J\x1b\[H|(?:\x1b\[2K(?:\x1b\[1A)?)+\x1b\[G)/;

export class FrameWriter extends Writable {
  /** The rows on screen, as last drawn; null when the screen must be drawn whole. */
  private shown: string[] | null = null;
  readonly isTTY = true;

  constructor(private readonly terminal: NodeJS.WriteStream) {
    super({ decodeStrings: false });
    terminal.on('resize', () => this.emit('resize'));
  }

  get columns(): number { return this.terminal.columns; }
  get rows(): number { return this.terminal.rows; }

  override _write(chunk: unknown, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.take(String(chunk));
    done();
  }

  /** One write of Ink's. */
  take(text: string): void {
    const start = FRAME_START.exec(text);
    const frame = start ? text.slice(start[0].length) : text;
    if (!start && !frame.includes('\n')) { this.terminal.write(text); return; }
    if (!frame) {
      // Ink erased its frame (the window narrowed): the next one is drawn on a clean screen.
      this.shown = null;
      this.terminal.write('\x1b[H\x1b[J');
      return;
    }
    this.terminal.write(frameUpdate(this.shown, frame.replace(/\n$/, '').split('\n')));
    this.shown = frame.replace(/\n$/, '').split('\n');
  }
}

/**
 * The bytes that turn the screen from `shown` into `next`: each changed row erased and rewritten
 * where it stands (erased first: an erase after a row as wide as the screen would take its last
 * character), and the rows below a shorter frame erased.
 */
export function frameUpdate(shown: readonly string[] | null, next: readonly string[]): string {
  // The first frame goes on the alternate screen, blank when entered: every row is new.
  let out = '';
  next.forEach((line, y) => { if (shown?.[y] !== line) out += `\x1b[${y + 1};1H\x1b[2K${line}`; });
  if (shown && shown.length > next.length) out += `\x1b[${next.length + 1};1H\x1b[J`;
  return out;
}
