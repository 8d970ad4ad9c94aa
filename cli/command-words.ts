/** The command words `dref` takes, for main.ts's dispatch and the launcher's code cache (one file per command, none for a mistyped one). */
export const COMMAND_WORDS = ['search', 'show', 'explain', 'gen', 'lint', 'compare', 'errata', 'browse', 'ingest', 'serve', 'completions'] as const;

export type CommandWord = (typeof COMMAND_WORDS)[number];

export function isCommandWord(word: string | undefined): word is CommandWord {
  return (COMMAND_WORDS as readonly string[]).includes(word ?? '');
}
