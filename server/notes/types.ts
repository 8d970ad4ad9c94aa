/** The notes as parsed: sections of the Markdown dialect and the nodes found in them. Lines are 1-based. */

/** A line range, both ends included. */
export interface LineRange {
  readonly startLine: number;
  readonly endLine: number;
}

/** A paragraph of prose: what entries link to and search reads. */
export interface PassageNode extends LineRange {
  readonly kind: 'passage';
  readonly text: string;
  /** The text of a code block, kept so search finds it; prose checks pass it over. */
  readonly isCode?: boolean;
}

/** `NAME : text` or `* NAME : text`: a passage that defines an entry by name. */
export interface DefinitionNode extends LineRange {
  readonly kind: 'definition';
  readonly name: string;
  readonly text: string;
}

/** A docker command line (quoted `'docker …'` or bare), joined across `\` continuations. */
export interface CommandNode extends LineRange {
  readonly kind: 'command';
  /** 1-based column of the command's first character on startLine. */
  readonly column: number;
  readonly text: string;
  /** Text right after the closing quote on the same line: a quote closed too early leaves arguments there. */
  readonly after: string;
  /** Quoted inside a Korean sentence (`'docker rmi -f'로 …`), or a line of prose holding only a command's words: it may name a command's form rather than show a full example. */
  readonly inline: boolean;
}

/** A quoted shell command that is not docker (`'curl localhost:5000/v2/'`). */
export interface ShellNode extends LineRange {
  readonly kind: 'shell';
  readonly column: number;
  readonly text: string;
}

/** A quoted word or phrase that names something (`'-a'`, `'on-failure:5'`, `'docker search'`). */
export interface MentionNode extends LineRange {
  readonly kind: 'mention';
  readonly column: number;
  readonly text: string;
}

/** One line of a Dockerfile snippet, with where it stands in the notes. */
export interface SnippetLine {
  readonly line: number;
  /** 1-based column of the first character of `text` in the notes line. */
  readonly column: number;
  readonly text: string;
}

/** A Dockerfile (or one instruction) written in the notes. */
export interface DockerfileNode extends LineRange {
  readonly kind: 'dockerfile';
  readonly lines: readonly SnippetLine[];
}

export type NoteNode = PassageNode | DefinitionNode | CommandNode | ShellNode | MentionNode | DockerfileNode;

/** A heading and the lines it spans, up to the next heading. */
export interface ParsedSection extends LineRange {
  /** Dotted number from the heading (`2.4.3.2`), or a slug of the title when it has none. */
  readonly path: string;
  readonly title: string;
  readonly level: number;
  readonly nodes: readonly NoteNode[];
}

/** Something in the Markdown itself that renders otherwise than its author meant (a fence never closed). */
export interface MarkupProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly suggestion: string;
  readonly messageKo: string;
  readonly suggestionKo: string;
}

/** One notes file, parsed. */
export interface NotesDocument {
  readonly file: string;
  readonly lines: readonly string[];
  readonly sections: readonly ParsedSection[];
  readonly markupProblems: readonly MarkupProblem[];
}
