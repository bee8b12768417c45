#!/usr/bin/env bash
# Logs a pipeline run in to Vault with its stack's AppRole and prints the client token (for
# VAULT_TOKEN): scripts/pipeline/vault-login.sh STACK
# Needs VAULT_ADDR, VAULT_ROLE_ID (not a secret; the job sets it) and VAULT_SECRET_ID (the one secret
# Jenkins holds per stack). Nothing is echoed but the token.
set -euo pipefail
stack=${1:?usage: scripts/pipeline/vault-login.sh STACK}
: "${VAULT_ADDR:?VAULT_ADDR is not set}" "${VAULT_ROLE_ID:?VAULT_ROLE_ID is not set (the job passes the role ID of $stack)}" "${VAULT_SECRET_ID:?VAULT_SECRET_ID is not set (Jenkins credential vault-approle-$stack)}"
response=$(jq -n --arg r "$VAULT_ROLE_ID" --arg s "$VAULT_SECRET_ID" '{role_id: $r, secret_id: $s}' |
  curl -s --fail-with-body -X POST --data @- "$VAULT_ADDR/v1/auth/approle/login") ||
  { echo "vault-login: the AppRole login of $stack was refused: $(jq -r '.errors | join("; ")' <<<"$response" 2>/dev/null | tr -s '\n\t' ' ')" >&2; exit 1; }
jq -r .auth.client_token <<<"$response"
