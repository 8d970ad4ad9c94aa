/** A docker command line written after a bullet glyph or a label, as notes in plain text write them. */

/**
 * A bullet glyph that is not Markdown's (•, ○, ▪) or a short label (`Ex:`, `For ex:`, `Bind :`) before a docker
 * command on a line of prose, the command ending at an arrow that explains it (`… /bin/sh -> terminal of image`).
 * A dash before words (`docker create - creates a layer`) explains the command too, but may be its arguments:
 * such a line is left as prose. A list of such lines shows forms as often as examples (`• docker run -P`), so
 * the command is read as a command quoted in a sentence: one lacking only its arguments names a form.
 */
const LABELLED_COMMAND = /^(?:[•○◦▪▫●■□‣·]\s*)?(?:[A-Za-z][A-Za-z.]*(?: [A-Za-z.]+)?\s?:\s+)?(?=(?:sudo\s+)?docker\s+[a-z])/;
const EXPLAINING_ARROW = /\s+(?:-{1,2}>|=>|→)(?:\s|$)/;

/** The command a line holds after its bullet or label, with its column offset in the line; undefined for none. */
export function labelledCommand(line: string): { offset: number; text: string } | undefined {
  const lead = LABELLED_COMMAND.exec(line);
  if (!lead || !lead[0]) return undefined;
  const rest = line.slice(lead[0].length);
  const arrow = EXPLAINING_ARROW.exec(rest);
  const text = (arrow ? rest.slice(0, arrow.index) : rest).trimEnd();
  if (/\s-{1,2}\s+[A-Za-z]/.test(text) || text.endsWith('\\')) return undefined;
  return { offset: lead[0].length, text };
}
