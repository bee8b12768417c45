#!/usr/bin/env bash
# Deploys one Docker host's compose project and keeps it running: validates the new compose file, keeps the
# deployed one as the previous project, brings the new one up, waits until every container is healthy, and
# when one is not, puts the previous project back.
#
#   scripts/docker-deploy.sh --project-dir DIR --name NAME --compose FILE [--timeout SECONDS]
#
#   --project-dir   the project's folder on the host (it must exist); the deployed file is DIR/compose.yaml,
#                   the one before it DIR/previous/compose.yaml; relative paths in FILE (env_file: secrets/...,
#                   ./config) resolve against DIR, as they will once FILE is installed there
#   --name          the compose project name (lower-case letters, digits, '-' and '_'), e.g. media
#   --compose       the new compose file
#   --timeout       seconds every container has to become healthy, for the deploy and again for a rollback
#                   (default 300: the catalog's health checks run every 30 seconds, the first after 30)
#
# Steps: `docker-compose config -q` refuses a broken file before anything changes; the images are pulled
# (skipped with HOMELAB_DEPLOY_NO_PULL=1, for engines that cannot pull); DIR/compose.yaml moves to
# DIR/previous/compose.yaml and FILE takes its place; `up -d --remove-orphans` recreates only the services
# whose configuration changed (compose's own comparison; nothing is force-recreated) and removes those
# no longer in the file. Then every container of the project must be `healthy` (one without a health check:
# `running`) within the timeout; a container that turns unhealthy, exits or restarts fails the deploy at
# once. A failed deploy is rolled back: the previous file is installed and brought up again (compose
# recreates just the services that differ) and must become healthy in its turn. Without a previous
# project the new one is stopped, its containers kept for `docker logs`, and its file kept as
# DIR/failed/compose.yaml. The engine is the one DOCKER_HOST names (default: the local socket).
#
# Messages are `docker-deploy: <project>: <what happened>; <what to do>`; docker-compose's own output
# passes through. Exit codes: 0 deployed and healthy, 1 the deploy failed (rolled back, or stopped when
# there was nothing to roll back to), 2 the rollback failed as well, 64 bad usage, 65 FILE is not a valid
# compose project (nothing changed), 69 a tool is missing, 75 another deploy of DIR is running.
set -euo pipefail

readonly prog=docker-deploy
readonly usage="usage: scripts/docker-deploy.sh --project-dir DIR --name NAME --compose FILE [--timeout SECONDS]"
say() { printf '%s: %s\n' "$prog" "$*"; }
err() { printf '%s: %s\n' "$prog" "$*" >&2; }
die() {
  local code=$1
  shift
  err "$@"
  exit "$code"
}
usage_error() { die 64 "$1; $usage"; }

# ---- arguments ---------------------------------------------------------------------------------------
dir="" name="" file="" timeout=300
while (($# > 0)); do
  case $1 in
    --project-dir | --name | --compose | --timeout)
      [[ $# -ge 2 && -n $2 ]] || usage_error "$1 needs a value"
      case $1 in
        --project-dir) dir=$2 ;;
        --name) name=$2 ;;
        --compose) file=$2 ;;
        --timeout) timeout=$2 ;;
      esac
      shift 2
      ;;
    -h | --help) echo "$usage" && exit 0 ;;
    *) usage_error "unknown argument \"$1\"" ;;
  esac
done
[[ -n $dir ]] || usage_error "--project-dir is missing"
[[ -n $name ]] || usage_error "--name is missing"
[[ -n $file ]] || usage_error "--compose is missing"
[[ $name =~ ^[a-z0-9][a-z0-9_-]*$ ]] ||
  usage_error "--name must be a compose project name (lower-case letters, digits, '-' and '_'), got \"$name\""
[[ $timeout =~ ^[1-9][0-9]*$ ]] || usage_error "--timeout must be a whole number of seconds above 0, got \"$timeout\""
[[ -d $dir ]] || usage_error "the project folder $dir does not exist: create it (the host's role does) or check --project-dir"
[[ -f $file && -r $file ]] || usage_error "cannot read the compose file $file: give the path of the new compose.yaml"
dir=$(cd "$dir" && pwd)
file=$(cd "$(dirname "$file")" && pwd)/$(basename "$file")

need_tool() { command -v "$1" >/dev/null 2>&1 || die 69 "$1 is not installed (no $1 in PATH): apt-get install $2"; }
need_tool docker docker.io
need_tool docker-compose docker-compose
need_tool flock util-linux

current=$dir/compose.yaml
previous=$dir/previous/compose.yaml
failed=$dir/failed/compose.yaml

# Two deploys of one project at once would each keep the other's file as "previous".
exec 9>"$dir/.deploy.lock"
flock -n 9 || die 75 "$name: another deploy of $dir is running (it holds $dir/.deploy.lock); wait for it to finish"

# compose FILE ARGS...: docker-compose on this project with FILE, relative paths resolved against DIR.
compose() {
  local f=$1
  shift
  docker-compose --project-name "$name" --project-directory "$dir" --file "$f" "$@"
}

# ---- validate, pull ----------------------------------------------------------------------------------
if ! out=$(compose "$file" config -q 2>&1); then
  said=$(tr -s '[:space:]' ' ' <<<"$out" | sed 's/^ //; s/ $//')
  die 65 "$name: $file is not a valid compose project, docker-compose says: $said; fix the file and deploy again (nothing was changed)"
fi
if [[ ${HOMELAB_DEPLOY_NO_PULL:-0} != 1 ]]; then
  compose "$file" pull ||
    die 1 "$name: pulling the images of $file failed (docker-compose's output above); check the image names and tags" \
      "and the registry, then deploy again (nothing was changed)"
fi

# ---- health ------------------------------------------------------------------------------------------
# One line per container: id, name, status, health (none without a check), restart count, exit code.
tab=$'\t'
state_format="{{.Id}}$tab{{.Name}}$tab{{.State.Status}}$tab{{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}"
readonly state_format+="$tab{{.RestartCount}}$tab{{.State.ExitCode}}"
readonly health_log_format='{{with .State.Health}}{{range .Log}}exit {{.ExitCode}}: {{json .Output}}{{"\n"}}{{end}}{{end}}'

# What a container last said: its last health check's result, else its last log line.
last_words() {
  local line
  line=$(docker inspect --format "$health_log_format" "$1" 2>/dev/null | sed '/^$/d' | tail -n 1 | sed -E 's/(\\n)+"$/"/')
  if [[ -n $line ]]; then
    echo "last health check $line"
  else
    line=$(docker logs --tail 1 "$1" 2>&1 | tr -d '\r' | tail -n 1)
    echo "last log line: ${line:-(none)}"
  fi
}

# wait_healthy FILE: 0 when every container of the project is healthy (or running, without a health
# check) within the timeout; else 1, after one line per container that failed or was still waiting.
wait_healthy() {
  local f=$1 deadline=$((SECONDS + timeout)) id cname status health restarts code
  local -A first_restarts=()
  while :; do
    local ids=() waiting=() broken=()
    local -A seen=()
    mapfile -t ids < <(compose "$f" ps -q)
    if ((${#ids[@]} == 0)); then
      err "$name: the project has no containers after up; check $f (docker-compose's output above)"
      return 1
    fi
    while IFS=$'\t' read -r id cname status health restarts code; do
      seen[$id]=1
      cname=${cname#/}
      : "${first_restarts[$cname]:=$restarts}"
      if [[ $status == exited || $status == dead ]]; then
        broken+=("$cname exited with code $code")
      elif [[ $status == restarting || $restarts != "${first_restarts[$cname]}" ]]; then
        # Its exit code is gone by now (0 while it runs again): its last log line says why it stopped.
        broken+=("$cname keeps restarting (it exits and its restart policy starts it again)")
      elif [[ $health == unhealthy ]]; then
        broken+=("$cname is unhealthy")
      elif [[ $status != running || ($health != healthy && $health != none) ]]; then
        waiting+=("$cname")
      fi
    done < <(docker inspect --format "$state_format" "${ids[@]}" 2>/dev/null)
    # A container removed between ps and inspect is not healthy yet: ask again.
    for id in "${ids[@]}"; do [[ -n ${seen[$id]:-} ]] || waiting+=("${id:0:12}"); done
    if ((${#broken[@]} > 0)); then
      for id in "${broken[@]}"; do err "$name: container $id; $(last_words "${id%% *}")"; done
      return 1
    fi
    ((${#waiting[@]} > 0)) || return 0
    if ((SECONDS >= deadline)); then
      for id in "${waiting[@]}"; do
        err "$name: container $id did not become healthy within ${timeout}s; $(last_words "$id")"
      done
      return 1
    fi
    sleep 1
  done
}

# install SRC DEST: copies SRC to DEST through a temporary file beside it, so DEST is never half written.
install_file() {
  mkdir -p "$(dirname "$2")"
  cp -- "$1" "$2.tmp.$$"
  mv -f -- "$2.tmp.$$" "$2"
}

# ---- deploy ------------------------------------------------------------------------------------------
has_previous=0
if [[ -f $current ]]; then
  install_file "$current" "$previous"
  has_previous=1
fi
install_file "$file" "$current"
say "$name: deploying $file into $dir"
if compose "$current" up -d --remove-orphans && wait_healthy "$current"; then
  say "$name: deployed; every container is healthy"
  exit 0
fi

# ---- roll back ---------------------------------------------------------------------------------------
if ((has_previous == 0)); then
  install_file "$current" "$failed"
  rm -f -- "$current"
  compose "$failed" stop || true
  die 1 "$name: the deploy failed and there is no previous project to roll back to; stopped the new one (its containers" \
    "are kept for docker logs, its file is $failed); fix $file and deploy again"
fi
err "$name: the deploy failed; rolling back to the previous project ($previous)"
install_file "$current" "$failed"
install_file "$previous" "$current"
if compose "$current" up -d --remove-orphans && wait_healthy "$current"; then
  die 1 "$name: rolled back to the previous project, which is healthy again; the refused file is kept as $failed: fix $file and deploy again"
fi
die 2 "$name: the rollback failed too: the previous project ($current) is not healthy either; see the containers named above" \
  "(docker logs, docker inspect) and repair the host"
