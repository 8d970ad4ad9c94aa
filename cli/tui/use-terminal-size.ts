/**
 * The terminal's size, read again whenever the window is resized. Ink lays out again on a resize,
 * but with the tree of the last render, whose widths are the old ones: without this hook the
 * panes would keep their old widths until something else made them render. Its listener goes
 * before Ink's; when the window narrows, Ink also clears the screen, so the frame left there is
 * drawn at the new size (the pty test checks both directions).
 */
import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface TerminalSize {
  readonly columns: number;
  readonly rows: number;
}

export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState<TerminalSize>(() => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 }));
  useEffect(() => {
    const onResize = () => setSize({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
    stdout.prependListener('resize', onResize);
    return () => { stdout.off('resize', onResize); };
  }, [stdout]);
  return size;
}
