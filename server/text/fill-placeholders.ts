/** Message templates filled in: `{name}` stands for a value, in every language's text alike. */

/** `text` with each `{name}` replaced by params.name (left as it is when params has no such name). */
export function fillPlaceholders(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
