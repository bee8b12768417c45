#!/usr/bin/env bash
# Snapshots of Vault's (or OpenBao's) integrated Raft storage, and their restore.
#
#   scripts/vault-snapshot.sh save DIR       saves DIR/<UTC time>.snap (e.g. 20260101T030000Z.snap, mode 0600)
#   scripts/vault-snapshot.sh restore FILE   restores FILE into the cluster at VAULT_ADDR (replaces all of its data)
#
# Needs VAULT_ADDR (and VAULT_CACERT for a private CA). save logs in with the vault-snapshot AppRole,
# VAULT_ROLE_ID and VAULT_SECRET_ID_FILE (a 0600 file holding the secret ID), whose policy is only
#   path "sys/storage/raft/snapshot" { capabilities = ["read"] }
# or takes VAULT_TOKEN. restore needs VAULT_TOKEN with update on sys/storage/raft/snapshot-force (an
# operator or root token). After a restore the cluster has the snapshot's unseal keys and tokens: when
# they are not the keys it was unsealed with (a new cluster), it seals itself a few seconds later;
# unseal it with the keys it had when the snapshot was taken (scripts/vault-unseal.sh).
#
# save keeps the newest KEEP (default 14) snapshots in DIR and deletes older ones, and writes the
# node-exporter textfile VAULT_SNAPSHOT_METRICS_DIR/vault_snapshot.prom (default directory
# /var/lib/prometheus/node-exporter) with homelab_vault_snapshot_last_success_timestamp_seconds and
# homelab_vault_snapshot_last_size_bytes, for an alert on a stale or failing snapshot.
#
# Tokens and secret IDs never appear on a command line (curl reads its header from a file descriptor,
# jq reads the secret ID file itself) and are never printed. Errors are one line on stderr starting
# "vault-snapshot: "; usage errors exit 64, every other failure 1.
set -euo pipefail
set +x

usage="usage: scripts/vault-snapshot.sh save DIR | scripts/vault-snapshot.sh restore FILE"
die() { echo "vault-snapshot: $*" >&2; exit 1; }
usage_error() { echo "vault-snapshot: $1; $usage" >&2; exit 64; }

command=${1:-}
case $command in
  save | restore) ;;
  "") usage_error "no command given" ;;
  *) usage_error "unknown command \"$command\"" ;;
esac
[[ $# -ge 2 && -n ${2:-} ]] || usage_error "$command needs a $([[ $command == save ]] && echo directory || echo snapshot file)"
[[ $# -eq 2 ]] || usage_error "too many arguments"
target=$2
keep=${KEEP:-14}
[[ $keep =~ ^[1-9][0-9]*$ ]] || usage_error "KEEP must be a whole number of snapshots, 1 or more, got \"$keep\""

command -v curl >/dev/null || die "curl is missing: install it (apt-get install curl)"
command -v jq >/dev/null || die "jq is missing: install it (apt-get install jq)"
[[ -n ${VAULT_ADDR:-} ]] || die "VAULT_ADDR is not set: set it to the Vault address, e.g. VAULT_ADDR=https://vault01.home.arpa:8200"
addr=${VAULT_ADDR%/}
tls=()
if [[ -n ${VAULT_CACERT:-} ]]; then
  [[ -r $VAULT_CACERT ]] || die "VAULT_CACERT $VAULT_CACERT is not a readable file: point it at the CA certificate of Vault's listener"
  tls=(--cacert "$VAULT_CACERT")
fi
token=${VAULT_TOKEN:-}
if [[ $command == restore && -z $token ]]; then
  die "VAULT_TOKEN is not set: restore needs a token with update on sys/storage/raft/snapshot-force (an operator or root token)"
fi
if [[ $command == save && -z $token && (-z ${VAULT_ROLE_ID:-} || -z ${VAULT_SECRET_ID_FILE:-}) ]]; then
  die "no credentials: set VAULT_ROLE_ID and VAULT_SECRET_ID_FILE (the vault-snapshot AppRole), or VAULT_TOKEN"
fi

umask 077
work=$(mktemp -d)
partial=""
cleanup() {
  rm -rf "$work"
  if [[ -n $partial ]]; then rm -f "$partial"; fi
}
trap cleanup EXIT

# call METHOD PATH OUT [curl arguments...]: sets $status to the HTTP status, the body in OUT. The token,
# when there is one, goes in a header curl reads from a file descriptor, not from its command line.
status=""
call() {
  local method=$1 path=$2 out=$3
  shift 3
  local curl=(curl -sS -X "$method" -o "$out" -w '%{http_code}' --connect-timeout 10 --max-time 600 "${tls[@]}" "$@")
  if [[ -n $token ]]; then
    status=$("${curl[@]}" -H @<(printf 'X-Vault-Token: %s\n' "$token") "$addr/v1/$path" 2>"$work/curl.err") || status=000
  else
    status=$("${curl[@]}" "$addr/v1/$path" 2>"$work/curl.err") || status=000
  fi
  if [[ $status == 000 ]]; then
    die "cannot reach Vault at $addr ($(head -n 1 "$work/curl.err")): check VAULT_ADDR (and VAULT_CACERT) and that the server is up"
  fi
}
# Vault's own words from an error body.
errors() { jq -r '(.errors // []) | map(tostring) | join("; ")' "$1" 2>/dev/null || head -c 200 "$1" | tr -d '\n'; }
# What a 503 means: sealed (the usual), or not serving for another reason.
unavailable() {
  local said
  said=$(errors "$1")
  if [[ $said == *sealed* ]]; then
    echo "Vault at $addr is sealed: unseal it (scripts/vault-unseal.sh $addr) and run again"
  else
    echo "Vault at $addr is not serving requests (HTTP 503: $said): check its log and run again"
  fi
}
# A Raft snapshot is a gzipped tarball: non-empty and starting with 1f 8b.
is_snapshot() { [[ -s $1 && $(head -c 2 "$1" | od -An -tx1 | tr -d ' \n') == 1f8b ]]; }

if [[ $command == restore ]]; then
  [[ -f $target && -r $target ]] || die "cannot read the snapshot $target: give the path of a .snap file written by save"
  is_snapshot "$target" || die "$target is not a Raft snapshot (empty, or not a gzip tarball): give a .snap file written by save"
  call POST sys/storage/raft/snapshot-force "$work/body" -H "Content-Type: application/octet-stream" --data-binary "@$target"
  case $status in
    200 | 204) ;;
    403) die "Vault refused the restore (permission denied): the token needs update on sys/storage/raft/snapshot-force (an operator or root token)" ;;
    503) die "$(unavailable "$work/body")" ;;
    *) die "Vault refused the restore (HTTP $status: $(errors "$work/body")): check that $target is a snapshot of a Raft cluster" ;;
  esac
  echo "vault-snapshot: restored $target into $addr; it now has the snapshot's keys and tokens, and seals itself if its own keys differ: unseal it with the unseal keys it had when the snapshot was taken (scripts/vault-unseal.sh $addr)"
  exit 0
fi

# save: everything is checked before anything is fetched.
mkdir -p "$target" 2>/dev/null || die "cannot create the snapshot directory $target: create it, writable by the user that runs this"
[[ -d $target && -w $target ]] || die "cannot write to the snapshot directory $target: make it writable by the user that runs this"
metrics_dir=${VAULT_SNAPSHOT_METRICS_DIR:-/var/lib/prometheus/node-exporter}
metrics="$metrics_dir/vault_snapshot.prom"
[[ -d $metrics_dir && -w $metrics_dir ]] ||
  die "cannot write the metric to $metrics: create $metrics_dir (node-exporter's --collector.textfile.directory) or set VAULT_SNAPSHOT_METRICS_DIR"
if [[ -z $token ]]; then
  [[ -f $VAULT_SECRET_ID_FILE && -r $VAULT_SECRET_ID_FILE && -s $VAULT_SECRET_ID_FILE ]] ||
    die "cannot read a secret ID from VAULT_SECRET_ID_FILE $VAULT_SECRET_ID_FILE: write the vault-snapshot AppRole's secret ID there (mode 0600)"
  # The body goes to curl on stdin: jq reads the secret ID file itself, and nothing is written to disk.
  call POST auth/approle/login "$work/login" -H "Content-Type: application/json" --data-binary @- < <(
    jq -n --arg role_id "$VAULT_ROLE_ID" --rawfile secret_id "$VAULT_SECRET_ID_FILE" \
      '{role_id: $role_id, secret_id: ($secret_id | rtrimstr("\n") | rtrimstr("\r"))}'
  )
  case $status in
    200) ;;
    503) die "$(unavailable "$work/login")" ;;
    *)
      die "the AppRole login was refused (HTTP $status: $(errors "$work/login")): check VAULT_ROLE_ID and the secret ID in $VAULT_SECRET_ID_FILE (scripts/vault-rotate-secret-id.sh vault-snapshot issues a new one)"
      ;;
  esac
  token=$(jq -r '.auth.client_token // empty' "$work/login")
  rm -f "$work/login"
  [[ -n $token ]] || die "the AppRole login answered without a token: check the auth/approle mount at $addr"
  logged_in=1
fi

now=$(date -u +%s)
name=$(date -u -d "@$now" +%Y%m%dT%H%M%SZ).snap
final="$target/$name"
[[ ! -e $final ]] || die "$final already exists (a snapshot saved in the same second): run again in a second"

partial=$(mktemp "$target/.vault-snapshot.XXXXXX.partial") || die "cannot write to the snapshot directory $target: make it writable by the user that runs this"
call GET sys/storage/raft/snapshot "$partial"
case $status in
  200) ;;
  403) die "Vault refused the snapshot (permission denied): the token needs read on sys/storage/raft/snapshot (the vault-snapshot AppRole's policy)" ;;
  503) die "$(unavailable "$partial")" ;;
  *) die "Vault refused the snapshot (HTTP $status: $(errors "$partial")): check that $addr uses integrated Raft storage" ;;
esac
is_snapshot "$partial" || die "Vault answered with something that is not a Raft snapshot (empty, or not a gzip tarball); nothing was replaced"
size=$(stat -c %s "$partial")
chmod 0600 "$partial"
mv -f "$partial" "$final"
partial=""

# Retention: the names sort by time, so all but the last KEEP are the older ones. Only names this
# script writes are considered; anything else in DIR is left alone.
mapfile -t snapshots < <(find "$target" -maxdepth 1 -type f -regextype posix-extended -regex '.*/[0-9]{8}T[0-9]{6}Z\.snap' -printf '%f\n' | LC_ALL=C sort)
deleted=0
for ((i = 0; i < ${#snapshots[@]} - keep; i++)); do
  rm -f "$target/${snapshots[i]}" || die "cannot delete the old snapshot $target/${snapshots[i]}: make $target writable by the user that runs this"
  deleted=$((deleted + 1))
done

metrics_error="saved $final, but cannot write $metrics: create $metrics_dir (node-exporter's --collector.textfile.directory) or set VAULT_SNAPSHOT_METRICS_DIR"
metrics_tmp=$(mktemp "$metrics_dir/.vault_snapshot.prom.XXXXXX") || die "$metrics_error"
partial=$metrics_tmp
cat >"$metrics_tmp" <<EOF
# HELP homelab_vault_snapshot_last_success_timestamp_seconds Unix time of the last Vault Raft snapshot saved by scripts/vault-snapshot.sh.
# TYPE homelab_vault_snapshot_last_success_timestamp_seconds gauge
homelab_vault_snapshot_last_success_timestamp_seconds $now
# HELP homelab_vault_snapshot_last_size_bytes Size in bytes of the last Vault Raft snapshot saved by scripts/vault-snapshot.sh.
# TYPE homelab_vault_snapshot_last_size_bytes gauge
homelab_vault_snapshot_last_size_bytes $size
EOF
chmod 0644 "$metrics_tmp"
mv -f "$metrics_tmp" "$metrics" || die "$metrics_error"
partial=""
if [[ ${logged_in:-0} == 1 ]]; then
  # The login token is not needed any more: revoke it (best effort, its TTL ends it anyway).
  curl -sS -o /dev/null -X POST --connect-timeout 10 --max-time 30 "${tls[@]}" -H @<(printf 'X-Vault-Token: %s\n' "$token") \
    "$addr/v1/auth/token/revoke-self" 2>/dev/null || true
fi
echo "vault-snapshot: saved $final ($size bytes); kept the newest $keep, deleted $deleted older"
