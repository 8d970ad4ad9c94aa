#!/usr/bin/env bash
# Saves `docker … --help` of every command of the installed Docker client into docker-help/,
# one file per command under its canonical spelling (the alias with the fewest words), the
# source of the CLI's facts (npm run catalog:facts reads them). Run it after upgrading Docker.
set -euo pipefail
out="$(dirname "$0")/docker-help"
rm -f "$out"/*.txt
docker --help > "$out/docker.txt" 2>/dev/null
save() { # words of one command
  local page canonical
  page="$(docker "$@" --help 2>/dev/null)"
  canonical="$*"
  if aliases="$(printf '%s\n' "$page" | awk '/^Aliases:/{getline; print; exit}')" && [ -n "$aliases" ]; then
    canonical="$(printf '%s\n' "$aliases" | tr ',' '\n' | sed 's/^ *docker //' | awk '{ print NF "\t" NR "\t" $0 }' | sort -n -k1,1 -k2,2 | head -1 | cut -f3)"
  fi
  local file="$out/${canonical// /-}.txt"
  [ -e "$file" ] && return 0
  # shellcheck disable=SC2086
  docker $canonical --help > "$file" 2>/dev/null
}
commands_of() { awk '/^([A-Za-z]+ )?Commands:/{f=1;next} /^$/{f=0} f{sub(/\*$/, "", $1); print $1}'; }
walk() { # a command and, recursively, its subcommands
  save "$@"
  for s in $(docker "$@" --help 2>/dev/null | commands_of); do walk "$@" "$s"; done
}
for c in $(commands_of < "$out/docker.txt"); do walk "$c"; done
echo "saved $(ls "$out" | wc -l) pages from $(docker --version)"
