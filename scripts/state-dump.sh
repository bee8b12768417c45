#!/usr/bin/env bash
# Backups of the OpenTofu state database (the pg backend's schemas, one per stack, with their history):
#   scripts/state-dump.sh save ENV DIR      pg_dump of every schema state-backend/ENV.json lists into
#                                            DIR/<ENV>-<UTC time>.dump (custom format, 0600); keeps the
#                                            newest KEEP (default 14) and writes a node-exporter metric
#   scripts/state-dump.sh restore ENV FILE  restores those schemas from FILE (replacing them), then
#                                            brings the roles and grants back (scripts/state-roles.sh apply)
# PG_ADMIN_CONN_STR is an administrator's connection URL, as for scripts/state-roles.sh. Run save on a
# timer (or a Jenkins job) on a machine other than the database's. docs/runbooks.md.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
usage="usage: scripts/state-dump.sh save ENV DIR | restore ENV FILE"
fail() { echo "state-dump: $1" >&2; exit "${2:-1}"; }
set +x

cmd=${1:-} env=${2:-} arg=${3:-}
case $cmd in save | restore) ;; *) fail "$usage" 64 ;; esac
[[ $env =~ ^[a-z][a-z0-9]*$ ]] || fail "\"$env\" is not an environment name (e.g. prod); $usage" 64
[[ -n $arg && $# -eq 3 ]] || fail "$usage" 64
manifest=${STATE_ROLES_DIR:-$root/state-backend}/$env.json
[[ -f $manifest ]] || fail "$manifest does not exist: $env keeps no state in PostgreSQL, or synth has not run (npm run synth)" 64
for tool in pg_dump pg_restore psql jq; do command -v "$tool" >/dev/null || fail "$tool is missing; install it: apt-get install postgresql-client jq"; done
[[ -n ${PG_ADMIN_CONN_STR:-} ]] || fail "PG_ADMIN_CONN_STR is not set; export an administrator's connection URL first" 64
schemas=()
while IFS= read -r s; do schemas+=(--schema="$s" --schema="${s}_outputs"); done < <(jq -r '.roles[].schema' "$manifest")

case $cmd in
  save)
    [[ -d $arg && -w $arg ]] || fail "$arg is not a folder this user can write; create it (mode 0700) first" 64
    keep=${KEEP:-14}
    [[ $keep =~ ^[1-9][0-9]*$ ]] || fail "KEEP must be a whole number of dumps, 1 or more, got \"$keep\"" 64
    file=$arg/$env-$(date -u +%Y%m%dT%H%M%SZ).dump
    [[ ! -e $file ]] || fail "$file exists already; wait a second and run again"
    (umask 077 && pg_dump "$PG_ADMIN_CONN_STR" --format=custom --no-owner --file="$file.partial" "${schemas[@]}") ||
      { rm -f "$file.partial"; fail "pg_dump of $env's state schemas failed (its error is above); nothing was kept"; }
    mv "$file.partial" "$file"
    mapfile -t old < <(find "$arg" -maxdepth 1 -name "$env-*.dump" -printf '%f\n' | sort -r | tail -n +$((keep + 1)))
    for f in "${old[@]}"; do rm -f "$arg/$f"; done
    metrics=${STATE_DUMP_METRICS_DIR:-/var/lib/prometheus/node-exporter}
    if [[ -d $metrics && -w $metrics ]]; then
      size=$(stat -c %s "$file")
      printf '# HELP homelab_state_dump_last_success_timestamp_seconds When the state database of an environment was last dumped.\n# TYPE homelab_state_dump_last_success_timestamp_seconds gauge\nhomelab_state_dump_last_success_timestamp_seconds{environment="%s"} %s\n# HELP homelab_state_dump_last_size_bytes Size of the last dump.\n# TYPE homelab_state_dump_last_size_bytes gauge\nhomelab_state_dump_last_size_bytes{environment="%s"} %s\n' \
        "$env" "$(date +%s)" "$env" "$size" >"$metrics/.state_dump_$env.prom.tmp"
      mv "$metrics/.state_dump_$env.prom.tmp" "$metrics/state_dump_$env.prom"
    fi
    echo "state-dump: saved $file ($(stat -c %s "$file") bytes); kept the newest $keep, deleted ${#old[@]} older"
    ;;
  restore)
    [[ -f $arg && -r $arg ]] || fail "cannot read the dump $arg: give a file written by scripts/state-dump.sh save" 64
    pg_restore --list "$arg" >/dev/null 2>&1 || fail "$arg is not a pg_dump archive (custom format); give a file written by scripts/state-dump.sh save" 64
    # The roles, the shared ID sequence and empty schemas first (a fresh server has none of them),
    # then the dump over them, then the sequence past every restored state's ID and the grants again.
    "$root/scripts/state-roles.sh" apply "$env" >/dev/null
    pg_restore --dbname="$PG_ADMIN_CONN_STR" --clean --if-exists --no-owner --single-transaction --exit-on-error "$arg" ||
      fail "pg_restore of $arg failed (its error is above); the database is as it was before it (one transaction)"
    union=$(jq -r '[.roles[].schema | "SELECT max(id) AS id FROM \(.).states"] | join(" UNION ALL ")' "$manifest")
    psql "$PG_ADMIN_CONN_STR" -X -q -At -v ON_ERROR_STOP=1 \
      -c "SELECT setval('public.global_states_id_seq', greatest((SELECT max(id) FROM ($union) ids), 1))" >/dev/null
    "$root/scripts/state-roles.sh" apply "$env" >/dev/null
    echo "state-dump: restored $env's state schemas from $arg, with their roles and grants; plan each stack to see what differs from the real infrastructure"
    ;;
esac
