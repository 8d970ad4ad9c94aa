/**
 * Makes a bundle file pure ASCII, for bundle.ts. esbuild escapes every string and template it
 * writes but leaves regular-expression literals as written (`/[가-힣]+/`), and the unminified
 * bundle keeps comments, so dref-main.js held a few hundred non-ASCII characters; then Node must
 * decode the whole file as UTF-8 into a two-byte string on every start, where an ASCII file is
 * copied byte for byte (launcher.ts reads it as Latin-1, some milliseconds sooner). `\uXXXX` means
 * the same character in a regular expression with or without the `u` flag (an astral character
 * becomes its surrogate pair, which is that character in both modes).
 */
import ts from 'typescript';

/** `가` → `\uac00`; `\—` (an identity escape) → `\u2014`. The same in a regular expression, a string or a comment. */
function escapeNonAscii(literal: string): string {
  return literal.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes: string, char: string) => {
    const escaped = `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return slashes.length % 2 ? `${slashes.slice(1)}${escaped}` : `${slashes}${escaped}`;
  });
}

/** Template literals, whose raw text a tag may read (String.raw), so that an escape would change it. */
const TEMPLATE_PIECES = new Set([ts.SyntaxKind.NoSubstitutionTemplateLiteral, ts.SyntaxKind.TemplateHead, ts.SyntaxKind.TemplateMiddle, ts.SyntaxKind.TemplateTail]);

/**
 * `source` with its non-ASCII characters escaped: in regular expressions, and in comments (which
 * the unminified bundle keeps). Throws where one is in a template literal, the one place an escape
 * can change what the program sees.
 */
export function asciiOnly(source: string, file: string): string {
  if (!/[^\x00-\x7f]/.test(source)) return source;
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const visit = (node: ts.Node): void => {
    if (TEMPLATE_PIECES.has(node.kind) && /[^\x00-\x7f]/.test(node.getText(tree))) {
      const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1;
      throw new Error(`${file}:${line}: a non-ASCII character in a template literal (${JSON.stringify(node.getText(tree).slice(0, 80))}); escape it in the source`);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return escapeNonAscii(source);
}
