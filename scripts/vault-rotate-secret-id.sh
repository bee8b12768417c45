#!/usr/bin/env bash
# Rotates one AppRole's secret ID: scripts/vault-rotate-secret-id.sh ROLE
# Issues a new secret ID for ROLE (a stack's name, or ansible), then destroys every other secret ID of
# the role, so the old one stops working at once. Prints the new secret ID alone on stdout, for the
# Jenkins credential vault-approle-<ROLE> (or the Ansible controller); what happened goes to stderr.
# Needs VAULT_ADDR and VAULT_TOKEN (an operator's token that may manage auth/approle). Run it before a
# secret ID's TTL (VaultLayoutProps.appRoles.secretIdTtlHours) ends; docs/runbooks.md.
set -euo pipefail
role=${1:-}
[[ $role =~ ^[a-z0-9][a-z0-9-]*$ ]] || { echo "vault-rotate-secret-id: usage: scripts/vault-rotate-secret-id.sh ROLE (a stack's name or ansible), got \"$role\"" >&2; exit 64; }
: "${VAULT_ADDR:?VAULT_ADDR is not set}" "${VAULT_TOKEN:?VAULT_TOKEN is not set (an operator token that may manage auth/approle)}"
set +x
api() { curl -s --fail-with-body -H "X-Vault-Token: $VAULT_TOKEN" "$@"; }
base="$VAULT_ADDR/v1/auth/approle/role/$role"
api "$base/role-id" >/dev/null || { echo "vault-rotate-secret-id: there is no AppRole $role (or the token may not read it)" >&2; exit 1; }
old=$(api -X LIST "$base/secret-id" 2>/dev/null | jq -r '.data.keys // [] | .[]' || true)
issued=$(api -X POST "$base/secret-id") || { echo "vault-rotate-secret-id: issuing a secret ID for $role was refused" >&2; exit 1; }
accessor=$(jq -r '.data.secret_id_accessor' <<<"$issued")
destroyed=0
for a in $old; do
  [[ $a == "$accessor" ]] && continue
  api -X POST -d "{\"secret_id_accessor\":\"$a\"}" "$base/secret-id-accessor/destroy" >/dev/null ||
    { echo "vault-rotate-secret-id: destroying the old secret ID $a of $role failed; destroy it by hand" >&2; exit 1; }
  destroyed=$((destroyed + 1))
done
echo "vault-rotate-secret-id: $role has a new secret ID (accessor $accessor); $destroyed old one(s) destroyed; store it in the Jenkins credential vault-approle-$role" >&2
jq -r '.data.secret_id' <<<"$issued"
