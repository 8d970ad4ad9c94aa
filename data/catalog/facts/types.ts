/**
 * The fact part of the catalog, generated from the sources (`npm run catalog:facts`), never typed:
 * every command of the Docker CLI, Compose and Buildx with its usage, aliases and flags.
 * The words (summaries, keywords, details) live apart, in `data/catalog/words/`.
 */

/** One flag as the source lists it. */
export interface OptionFacts {
  readonly long: string;
  readonly short?: string;
  /** The value type as `--help` prints it (`string`, `list`, `stringArray`), `bool` for a switch. */
  readonly type: string;
  /** The default as the source prints it, when it has one that says something. */
  readonly default?: string;
  readonly deprecated?: true;
  readonly experimental?: true;
}

/** One command: `container exec` (canonical spelling `exec`), `compose up`, `buildx imagetools inspect`. */
export interface CommandFacts {
  /** Canonical spelling without the program: the alias with the fewest words. */
  readonly name: string;
  /** Every other spelling, without the program. */
  readonly aliases: readonly string[];
  readonly usage: string;
  readonly options: readonly OptionFacts[];
  /** For a management command (`network`, `compose`): the words of its subcommands. */
  readonly subcommands?: readonly string[];
  /** Where the facts come from: a saved help page or a plugin's reference file. */
  readonly source: string;
}

/** The facts of one program or plugin. */
export interface FactsFile {
  /** The source as a whole: `docker 28.2.2 --help`, `docker/compose v2.36.2 docs/reference`. */
  readonly source: string;
  readonly commands: readonly CommandFacts[];
}
