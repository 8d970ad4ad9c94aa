/** Waits for an Ink test render to show something, failing with the screen it shows instead. */
export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function until(check: () => boolean, frame: () => string | undefined, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out; the screen shows:\n${frame()}`);
    await wait(20);
  }
}
