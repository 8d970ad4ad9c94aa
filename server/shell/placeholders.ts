/**
 * Placeholders as cheat sheets and docs write them: a name in angle brackets (`<hash>`, `<이미지>`)
 * or tldr's double braces (`{{container}}`). They stand for a value the reader supplies, so they
 * are read as words (tokenize-shell.ts) and not judged as values (option-values.ts).
 */

/**
 * A name in angle brackets, without shell operators: one word (`<hash>`, `<user_name>`), or a few words
 * of letters (`<file path>`, `<host directory>`). A space right inside a bracket is a shell's
 * (`<in.tar >out.log` reads in.tar and writes out.log).
 */
const ANGLED = /<[A-Za-z_\uAC00-\uD7A3][^<>\s|;&'"`$()]*(?: [A-Za-z\uAC00-\uD7A3][A-Za-z0-9_\uAC00-\uD7A3-]*){0,4}>/;

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
