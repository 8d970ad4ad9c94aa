/** How many terminal columns a text takes: Hangul and other East Asian wide characters take two. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** `text` followed by spaces up to `width` columns. */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * `text` cut to at most `width` columns, with `…` where it was cut (a wide character that would
 * straddle the edge goes too). Control characters are dropped: a line must never move the cursor.
 */
export function truncateToWidth(text: string, width: number): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  if (displayWidth(clean) <= width) return clean;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const char of clean) {
    const w = WIDE.test(char) ? 2 : 1;
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

/** `text` cut or padded to exactly `width` columns. */
export function fitToWidth(text: string, width: number): string {
  return padToWidth(truncateToWidth(text, width), width);
}

/** The end of `text` that fits in `width` columns, with `…` in front when its start was cut (where the typing is). */
export function truncateStartToWidth(text: string, width: number): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  if (displayWidth(clean) <= width) return clean;
  if (width <= 0) return '';
  const chars = [...clean];
  let out = '';
  let used = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    const w = WIDE.test(chars[i]!) ? 2 : 1;
    if (used + w > width - 1) break;
    out = chars[i]! + out;
    used += w;
  }
  return `…${out}`;
}

/**
 * `text` broken into lines of at most `width` columns, at a space where there is one; lines after
 * the first are indented by `hang` spaces (and so hold `hang` columns less).
 */
export function wrapToWidth(text: string, width: number, hang = 0): string[] {
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  if (width <= 0) return [''];
  const lines: string[] = [];
  let rest = [...clean];
  const room = () => Math.max(1, lines.length ? width - hang : width);
  while (displayWidth(rest.join('')) > room()) {
    const limit = room();
    let used = 0;
    let cut = 0;
    while (cut < rest.length && used + (WIDE.test(rest[cut]!) ? 2 : 1) <= limit) used += WIDE.test(rest[cut++]!) ? 2 : 1;
    if (cut === 0) cut = 1;
    const space = rest.lastIndexOf(' ', cut);
    // Break at the last space if it leaves a reasonable line, else mid-word.
    const at = space > limit / 3 && space <= cut ? space : cut;
    lines.push(rest.slice(0, at).join('').trimEnd());
    rest = rest.slice(at);
    if (at === space) rest = rest.slice(Math.max(0, rest.findIndex((c) => c !== ' ')));
  }
  lines.push(rest.join(''));
  return lines.map((line, i) => (i && hang ? `${' '.repeat(hang)}${line}` : line));
}
