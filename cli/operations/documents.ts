/** The GraphQL operations the CLI runs, in-process or against a server: one per command. */

const ENTRY_FIELDS = `
  id kind name title summary body keywords aliases
  notes { startLine endLine role text section { path title file } errata { line column severity message suggestion } }
  examples { text kind source valid startLine }
  related { id kind name title }
  ... on Command { usage arguments { name required repeatable } options { name long short valueType default values repeatable summary } }
  ... on Option { long short valueType default values repeatable deprecated command { name } }
  ... on Instruction { forms { name syntax summary } flags { name value default summary } deprecation { since replacement } }
  ... on Comparison { subjects rows { aspect cells } }
  ... on Recipe { placeholders { name type default summary } steps { summary command } }`;

export const SEARCH = `query Search($query: String!, $kinds: [EntryKind!], $first: Int, $after: String, $passages: Int) {
  search(query: $query, kinds: $kinds, first: $first, after: $after) {
    totalCount didYouMean pageInfo { hasNextPage endCursor }
    edges { score snippet matched node { id kind name title summary } }
  }
  passages(query: $query, first: $passages) { file line snippet score passage { startLine endLine section { path title } } }
}`;

export const SHOW = `query Show($name: String!) { lookup(name: $name) { ${ENTRY_FIELDS} } }`;

export const EXPLAIN = `query Explain($line: String!) {
  explain(line: $line) { tokens { text start end role meaning entry { name summary } } problems { start end message suggestion } }
}`;

export const EXPLAIN_DOCKERFILE = `query ExplainDockerfile($line: String!) {
  explainDockerfileLine(line: $line) { instruction form tokens { text start end role meaning entry { name summary } } problems { start end message suggestion } }
}`;

export const COMMAND_OPTIONS = `query CommandOptions($name: String!) {
  command(name: $name) { name options { long short valueType repeatable } }
}`;

export const GENERATE = `query Generate($input: GenerateInput!) { generate(input: $input) { line argv command } }`;

export const FILL_RECIPE = `query FillRecipe($slug: String!, $values: [PlaceholderValue!]) {
  fillRecipe(slug: $slug, values: $values) { commands recipe { name title steps { summary } placeholders { name type default summary } } }
}`;

export const LINT = `query Lint($source: String!) {
  lintDockerfile(source: $source) { findings { rule severity line column message fix entry { id name summary } } }
}`;

export const COMPARE = `query Compare($a: String!, $b: String!) {
  compare(a: $a, b: $b) {
    a { name kind title summary } b { name kind title summary }
    comparison { name title summary subjects rows { aspect cells } }
  }
}`;

export const ERRATA = `query Errata($severity: Severity) {
  errata(severity: $severity) { file line column rule severity message suggestion excerpt entry { name } section { path title } }
}`;

/**
 * The notes around lines, with what `dref show FILE:LINE` prints. Compiled and tested with the rest;
 * the command still reads the database itself (cli/notes-reader.ts), so --endpoint does not serve it yet.
 */
export const NOTES_AT = `query NotesAt($file: String!, $line: Int!, $endLine: Int) {
  notesAt(file: $file, line: $line, endLine: $endLine) {
    file lineCount startLine endLine place blank
    headings { path title level startLine }
    passages { startLine endLine text section { path } }
    previous { startLine endLine text section { path } }
    next { startLine endLine text section { path } }
    lines { line text }
    errata { line column severity rule message suggestion }
    entries { role startLine endLine entry { id kind name title summary } }
  }
}`;
