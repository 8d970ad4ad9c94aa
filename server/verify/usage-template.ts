/**
 * A command line written as a usage template — `docker tag [이미지] [아이디]/httpd:3.0`,
 * `docker logs <container> -f`, `docker history IMAGE`, `docker pull httpd(:latest)` — shows a
 * command's form with placeholders. It is not checked as a command: its "arguments" are names of
 * arguments.
 */

const PLACEHOLDER_NAMES = new Set(['IMAGE', 'CONTAINER', 'NAME', 'TAG', 'PATH', 'URL', 'COMMAND', 'CMD', 'ARG', 'ARGS', 'OPTIONS', 'VOLUME',
  'NETWORK', 'SOURCE', 'TARGET', 'SRC', 'DEST', 'REPOSITORY', 'REPO', 'USER', 'ID', 'HOST', 'PORT', 'FILE', 'DIR', 'SERVICE', 'NODE', 'VERSION']);

/** Whether a docker command line (as written in the notes) is a usage template. */
export function isUsageTemplate(text: string): boolean {
  const unquoted = text.replace(/'[^']*'|"[^"]*"/g, '""');
  if (/(^|[\s:=/@])(\[[^\]\s][^\]]*\]|<[^<>\s][^<>]*>)/u.test(unquoted)) return true;
  if (/[\w-]\(:?[\w.-]+\)/.test(unquoted)) return true;
  return unquoted.split(/\s+/).some((w) => {
    const bare = w.replace(/^[[(<{]+|[\])>},.]+$/g, '').split(/[:=]/)[0]!;
    return PLACEHOLDER_NAMES.has(bare) || /^[A-Z]+_(ID|NAME)$/.test(bare);
  });
}
