#!/usr/bin/env bash
# A disaster-recovery drill: restores an environment's Vault snapshot and its OpenTofu state from their
# backups into fresh servers of its own on 127.0.0.1, then plans every stack of the environment against
# them and says, per stack, whether the restored state and the code agree (no changes).
#
#   scripts/dr-drill.sh ENV --vault-snapshot FILE --unseal-keys FILE (--state-dump FILE | --state-dir DIR)
#                       [--stacks STACK,...] [--keep]
#
#   --vault-snapshot   a Raft snapshot written by scripts/vault-snapshot.sh save
#   --unseal-keys      the unseal key shares the cluster had when the snapshot was taken, one per line
#                      (mode 0600); they unseal the restored server and make a root token for the drill,
#                      which is revoked at the end
#   --state-dump       for an environment with its state in PostgreSQL: a dump by scripts/state-dump.sh
#   --state-dir        for one with local state: a copy of its state folder (<stack>.tfstate files)
#   --stacks           plan only these stacks (default: every stack of ENV in cdktf.out)
#   --keep             keep the drill's folder (servers stopped) and print where it is
#
# Stacks whose providers are all Vault are planned with a refresh against the restored server: "no
# changes" then means Vault and the state both came back. Every other stack is planned without a refresh
# (its API, Proxmox, Cloudflare or Kubernetes, is not part of the drill): "no changes" means the restored
# state is complete and matches the code. A stack without state in the backup, or one that plans changes,
# fails the drill. Exit 0 when every stack planned with no changes, 1 when one did not, 64 for bad usage.
# The servers listen on 127.0.0.1 only, with credentials made for the drill; nothing is sent anywhere else.
set -euo pipefail
set +x
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
usage="usage: scripts/dr-drill.sh ENV --vault-snapshot FILE --unseal-keys FILE (--state-dump FILE | --state-dir DIR) [--stacks STACK,...] [--keep]"
say() { echo "dr-drill: $*"; }
die() { echo "dr-drill: $*" >&2; exit 1; }
usage_error() { echo "dr-drill: $1; $usage" >&2; exit 64; }

# ---- arguments ---------------------------------------------------------------------------------------
env=${1:-}
[[ -n $env && $env != -* ]] || usage_error "no environment given"
shift
snapshot="" keys="" dump="" state_dir="" only="" keep=0
while (($# > 0)); do
  case $1 in
    --vault-snapshot | --unseal-keys | --state-dump | --state-dir | --stacks)
      [[ $# -ge 2 && -n $2 ]] || usage_error "$1 needs a value"
      case $1 in
        --vault-snapshot) snapshot=$2 ;;
        --unseal-keys) keys=$2 ;;
        --state-dump) dump=$2 ;;
        --state-dir) state_dir=$2 ;;
        --stacks) only=$2 ;;
      esac
      shift 2
      ;;
    --keep) keep=1 && shift ;;
    *) usage_error "unknown argument \"$1\"" ;;
  esac
done

out=${HOMELAB_CDKTF_OUT:-$root/cdktf.out}
manifest=$out/manifest.json
[[ -f $manifest ]] || die "$manifest does not exist: run npm run synth first"
command -v jq >/dev/null || die "jq is missing: install it (apt-get install jq)"
mapfile -t all_stacks < <(jq -r --arg p "$env-" '.stacks | keys[] | select(startswith($p))' "$manifest")
((${#all_stacks[@]} > 0)) ||
  usage_error "\"$env\" is not an environment of $manifest (its environments: $(jq -r '[.stacks | keys[] | split("-")[0]] | unique | join(", ")' "$manifest"))"
[[ -n $snapshot ]] || usage_error "--vault-snapshot is missing"
[[ -f $snapshot && -r $snapshot ]] || usage_error "cannot read the Vault snapshot $snapshot: give a .snap file written by scripts/vault-snapshot.sh save"
[[ -n $keys ]] || usage_error "--unseal-keys is missing"
[[ -f $keys && -r $keys ]] || usage_error "cannot read the unseal keys $keys: give a file with one key share per line"
[[ $(stat -c %a "$keys") =~ ^[4-7]00$ ]] || usage_error "the unseal keys $keys can be read by other users (mode $(stat -c %a "$keys")): chmod 600 $keys"
mapfile -t shares < <(grep -v '^[[:space:]]*$' "$keys")
((${#shares[@]} > 0)) || usage_error "the unseal keys $keys hold no key share: write one share per line"

state_roles=${STATE_ROLES_DIR:-$root/state-backend}/$env.json
# Where the environment keeps its state: the backend of its stacks as synthesized.
backend=$(jq -r '.terraform.backend // {} | keys[0] // "local"' "$out/stacks/${all_stacks[0]}/cdk.tf.json")
case $backend in
  pg)
    [[ -z $state_dir ]] || usage_error "$env keeps its state in PostgreSQL: give --state-dump FILE, not --state-dir"
    [[ -n $dump ]] || usage_error "$env keeps its state in PostgreSQL: give --state-dump FILE (written by scripts/state-dump.sh save $env DIR)"
    [[ -f $dump && -r $dump ]] || usage_error "cannot read the state dump $dump: give a file written by scripts/state-dump.sh save"
    [[ -f $state_roles ]] || die "$state_roles does not exist: run npm run synth first"
    ;;
  local)
    [[ -z $dump ]] || usage_error "$env keeps its state in local files, not PostgreSQL: give --state-dir DIR, not --state-dump"
    [[ -n $state_dir ]] || usage_error "$env keeps its state in local files: give --state-dir DIR (a copy of its <stack>.tfstate files)"
    [[ -d $state_dir && -r $state_dir ]] || usage_error "cannot read the state folder $state_dir: give a copy of $env's state folder"
    ;;
  *) usage_error "$env keeps its state in the $backend backend, which the drill does not restore (it restores pg and local state)" ;;
esac

stacks=()
if [[ -n $only ]]; then
  IFS=, read -ra wanted <<<"$only"
  for s in "${wanted[@]}"; do
    printf '%s\n' "${all_stacks[@]}" | grep -qxF -- "$s" || usage_error "--stacks names \"$s\", which is not a stack of $env (its stacks: $(IFS=,; echo "${all_stacks[*]}"))"
  done
fi
# The stacks in the order they are rebuilt (each after the stacks it depends on), as tsort gives them.
while IFS= read -r s; do
  if [[ -z $only ]] || [[ ",$only," == *",$s,"* ]]; then stacks+=("$s"); fi
done < <(jq -r --arg p "$env-" '.stacks | to_entries[] | select(.key | startswith($p))
  | .key as $k | ([$k, $k] | join(" ")), (.value.dependencies[] | "\(.) \($k)")' "$manifest" | tsort)

# ---- tools -------------------------------------------------------------------------------------------
# The toolchain's OpenTofu and OpenBao when scripts/toolchain.sh has built them, else what PATH has.
if toolchain_env=$("$root/scripts/toolchain.sh" --env 2>/dev/null); then
  eval "$(sed -n -E 's/^(TOFU_BIN|BAO_BIN|TF_CLI_CONFIG_FILE)=(.*)$/tc_\1=\2/p' <<<"$toolchain_env")"
fi
tofu_bin=${TOFU_BIN:-${tc_TOFU_BIN:-$(command -v tofu || true)}}
[[ -n $tofu_bin && -x $tofu_bin ]] || die "OpenTofu is missing: run scripts/toolchain.sh, or set TOFU_BIN"
export TF_CLI_CONFIG_FILE=${TF_CLI_CONFIG_FILE:-${tc_TF_CLI_CONFIG_FILE:-}}
[[ -n $TF_CLI_CONFIG_FILE ]] || unset TF_CLI_CONFIG_FILE
server_bin=${VAULT_SERVER_BIN:-${tc_BAO_BIN:-$(command -v bao || command -v vault || true)}}
[[ -n $server_bin && -x $server_bin ]] || die "no Vault server: install OpenBao or Vault, run scripts/toolchain.sh, or set VAULT_SERVER_BIN"
for tool in curl python3 tsort; do command -v "$tool" >/dev/null || die "$tool is missing: install it (apt-get install ${tool/tsort/coreutils})"; done
if [[ $backend == pg ]]; then
  pg_bin=${PG_BIN:-$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)}
  [[ -n $pg_bin && -x $pg_bin/initdb ]] || die "PostgreSQL's server is missing: apt-get install postgresql, or set PG_BIN to its bin folder"
  for tool in psql pg_restore; do command -v "$tool" >/dev/null || die "$tool is missing: install it (apt-get install postgresql-client)"; done
fi

# ---- the drill's folder and servers --------------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/dr-drill-$env.XXXXXX")
chmod 0711 "$work"
bao_pid="" pg_data="" pg_run=() token=""
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
cleanup() {
  if [[ -n $token && -n ${addr:-} ]]; then
    curl -sS -o /dev/null -X POST -H @<(printf 'X-Vault-Token: %s\n' "$token") "$addr/v1/auth/token/revoke-self" 2>/dev/null || true
  fi
  if [[ -n $bao_pid ]]; then { kill "$bao_pid" && wait "$bao_pid"; } 2>/dev/null || true; fi
  if [[ -n $pg_data ]]; then "${pg_run[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true; fi
  if ((keep)); then echo "dr-drill: kept $work (servers stopped)"; else rm -rf "$work"; fi
}
trap cleanup EXIT
umask 077

# call METHOD PATH [JSON]: the body of Vault's answer on stdout; the HTTP status in $work/status.
call() {
  local args=(-sS -o "$work/body" -w '%{http_code}' --max-time 60 -X "$1")
  [[ -z ${3:-} ]] || args+=(--data-binary @- -H "Content-Type: application/json")
  # The token goes in a header curl reads from a file descriptor that lives as long as curl does.
  printf '%s' "${3:-}" | curl "${args[@]}" -H @<([[ -z $token ]] || printf 'X-Vault-Token: %s\n' "$token") "$addr/v1/$2" \
    >"$work/status" 2>"$work/curl.err" || echo 000 >"$work/status"
  cat "$work/body" 2>/dev/null || true
}
status() { cat "$work/status"; }

start_vault() {
  local port cluster
  port=$(free_port) cluster=$(free_port)
  addr="http://127.0.0.1:$port"
  mkdir -p "$work/vault/data"
  # OpenBao serves sys/generate-root only where a listener allows it (off by default since 2.5.3): this
  # server is the drill's own, on 127.0.0.1, and lives only for the drill.
  local generate_root=""
  if "$server_bin" version 2>/dev/null | grep -q OpenBao; then generate_root="disable_unauthed_generate_root_endpoints = false"; fi
  cat >"$work/vault/server.hcl" <<EOF
storage "raft" {
  path    = "$work/vault/data"
  node_id = "dr-drill"
}
listener "tcp" {
  address     = "127.0.0.1:$port"
  tls_disable = true
  $generate_root
}
api_addr      = "$addr"
cluster_addr  = "http://127.0.0.1:$cluster"
disable_mlock = true
ui            = false
EOF
  "$server_bin" server -config="$work/vault/server.hcl" >"$work/vault/server.log" 2>&1 &
  bao_pid=$!
  local i
  for ((i = 0; i < 100; i++)); do
    curl -s -o /dev/null "$addr/v1/sys/seal-status" && return 0
    kill -0 "$bao_pid" 2>/dev/null || die "the Vault server did not start: $(tail -n 3 "$work/vault/server.log" | tr '\n' ' ')"
    sleep 0.2
  done
  die "the Vault server did not answer on $addr within 20 s: $(tail -n 3 "$work/vault/server.log" | tr '\n' ' ')"
}

sealed() { [[ $(call GET sys/seal-status | jq -r .sealed) == true ]]; }

# Gives the shares to sys/unseal; fails with the server's words unless it is unsealed afterwards.
unseal_with() {
  local share answer
  for share in "$@"; do
    answer=$(call PUT sys/unseal "$(jq -nc --arg k "$share" '{key: $k}')")
    [[ $(status) == 200 ]] || die "the restored Vault refused an unseal key share ($(jq -r '.errors // [] | join("; ")' <<<"$answer")): give the unseal keys the cluster had when the snapshot was taken"
    [[ $(jq -r .sealed <<<"$answer") == true ]] || return 0
  done
  die "the restored Vault is still sealed after all ${#shares[@]} key share(s) of $keys ($(jq -r '"\(.progress) of \(.t) given"' <<<"$answer")): give at least the threshold of the shares the cluster had when the snapshot was taken"
}

restore_vault() {
  say "restoring $snapshot into a fresh Vault server on $addr"
  local init
  init=$(call PUT sys/init '{"secret_shares":1,"secret_threshold":1}')
  [[ $(status) == 200 ]] || die "initialising the fresh Vault server failed: $init"
  token=$(jq -r .root_token <<<"$init")
  unseal_with "$(jq -r '.keys[0]' <<<"$init")"
  local i
  for ((i = 0; i < 100; i++)); do
    [[ $(call GET sys/leader | jq -r .is_self) == true ]] && break
    sleep 0.2
  done
  VAULT_ADDR=$addr VAULT_TOKEN=$token "$root/scripts/vault-snapshot.sh" restore "$snapshot" >/dev/null
  # The server now has the snapshot's keys and tokens: it seals itself when its own keys differ.
  token=""
  for ((i = 0; i < 150; i++)); do sealed && break; sleep 0.2; done
  if sealed; then unseal_with "${shares[@]}"; fi
  for ((i = 0; i < 150; i++)); do
    [[ $(call GET sys/health | jq -r '.sealed == false and .standby == false') == true ]] && break
    sleep 0.2
  done
  root_token
}

# A root token for the drill from the unseal keys (sys/generate-root), as an operator does after a loss.
root_token() {
  local attempt nonce otp answer share encoded=""
  call DELETE sys/generate-root/attempt >/dev/null
  attempt=$(call PUT sys/generate-root/attempt '{}')
  [[ $(status) == 200 ]] || die "the restored Vault refused to start a root token generation: $(jq -r '.errors // [] | join("; ")' <<<"$attempt")"
  nonce=$(jq -r .nonce <<<"$attempt") otp=$(jq -r .otp <<<"$attempt")
  for share in "${shares[@]}"; do
    answer=$(call PUT sys/generate-root/update "$(jq -nc --arg k "$share" --arg n "$nonce" '{key: $k, nonce: $n}')")
    [[ $(status) == 200 ]] || die "the restored Vault refused a key share for the drill's root token ($(jq -r '.errors // [] | join("; ")' <<<"$answer")): give the unseal keys the cluster had when the snapshot was taken"
    encoded=$(jq -r '.encoded_token // .encoded_root_token // ""' <<<"$answer")
    [[ -z $encoded ]] || break
  done
  [[ -n $encoded ]] || die "the key shares of $keys are fewer than the restored Vault's threshold: give at least the threshold of the shares"
  token=$(python3 -c 'import base64, sys
e = sys.argv[1]; e += "=" * (-len(e) % 4)
b = base64.b64decode(e, altchars=b"-_") if ("-" in e or "_" in e) else base64.b64decode(e)
print(bytes(x ^ y for x, y in zip(b, sys.argv[2].encode())).decode())' "$encoded" "$otp")
  call GET auth/token/lookup-self >/dev/null
  [[ $(status) == 200 ]] || die "the drill's root token does not work on the restored Vault (HTTP $(status))"
  say "Vault is restored and unsealed; the drill uses a root token of its own, revoked at the end"
}

restore_state() {
  if [[ -n $dump ]]; then
    local port password
    port=$(free_port)
    pg_data=$work/pg/data
    mkdir -p "$work/pg"
    password=$(python3 -c 'import secrets; print(secrets.token_hex(24))')
    printf '%s\n' "$password" >"$work/pg/pwfile"
    if (($(id -u) == 0)); then
      pg_run=(runuser -u postgres --)
      chown -R postgres "$work/pg"
    fi
    "${pg_run[@]}" "$pg_bin/initdb" -D "$pg_data" -U postgres --pwfile="$work/pg/pwfile" -A scram-sha-256 --no-sync -E UTF8 >"$work/pg/initdb.log" 2>&1 ||
      die "initdb of the fresh PostgreSQL failed: $(tail -n 2 "$work/pg/initdb.log" | tr '\n' ' ')"
    rm -f "$work/pg/pwfile"
    "${pg_run[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -w -l "$work/pg/server.log" \
      -o "-p $port -k $work/pg -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null ||
      die "the fresh PostgreSQL did not start: $(tail -n 3 "$work/pg/server.log" | tr '\n' ' ')"
    export PG_ADMIN_CONN_STR="postgres://postgres:$password@127.0.0.1:$port/postgres?sslmode=disable"
    say "restoring $dump into a fresh PostgreSQL on 127.0.0.1:$port"
    STATE_ROLES_DIR=$(dirname "$state_roles") "$root/scripts/state-dump.sh" restore "$env" "$dump" >/dev/null
  else
    mkdir -p "$work/state"
    say "restoring the state files of $state_dir"
    cp -p "$state_dir"/*.tfstate "$work/state/" 2>/dev/null || true
  fi
}

# Whether the backup holds a state of stack $1.
has_state() {
  if [[ -n $dump ]]; then
    local schema
    schema=$(jq -r --arg s "$1" '.roles[] | select(.stack == $s) | .schema' "$state_roles")
    [[ -n $schema && $(psql "$PG_ADMIN_CONN_STR" -X -At -c "SELECT count(*) FROM $schema.states WHERE name = 'default'" 2>/dev/null) == 1 ]]
  else
    [[ -s $work/state/$1.tfstate ]]
  fi
}

# Plans stack $1 against the restored servers; prints its line, returns 1 unless it has no changes.
plan_stack() {
  local stack=$1 dir=$work/stacks/$1 providers refresh=true rc=0
  if ! has_state "$stack"; then
    say "$stack: FAILED: the backup holds no state of it: it was never applied, or its state is not backed up"
    return 1
  fi
  mkdir -p "$dir"
  cp -r "$out/stacks/$stack/." "$dir/"
  rm -rf "$dir/.terraform"
  providers=$(jq -r '.provider // {} | keys | join(",")' "$dir/cdk.tf.json")
  [[ $providers == vault ]] || refresh=false
  # The Vault provider talks to the restored server; the local backend reads the restored file.
  jq --arg addr "$addr" --arg state "$work/state/$stack.tfstate" '
    (if .provider.vault then .provider.vault |= map(. + {address: $addr} | del(.ca_cert_file, .ca_cert_dir)) else . end)
    | (if .terraform.backend.local then .terraform.backend.local.path = $state else . end)' \
    "$dir/cdk.tf.json" >"$dir/cdk.tf.json.new"
  mv "$dir/cdk.tf.json.new" "$dir/cdk.tf.json"
  local -a run_env=(VAULT_TOKEN="$token" CHECKPOINT_DISABLE=1 TF_IN_AUTOMATION=1 TF_INPUT=0)
  [[ -z $dump ]] || run_env+=(PG_CONN_STR="$PG_ADMIN_CONN_STR")
  if [[ $refresh == false ]]; then
    # Nothing is refreshed, so no API is called: the providers are configured against 127.0.0.1:1.
    run_env+=(PROXMOX_VE_ENDPOINT=https://127.0.0.1:1/ PROXMOX_VE_API_TOKEN="dr-drill@pam!drill=00000000-0000-0000-0000-000000000000"
      CLOUDFLARE_API_TOKEN=0000000000000000000000000000000000000000)
  fi
  if ! (cd "$dir" && env "${run_env[@]}" "$tofu_bin" init -no-color -input=false >"$dir/init.log" 2>&1); then
    say "$stack: FAILED: tofu init failed: $(grep -m1 -E 'Error' "$dir/init.log" || tail -n 1 "$dir/init.log")"
    return 1
  fi
  (cd "$dir" && env "${run_env[@]}" "$tofu_bin" plan -no-color -input=false -lock=false -detailed-exitcode -refresh="$refresh" >"$dir/plan.log" 2>&1) || rc=$?
  local how="refreshed against the restored Vault"
  [[ $refresh == true ]] || how="not refreshed: $providers is not part of the drill"
  case $rc in
    0) say "$stack: no changes ($how)" ;;
    2)
      local kept=""
      ((keep == 0)) || kept="; its plan is in $dir/plan.log"
      say "$stack: FAILED: $(grep -m1 -E '^Plan: ' "$dir/plan.log" | sed 's/\.$//') ($how)$kept"
      return 1
      ;;
    *)
      say "$stack: FAILED: tofu plan failed: $(grep -m1 -A2 '^Error: ' "$dir/plan.log" | tr '\n' ' ' | sed 's/  */ /g')"
      return 1
      ;;
  esac
}

# ---- the drill ----------------------------------------------------------------------------------------
start_vault
restore_vault
restore_state
failed=0
for stack in "${stacks[@]}"; do plan_stack "$stack" || failed=$((failed + 1)); done
if ((failed > 0)); then
  echo "dr-drill: $env: $failed of ${#stacks[@]} stack(s) did not plan with no changes" >&2
  ((keep)) || echo "dr-drill: run again with --keep to read their plans" >&2
  exit 1
fi
say "$env: all ${#stacks[@]} stack(s) planned with no changes from the restored Vault and state"
