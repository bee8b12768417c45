#!/usr/bin/env bash
# What a Docker host's compose job runs (jenkins/compose.Jenkinsfile), from the repository's root (FILE and
# INVENTORY are relative to the current folder):
#   scripts/pipeline/compose.sh validate PROJECT FILE
#   scripts/pipeline/compose.sh plan|apply PROJECT FILE HOST ADDRESS INVENTORY
#
# validate: `docker-compose config -q` on FILE (the committed compose/<env>/<host>/<project>.yaml) in a
#   scratch folder holding an empty file for each env file it names (the host's come from Vault, written
#   by the media role); any output, a warning included, fails it.
# plan: ansible-playbook ansible/compose-deploy.yml --check --diff --limit HOST: the difference between
#   FILE and the project HOST runs, nothing changed. apply: the same play without --check, which deploys
#   FILE with scripts/docker-deploy.sh when it differs (health checks, rollback). Both first check that
#   INVENTORY reaches HOST at ADDRESS, the job's fixed address. The SSH key is Ansible's own
#   ANSIBLE_PRIVATE_KEY_FILE, bound by the job.
#
# Messages are `pipeline compose: <project> on <host>: <what happened>`. Exit codes: 0 valid / nothing to
# change / deployed, 2 (plan) the host runs another project, 1 the check, the play or the deploy failed,
# 64 bad usage, 65 FILE is not a valid compose project.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
readonly usage="usage: scripts/pipeline/compose.sh validate PROJECT FILE | plan|apply PROJECT FILE HOST ADDRESS INVENTORY"
die() {
  local code=$1
  shift
  echo "pipeline compose: $*" >&2
  exit "$code"
}

step=${1:-} project=${2:-} file=${3:-}
case $step in
  validate) (($# == 3)) || die 64 "$usage" ;;
  plan | apply) (($# == 6)) || die 64 "$usage" ;;
  *) die 64 "$usage" ;;
esac
[[ $project =~ ^[a-z0-9][a-z0-9_-]*$ ]] || die 64 "\"$project\" is not a compose project name (lower-case letters, digits, '-' and '_')"
[[ $file =~ ^compose/[a-z0-9-]+/[a-z0-9-]+/${project}\.yaml$ ]] ||
  die 64 "\"$file\" is not the committed file of project $project (compose/<env>/<host>/$project.yaml)"
source=$PWD/$file
[[ -f $source ]] || die 64 "$file does not exist; run npm run synth and commit compose/"

if [[ $step == validate ]]; then
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  cp "$source" "$scratch/compose.yaml"
  # The env files the project names, relative to its folder; none may leave it.
  envs=$(python3 -c '
import sys, yaml
project = yaml.safe_load(open(sys.argv[1])) or {}
for service in (project.get("services") or {}).values():
    for env in (service or {}).get("env_file") or []:
        print(env)
' "$scratch/compose.yaml") || die 65 "$project: $file is not YAML"
  while IFS= read -r env; do
    [[ -z $env ]] && continue
    [[ $env != /* && $env != *..* ]] || die 65 "$project: $file names the env file \"$env\" outside the project's folder; use a path under it"
    mkdir -p "$(dirname "$scratch/$env")"
    : >"$scratch/$env"
  done <<<"$envs"
  if ! out=$(docker-compose -p "$project" --project-directory "$scratch" -f "$scratch/compose.yaml" config -q 2>&1) || [[ -n $out ]]; then
    die 65 "$project: $file is not a valid compose project, docker-compose says: $(tr -s '[:space:]' ' ' <<<"$out"); fix it in the site model and run npm run synth"
  fi
  echo "pipeline compose: $project: $file is a valid compose project"
  exit 0
fi

host=$4 address=$5 inventory=$6
inventory_path=$inventory
[[ $inventory == /* ]] || inventory_path=$PWD/$inventory
[[ -f $inventory_path ]] || die 64 "the inventory $inventory does not exist; run npm run synth and commit ansible/inventory/"
# The job's address is fixed at synth: an inventory that sends the play elsewhere is refused.
reached=$({ ansible-inventory -i "$inventory_path" --host "$host" | jq -r '.ansible_host // empty'; } 2>/dev/null) ||
  die 1 "$project on $host: $inventory has no host $host; run npm run synth and commit ansible/inventory/ and jenkins/"
[[ $reached == "$address" ]] ||
  die 1 "$project on $host: $inventory reaches $host at \"$reached\", not at the job's address $address; run npm run synth and commit ansible/inventory/ and jenkins/"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
extra=$(jq -cn --arg p "$project" --arg f "$source" '{media_deploy_project: $p, media_deploy_file: $f}')
check=()
[[ $step == plan ]] && check=(--check)
set +e
(cd "$root/ansible" && ANSIBLE_NOCOLOR=1 ansible-playbook -i "$inventory_path" compose-deploy.yml --limit "$host" -e "$extra" --diff "${check[@]}") 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
outcome=$(sed -n "s|.*\"compose-deploy: $host/$project: \([a-z]*\)\".*|\1|p" "$log" | tail -n 1)
((status == 0)) || die 1 "$project on $host: the play failed (exit $status; its output above)${outcome:+ after it reported $outcome}"
case $outcome in
  unchanged) echo "pipeline compose: $project on $host: unchanged: the host runs $file already" ;;
  changes) echo "pipeline compose: $project on $host: $file differs from the project the host runs (the difference above)" && exit 2 ;;
  deployed) echo "pipeline compose: $project on $host: deployed $file; every container is healthy" ;;
  *) die 1 "$project on $host: the play ran without deploying (is $host in the media group of $inventory?)" ;;
esac
