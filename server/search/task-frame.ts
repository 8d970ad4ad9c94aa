/**
 * The frame tutorials put around a task: "Run the following command to save the changes", "To see the services of a
 * stack, run", 다음 명령어를 실행하여 변경 사항을 저장합니다, 이 명령은 …. Running the command shown is how to do the task,
 * not the task: left in, its "run" (실행) reads as `docker run`. What is left is the task.
 */

/**
 * Each frame with words one of which every match of it holds (its own case aside): a query without
 * them skips the frame. Compiling these case-blind expressions was a millisecond of a one-word search.
 * A frame never puts letters in, so the words are looked for in what the frames before it left.
 */
const FRAMES: readonly { readonly frame: RegExp; readonly words: readonly string[] }[] = [
  { frame: /\b(?:run|use|execute|type|enter|try|issue)\s+(?:the\s+)?(?:following|this|below|next)\s+commands?(?:\s+to\b)?/gi, words: ['command'] },
  { frame: /\b(?:with|using|by running|by using)\s+(?:a\s+single|one|the\s+following|this)\s+command\b/gi, words: ['command'] },
  { frame: /\bthe\s+(?:following|below)\s+commands?\b/gi, words: ['command'] },
  { frame: /\bthis\s+(?:command|option|flag)\b/gi, words: ['this'] },
  { frame: /,?\s*\b(?:run|use|type|execute)\s*:?\s*$/gi, words: ['run', 'use', 'type', 'execute'] },
  {
    frame: /(?:다음|아래의?|위의?|이)\s*(?:명령어?|커맨드|옵션|플래그)(?:들)?\s*(?:을|를|으로|로|은|는|이|가)?\s*(?:실행하여|실행해서|실행해|실행하면|실행하고|실행합니다|사용하여|사용해서|사용해|입력하여|입력해|통해)?/g,
    words: ['명령', '커맨드', '옵션', '플래그'],
  },
  // "…하려면 다음을 실행합니다": what is shown is run, the task is said before it.
  { frame: /(?:다음|아래)(?:과 같이|을|를)?\s*(?:실행|입력)(?:합니다|하세요|하십시오|해\s*보세요)\s*$/g, words: ['실행', '입력'] },
];

/** The task inside a tutorial's sentence, or the sentence itself when nothing is left without the frame. */
export function withoutTaskFrame(query: string): string {
  let task = query;
  for (const { frame, words } of FRAMES) {
    // Lower case maps no other letter onto an ASCII one it lacks (it adds some, which only costs a look).
    const lower = task.toLowerCase();
    if (words.some((w) => lower.includes(w))) task = task.replace(frame, ' ');
  }
  task = task.replace(/\s+/g, ' ').trim();
  // An ASCII letter or digit answers most queries without compiling the whole of \p{L}.
  return /[A-Za-z0-9]/.test(task) || /[\p{L}\p{N}]/u.test(task) ? task : query;
}
