/** Quotes a word for a POSIX shell only when it needs it. */

const SAFE = /^[A-Za-z0-9_@%+=:,./{}-]+$/;

export function quoteShellWord(word: string): string {
  if (word !== '' && SAFE.test(word) && !word.startsWith('{{')) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
