/** Copies text to the terminal's clipboard with OSC 52, which works over SSH too. */
export function osc52(text: string): string {
  return `\x1b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\x07`;
}
