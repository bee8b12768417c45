#!/usr/bin/env bash
# What a Jenkins stage runs: scripts/pipeline/run.sh plan|apply|drift|changed|record STACK
#   changed: is the stack to plan? (changed-stacks.mjs --stack; PLANNED: the stacks this build planned)
#   record: record the stack's configuration as applied (a deploy on main whose plan had no changes)
# Logs in to Vault with the stack's AppRole when the job names one (VAULT_ROLE_ID; the secret ID is
# VAULT_SECRET_ID from the Jenkins credential store), reads the connection string of the stack's own
# pg state role when the job names its secret (STATE_SECRET, field conn_str of VAULT_KV_MOUNT) and the Proxmox credentials
# of a provider that reads its environment (PROXMOX_SECRET, fields endpoint and api_token, exported
# as PROXMOX_VE_ENDPOINT and PROXMOX_VE_API_TOKEN), then runs the step. A refused
# login or read stops here, before the step. Nothing secret is echoed. Exit code: the step's.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
step=${1:-} stack=${2:-}
usage="pipeline run: usage: scripts/pipeline/run.sh plan|apply|drift|changed|record STACK"
case $step in plan | apply | drift | changed | record) ;; *) echo "$usage" >&2; exit 64 ;; esac
[[ -n $stack ]] || { echo "$usage" >&2; exit 64; }
set +x
# Plain assignments, so a failed login or read stops the script (set -e); `export X=$(...)` would not.
if [[ -n ${VAULT_ROLE_ID:-} ]]; then
  VAULT_TOKEN=$("$here/vault-login.sh" "$stack")
  export VAULT_TOKEN
fi
if [[ -n ${STATE_SECRET:-} ]]; then
  PG_CONN_STR=$("$here/vault-read.sh" "${VAULT_KV_MOUNT:?VAULT_KV_MOUNT is not set}" "$STATE_SECRET" conn_str)
  export PG_CONN_STR
fi
# The decision and the record read the state database only.
if [[ -n ${PROXMOX_SECRET:-} && $step != changed && $step != record ]]; then
  PROXMOX_VE_ENDPOINT=$("$here/vault-read.sh" "${VAULT_KV_MOUNT:?VAULT_KV_MOUNT is not set}" "$PROXMOX_SECRET" endpoint)
  PROXMOX_VE_API_TOKEN=$("$here/vault-read.sh" "$VAULT_KV_MOUNT" "$PROXMOX_SECRET" api_token)
  export PROXMOX_VE_ENDPOINT PROXMOX_VE_API_TOKEN
fi
case $step in
  changed) exec node "$here/changed-stacks.mjs" --stack "$stack" --planned "${PLANNED:-}" --json ;;
  record) exec node "$here/changed-stacks.mjs" --record "$stack" ;;
  *) exec "$here/$step.sh" "$stack" ;;
esac
