/**
 * Types of the hand-written catalog: the structure the notes hang on.
 * Facts (flag names, types, defaults) follow `docker <cmd> --help` of the Docker 28 client;
 * every sentence is our own, in Korean and English.
 */

/** A text in both languages of the product. */
export interface Bilingual {
  readonly ko: string;
  readonly en: string;
}

/** Search keywords in both languages (재시작 ↔ restart). */
export interface Keywords {
  readonly ko: readonly string[];
  readonly en: readonly string[];
}

/** Value types as `docker --help` names them; `bool` is a flag that takes no value. */
export type OptionValueType =
  | 'bool'
  | 'string'
  | 'strings'
  | 'list'
  | 'map'
  | 'int'
  | 'uint'
  | 'uint16'
  | 'bytes'
  | 'decimal'
  | 'duration'
  | 'filter'
  | 'gpu-request'
  | 'mount'
  | 'network'
  | 'ulimit'
  | 'stringArray'
  | 'stringSlice'
  | 'stringToString'
  | 'float'
  | 'uint32'
  | 'uint64'
  | 'int64'
  | 'pref'
  | 'port'
  | 'command'
  | 'secret'
  | 'config'
  | 'pem-file'
  | 'node-addr'
  | 'credential-spec'
  | 'external-ca'
  | 'ipNetSlice';

/** One option of a docker command. */
export interface OptionSpec {
  /** Long name with dashes, e.g. `--restart`. */
  readonly long: string;
  /** Short form with its dash, e.g. `-p`. */
  readonly short?: string;
  /**
   * Older long names docker still accepts but its help hides (`--net` of `--network`, kept by docker/cli's
   * `cli/command/container/opts.go` with `MarkHidden`): read as this option, never offered.
   */
  readonly hidden?: readonly string[];
  readonly type: OptionValueType;
  /** Default as the help prints it (`"no"`, `true`, `[]`), when it prints one. */
  readonly default?: string;
  /** The closed set of accepted values, where there is one. A `:N` suffix is written `on-failure[:N]`. */
  readonly values?: readonly string[];
  /** True when the option may be given more than once (list, map, filter, …). */
  readonly repeatable: boolean;
  readonly deprecated?: boolean;
  /** Shown only with the plugin's experimental mode on (`BUILDX_EXPERIMENTAL=1`). */
  readonly experimental?: boolean;
  /** For `docker build`: the builder the flag needs (BuildKit, the default since Docker 23, or the legacy builder). */
  readonly builder?: 'buildkit' | 'legacy';
  readonly summary: Bilingual;
  /** A longer explanation, for options the notes explain in words. */
  readonly details?: Bilingual;
  readonly keywords?: Keywords;
  /** Example command lines using the option. */
  readonly examples?: readonly string[];
}

/** A positional argument in a usage line. */
export interface ArgumentSpec {
  readonly name: string;
  readonly required: boolean;
  readonly repeatable: boolean;
  /** What the argument names, for explain: an image, a container, a path, … */
  readonly role: 'image' | 'container' | 'path' | 'file' | 'url' | 'term' | 'server' | 'command' | 'argument' | 'object';
}

/** One docker CLI command (`docker run`, `docker image prune`). */
export interface CommandSpec {
  /** Canonical name without the program, e.g. `run`, `image prune`. */
  readonly name: string;
  /** Other spellings, without the program (`container run`, `image rm`). */
  readonly aliases: readonly string[];
  readonly usage: string;
  readonly args: readonly ArgumentSpec[];
  readonly summary: Bilingual;
  readonly details?: Bilingual;
  readonly keywords: Keywords;
  readonly options: readonly OptionSpec[];
  /**
   * Flags the command accepts but its help and reference leave out (cobra's `MarkHidden`): read when
   * the notes use them, never listed, offered or given an entry.
   */
  readonly hiddenOptions?: readonly OptionSpec[];
  readonly examples?: readonly string[];
  /** Options accepted by the program itself, before the command (`docker -H`), or by a daemon. */
  readonly scope?: 'cli' | 'global' | 'daemon';
  /** Canonical names of related entries; where the notes never name this command, their passages stand in. */
  readonly related?: readonly string[];
  /** For a management command (`network`, `compose`): the words of its subcommands. */
  readonly subcommands?: readonly string[];
  /** True when docker's flags end at the first argument, as for `run IMAGE COMMAND…` and `exec CONTAINER COMMAND…`. */
  readonly optionsEndAtFirstArgument?: boolean;
  /** The product the command belongs to, when it is a CLI plugin. */
  readonly plugin?: 'compose' | 'buildx';
  /** Where the facts come from (a saved help page, a plugin's reference file). */
  readonly source?: string;
}

/** A form in which an instruction can be written. */
export interface InstructionForm {
  readonly name: 'shell' | 'exec' | 'plain';
  readonly syntax: string;
  readonly summary: Bilingual;
}

/** A flag of a Dockerfile instruction (`COPY --from`, `HEALTHCHECK --interval`). */
export interface InstructionFlagSpec {
  readonly name: string;
  readonly value: string;
  readonly default?: string;
  readonly summary: Bilingual;
}

/** A Dockerfile instruction. */
export interface InstructionSpec {
  readonly name: string;
  readonly forms: readonly InstructionForm[];
  readonly flags: readonly InstructionFlagSpec[];
  readonly summary: Bilingual;
  readonly details?: Bilingual;
  readonly keywords: Keywords;
  readonly examples: readonly string[];
  readonly deprecated?: { readonly since: string; readonly replacement: string };
}

/** A Dockerfile parser directive (`# syntax=`, `# escape=`, `# check=`). */
export interface DirectiveSpec {
  readonly name: string;
  readonly syntax: string;
  readonly summary: Bilingual;
}

/** A concept the notes teach (`dangling image`, `build cache`). */
export interface ConceptSpec {
  readonly slug: string;
  readonly title: Bilingual;
  readonly summary: Bilingual;
  readonly body: Bilingual;
  readonly keywords: Keywords;
  /** Canonical names of related entries (`docker image prune`, `HEALTHCHECK`, `concept:layers`). */
  readonly related: readonly string[];
  readonly examples?: readonly string[];
  /** Distinctive phrases that mark a notes passage as explaining this concept (matched case-insensitively as substrings); the ingest links passages containing any of them. */
  readonly noteTerms: readonly string[];
}

/** A side-by-side comparison the notes draw. */
export interface ComparisonSpec {
  readonly slug: string;
  readonly title: Bilingual;
  readonly summary: Bilingual;
  /** The entries compared, as canonical names. */
  readonly subjects: readonly string[];
  /** One row per aspect; one cell per subject, in `subjects` order. */
  readonly rows: readonly { readonly aspect: Bilingual; readonly cells: readonly Bilingual[] }[];
  readonly keywords: Keywords;
  /** Distinctive phrases that mark a notes passage as covering this entry; the ingest links passages containing any of them. */
  readonly noteTerms: readonly string[];
}

/** A typed placeholder of a recipe: `{{registry_host}}`. */
export interface PlaceholderSpec {
  readonly name: string;
  readonly type: 'image' | 'tag' | 'container' | 'host' | 'port' | 'path' | 'file' | 'string' | 'url';
  readonly default?: string;
  readonly summary: Bilingual;
}

/** A workflow the notes walk through, as steps with placeholders. */
export interface RecipeSpec {
  readonly slug: string;
  readonly title: Bilingual;
  readonly summary: Bilingual;
  readonly placeholders: readonly PlaceholderSpec[];
  readonly steps: readonly { readonly summary: Bilingual; readonly command: string }[];
  readonly keywords: Keywords;
  readonly related: readonly string[];
  /** Distinctive phrases that mark a notes passage as covering this entry; the ingest links passages containing any of them. */
  readonly noteTerms: readonly string[];
}
