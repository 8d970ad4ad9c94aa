/** How an explained token is shown, on the command line and in the TUI alike. */

/** A value sits indented under its flag: the flag's row says what the flag does, the value's what it asks for. */
export function isValueRole(role: string): boolean {
  return role === 'option value' || role === 'flag value';
}

/** The token's label: a value indented, a letter of a flag group (`t` of `-itd`) as the flag it stands for. */
export function tokenLabel(token: { readonly text: string; readonly role: string }): string {
  if (isValueRole(token.role)) return `  ${token.text}`;
  // Only a letter of a group: `[OPTIONS]` and `$(docker-machine config)` stand for options and are shown as written.
  return token.role === 'option' && /^[A-Za-z0-9?]$/.test(token.text) ? `-${token.text}` : token.text;
}
