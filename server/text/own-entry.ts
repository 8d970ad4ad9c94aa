/** Safe look-ups in lookup tables keyed by what a user typed. */

/** `table[key]` when the table has that key of its own: keys from the command line never reach Object.prototype. */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
