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
    const bare = w.replace(/^[[(<{]+|[\])>},.]+$/g, '');
    if (PLACEHOLDER_NAMES.has(bare.split(/[:=]/)[0]!)) return true;
    // Names in capitals joined by underscores stand for values (HOST_PORT:CONTAINER_PORT, localhost:5000/IMAGE_NAME:TAG),
    // but not a variable being set (MYSQL_ROOT_PASSWORD=secret) or read ($HOST_PORT).
    const value = /^-*[A-Za-z_][\w-]*=/.test(bare) ? bare.slice(bare.indexOf('=') + 1) : bare;
    return value.split(/[:/@,]/).some((part) => CAPITALS.test(part));
  });
}

/** A placeholder in capitals: two words or more joined by underscores (`CONTAINER_PORT`, `TAG_NAME`). */
const CAPITALS = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
