/**
 * The frame tutorials put around a task: "Run the following command to save the changes", "To see the services of a
 * stack, run", 다음 명령어를 실행하여 변경 사항을 저장합니다, 이 명령은 …. Running the command shown is how to do the task,
 * not the task: left in, its "run" (실행) reads as `docker run`. What is left is the task.
 */

const ENGLISH_FRAMES = [
  /\b(?:run|use|execute|type|enter|try|issue)\s+(?:the\s+)?(?:following|this|below|next)\s+commands?(?:\s+to\b)?/gi,
  /\b(?:with|using|by running|by using)\s+(?:a\s+single|one|the\s+following|this)\s+command\b/gi,
  /\bthe\s+(?:following|below)\s+commands?\b/gi,
  /\bthis\s+(?:command|option|flag)\b/gi,
  /,?\s*\b(?:run|use|type|execute)\s*:?\s*$/gi,
];

const KOREAN_FRAMES = [
  /(?:다음|아래의?|위의?|이)\s*(?:명령어?|커맨드|옵션|플래그)(?:들)?\s*(?:을|를|으로|로|은|는|이|가)?\s*(?:실행하여|실행해서|실행해|실행하면|실행하고|실행합니다|사용하여|사용해서|사용해|입력하여|입력해|통해)?/g,
  // "…하려면 다음을 실행합니다": what is shown is run, the task is said before it.
  /(?:다음|아래)(?:과 같이|을|를)?\s*(?:실행|입력)(?:합니다|하세요|하십시오|해\s*보세요)\s*$/g,
];

/** The task inside a tutorial's sentence, or the sentence itself when nothing is left without the frame. */
export function withoutTaskFrame(query: string): string {
  let task = query;
  for (const frame of [...ENGLISH_FRAMES, ...KOREAN_FRAMES]) task = task.replace(frame, ' ');
  task = task.replace(/\s+/g, ' ').trim();
  return /[\p{L}\p{N}]/u.test(task) ? task : query;
}
