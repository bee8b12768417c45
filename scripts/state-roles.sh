#!/usr/bin/env bash
# The PostgreSQL roles of an environment's OpenTofu state, one per stack, as synth writes them in
# state-backend/<env>.sql and state-backend/<env>.json:
#   scripts/state-roles.sh apply ENV            make or bring up to date the roles, schemas, tables, grants
#                                               and state histories (idempotent; one transaction)
#   scripts/state-roles.sh rotate ENV [STACK ...]
#                                               give the role of each stack (every stack of ENV, or those
#                                               named) a new password, and store its connection string in
#                                               Vault (field conn_str of the stack's state secret)
# PG_ADMIN_CONN_STR is an administrator's connection URL (postgres://USER@HOST:PORT/DB?sslmode=...); the
# schemas and tables belong to that user, each stack's role may only read and write its own states and
# read the outputs of the stacks it references. rotate also needs VAULT_ADDR and VAULT_TOKEN (an
# operator's token that may write the state secrets). No password is printed, put on a command line or
# sent to the server in clear (the server gets a SCRAM-SHA-256 verifier). docs/runbooks.md.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
usage="usage: scripts/state-roles.sh apply ENV | rotate ENV [STACK ...]"
fail() { echo "state-roles: $1" >&2; exit "${2:-1}"; }
set +x

cmd=${1:-}
env=${2:-}
case $cmd in apply | rotate) ;; *) fail "$usage" 64 ;; esac
[[ $env =~ ^[a-z][a-z0-9]*$ ]] || fail "\"$env\" is not an environment name (e.g. prod); $usage" 64
shift 2
[[ $cmd == rotate || $# -eq 0 ]] || fail "$usage" 64
dir=${STATE_ROLES_DIR:-$root/state-backend}
sql_file=$dir/$env.sql
manifest=$dir/$env.json
[[ -f $sql_file && -f $manifest ]] || fail "$dir has no $env.sql and $env.json: $env keeps no state in PostgreSQL, or synth has not run (npm run synth)" 64
for tool in psql jq python3; do command -v "$tool" >/dev/null || fail "$tool is missing; install it: apt-get install ${tool/psql/postgresql-client}"; done
[[ -n ${PG_ADMIN_CONN_STR:-} ]] || fail "PG_ADMIN_CONN_STR is not set; export an administrator's connection URL first, e.g. export PG_ADMIN_CONN_STR=postgres://postgres@db.home.arpa:5432/tfstate?sslmode=verify-full" 64
admin() { psql "$PG_ADMIN_CONN_STR" -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }

case $cmd in
  apply)
    admin -v history="$root/scripts/state-history.sql" -f "$sql_file" >/dev/null ||
      fail "applying $sql_file failed (psql's error is above); nothing of it was changed before the state histories"
    echo "state-roles: $env: $(jq '.roles | length' "$manifest") stack role(s), their schemas, grants and histories are as $sql_file says"
    ;;
  rotate)
    : "${VAULT_ADDR:?VAULT_ADDR is not set}" "${VAULT_TOKEN:?VAULT_TOKEN is not set (an operator token that may write the state secrets)}"
    [[ $PG_ADMIN_CONN_STR =~ ^(postgres(ql)?://)([^@/]*@)?([^/?]+)(.*)$ ]] ||
      fail "PG_ADMIN_CONN_STR is not a postgres:// URL; write it like postgres://postgres@db.home.arpa:5432/tfstate?sslmode=verify-full" 64
    scheme=${BASH_REMATCH[1]} server=${BASH_REMATCH[4]} rest=${BASH_REMATCH[5]}
    known=$(jq -r '.roles[].stack' "$manifest")
    stacks=("$@")
    [[ ${#stacks[@]} -gt 0 ]] || mapfile -t stacks <<<"$known"
    for stack in "${stacks[@]}"; do
      grep -qx -- "$stack" <<<"$known" || fail "$stack is not a stack of $env with state in PostgreSQL; $manifest lists: $(paste -sd ' ' <<<"$known")" 64
    done
    for stack in "${stacks[@]}"; do
      role=$(jq -r --arg s "$stack" '.roles[] | select(.stack == $s) | .schema' "$manifest")
      secret=$(jq -r --arg s "$stack" '.roles[] | select(.stack == $s) | .secret // empty | "\(.mount)/data/\(.path)"' "$manifest")
      [[ -n $secret ]] || fail "$env keeps no state secrets in Vault (VaultLayoutProps.stateSecrets is not set), so there is nowhere to store the connection of $stack" 64
      # A new password and its SCRAM-SHA-256 verifier, made here: the server (and its statement log) only
      # ever sees the verifier.
      { read -r password; read -r verifier; } < <(python3 -c '
import base64, hashlib, hmac, os, secrets
password, salt, rounds = secrets.token_hex(24), os.urandom(16), 4096
salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, rounds)
client = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
server = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
b64 = lambda b: base64.b64encode(b).decode()
print(password)
print(f"SCRAM-SHA-256${rounds}:{b64(salt)}${b64(hashlib.sha256(client).digest())}:{b64(server)}")')
      admin -f - <<<"ALTER ROLE $role PASSWORD '$verifier';" >/dev/null ||
        fail "setting the password of role $role failed (psql's error is above); has scripts/state-roles.sh apply $env run?"
      printf '%s%s:%s@%s%s' "$scheme" "$role" "$password" "$server" "$rest" | jq -Rs '{data: {conn_str: .}}' |
        curl -s --fail-with-body -o /dev/null -H @<(printf 'X-Vault-Token: %s\n' "$VAULT_TOKEN") -X POST --data-binary @- "$VAULT_ADDR/v1/$secret" ||
        fail "storing the connection of $stack in Vault ($secret) failed, and role $role already has the new password: run scripts/state-roles.sh rotate $env $stack again"
      echo "state-roles: $stack: role $role has a new password; its connection string is in Vault at ${secret/\/data\//\/}"
    done
    ;;
esac
