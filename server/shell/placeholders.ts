/**
 * Placeholders as cheat sheets and docs write them: a name in angle brackets (`<hash>`, `<이미지>`)
 * or tldr's double braces (`{{container}}`). They stand for a value the reader supplies, so they
 * are read as words (tokenize-shell.ts) and not judged as values (option-values.ts).
 */

/** A name in angle brackets, without spaces or shell operators. */
const ANGLED = /<[A-Za-z_\uAC00-\uD7A3][^<>\s|;&'"`$()]*>/;

/**
 * An angle-bracket placeholder at the start of `text`, followed by the end of the word or by what
 * joins a value's parts (`<service>=<replicas>`, `<user>/<repo>:<tag>`); not `<a>b`, which a shell
 * reads as "from a, to b".
 */
export const PLACEHOLDER_AT_START = new RegExp(`^${ANGLED.source}(?=$|[\\s=:/,@.)\\]'"|;&])`);

/** Whether a value holds a placeholder of either kind. */
export function holdsPlaceholder(value: string): boolean {
  return ANGLED.test(value) || /\{\{[^{}]*\}\}/.test(value);
}
