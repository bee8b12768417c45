#!/usr/bin/env bash
# Prints one field of a KV v2 secret with the run's token: scripts/pipeline/vault-read.sh MOUNT PATH FIELD
# Needs VAULT_ADDR and VAULT_TOKEN. A path outside the stack's policy is refused by Vault.
set -euo pipefail
mount=${1:?usage: scripts/pipeline/vault-read.sh MOUNT PATH FIELD} path=${2:?} field=${3:?}
: "${VAULT_ADDR:?VAULT_ADDR is not set}" "${VAULT_TOKEN:?VAULT_TOKEN is not set (scripts/pipeline/vault-login.sh)}"
response=$(curl -s --fail-with-body -H "X-Vault-Token: $VAULT_TOKEN" "$VAULT_ADDR/v1/$mount/data/$path") ||
  { echo "vault-read: reading $mount/$path was refused: $(jq -r '.errors | join("; ")' <<<"$response" 2>/dev/null | tr -s '\n\t' ' ')" >&2; exit 1; }
value=$(jq -r --arg f "$field" '.data.data[$f] // empty' <<<"$response")
[[ -n $value ]] || { echo "vault-read: $mount/$path has no field $field" >&2; exit 1; }
printf '%s\n' "$value"
