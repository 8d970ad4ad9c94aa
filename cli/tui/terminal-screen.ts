/**
 * The terminal around the TUI. It draws on the alternate screen, as less, vim and fzf do, so the
 * shell's screen and its scrollback come back untouched when it ends — by q, Ctrl-C, a crash or a
 * signal. And Ink must not think it runs in CI: Ink decides that once, when it is loaded, from
 * `CI` in the environment, and then draws nothing until it exits (right for a CI log, a blank
 * screen for someone who exported CI=1 in their shell).
 */

const ENTER = '\x1b[?1049h\x1b[H';
const LEAVE = '\x1b[?1049l';

export interface AlternateScreen {
  /** Back to the shell's screen (once, however often it is called). */
  leave(): void;
  /**
   * Called once Ink is mounted (its own exit and signal handlers are registered by then, so these
   * run after them): on a signal or an exit by any other path, `unmount` Ink, then leave. With a
   * signal listener of ours Node does not end the process by itself, so it ends here.
   */
  guard(unmount: () => void): void;
}

/** Switches to the alternate screen. */
export function enterAlternateScreen(write: (text: string) => void): AlternateScreen {
  let left = false;
  let onExit = () => undefined as void;
  const onSignal = (signal: NodeJS.Signals) => {
    onExit();
    process.exit(128 + (SIGNAL_NUMBERS[signal] ?? 1));
  };
  const leave = () => {
    if (left) return;
    left = true;
    process.off('exit', onExit);
    for (const signal of SIGNALS) process.off(signal, onSignal);
    write(LEAVE);
  };
  write(ENTER);
  return {
    leave,
    guard(unmount) {
      onExit = () => { unmount(); leave(); };
      process.once('exit', onExit);
      for (const signal of SIGNALS) process.once(signal, onSignal);
    },
  };
}

const SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGHUP', 'SIGINT'];
const SIGNAL_NUMBERS: Readonly<Partial<Record<NodeJS.Signals, number>>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/** Runs `load` (the import of Ink) with CI and CONTINUOUS_INTEGRATION out of the environment, and puts them back. */
export async function loadOutsideCi<T>(load: () => Promise<T>): Promise<T> {
  const saved = { CI: process.env.CI, CONTINUOUS_INTEGRATION: process.env.CONTINUOUS_INTEGRATION };
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  try {
    return await load();
  } finally {
    for (const [name, value] of Object.entries(saved)) if (value !== undefined) process.env[name] = value;
  }
}
