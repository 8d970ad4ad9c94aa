/** `dref browse`: the terminal UI. (Placeholder until the Ink UI lands in this change.) */
export async function browseCommand(): Promise<number> {
  return 0;
}
