#!/usr/bin/env bash
# Earlier versions of a stack's OpenTofu state in the PostgreSQL backend, and putting one back:
#   scripts/state-history.sh install STACK      keep every version from now on (a trigger; idempotent)
#   scripts/state-history.sh list STACK         the current state and the kept versions, newest first
#   scripts/state-history.sh show STACK ID      one kept version (the state JSON)
#   scripts/state-history.sh restore STACK ID [--force-lineage]
#                                               push that version back as the newest state
# PG_CONN_STR is the backend's connection string, as for OpenTofu (read it from Vault; it is never
# echoed). The schema comes from the stack's synthesized backend (STACK_DIR, default
# cdktf.out/stacks/<stack>). docs/runbooks.md explains when to use it and what restore does to serial.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
usage="usage: scripts/state-history.sh install|list|show|restore STACK [ID] [--force-lineage]"
fail() { echo "state-history: $1" >&2; exit "${2:-1}"; }

cmd=${1:-}
stack=${2:-}
case $cmd in install | list | show | restore) ;; *) fail "$usage" 64 ;; esac
[[ -n $stack ]] || fail "$usage" 64
[[ $stack =~ ^[a-z][a-z0-9]*(-[a-z0-9]+)+$ ]] || fail "\"$stack\" is not a stack name (<environment>-<purpose>)" 64
id=${3:-}
force_lineage=false
if [[ $cmd == show || $cmd == restore ]]; then
  [[ -n $id ]] || fail "$cmd needs the ID of a kept version; scripts/state-history.sh list $stack shows them" 64
  [[ $id =~ ^[0-9]{1,18}$ ]] || fail "version ID must be a number from scripts/state-history.sh list $stack, got \"$id\"" 64
  [[ $cmd == restore && ${4:-} == --force-lineage ]] && force_lineage=true
  [[ -z ${4:-} || $force_lineage == true ]] || fail "$usage" 64
fi
command -v psql >/dev/null || fail "psql is missing; install it: apt-get install postgresql-client"
command -v jq >/dev/null || fail "jq is missing; install it: apt-get install jq"
dir=${STACK_DIR:-$root/cdktf.out/stacks/$stack}
[[ -f $dir/cdk.tf.json ]] || fail "$dir/cdk.tf.json does not exist; is $stack a stack of the app? run npm run synth first" 64
schema=$(jq -r '.terraform.backend.pg.schema_name // empty' "$dir/cdk.tf.json")
if [[ -z $schema ]]; then
  kind=$(jq -r '(.terraform.backend // {}) | keys | first // "default local"' "$dir/cdk.tf.json")
  fail "$stack keeps its state in the $kind backend; the history works with the pg backend only" 64
fi
[[ $schema =~ ^[a-z_][a-z0-9_]*$ ]] || fail "the schema of $stack is not a plain SQL identifier, got \"$schema\"; fix the stack's StateBackend"
[[ -n ${PG_CONN_STR:-} ]] || fail "PG_CONN_STR is not set; export the state backend's connection string first: export PG_CONN_STR=\$(vault kv get -field=conn_str secret/homelab/${stack%%-*}/tfstate/$stack)" 64

sql() { psql "$PG_CONN_STR" -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }
tables=$(sql -c "SELECT to_regclass('$schema.states') IS NOT NULL, to_regclass('$schema.states_history') IS NOT NULL") ||
  fail "cannot query the state backend of $stack (psql's error is above); check PG_CONN_STR"
has_states=${tables%%|*}
has_history=${tables##*|}
not_installed="the history of $stack is not installed (no table $schema.states_history); run scripts/state-history.sh install $stack first"

case $cmd in
  install)
    [[ $has_states == t ]] || fail "schema $schema has no states table yet: run scripts/state-roles.sh apply ${stack%%-*} (it makes the table and installs the history), or, where OpenTofu's role may create it, scripts/pipeline/plan.sh $stack"
    sql -v schema="$schema" -f "$root/scripts/state-history.sql" >/dev/null
    echo "state-history: installed in schema $schema: every change to the state of $stack now keeps the version it replaces (scripts/state-history.sh list $stack)"
    ;;
  list)
    [[ $has_history == t ]] || fail "$not_installed"
    current=$(sql -F $'\t' -c "SELECT name, coalesce(data::jsonb->>'serial', '?'), coalesce(data::jsonb->>'lineage', '?'), coalesce(jsonb_array_length(data::jsonb->'resources')::text, '?') FROM $schema.states ORDER BY name")
    if [[ -z $current ]]; then echo "# no current state"; fi
    while IFS=$'\t' read -r name serial lineage resources; do
      [[ -n $name ]] && echo "# current: workspace $name, serial $serial, lineage $lineage, $resources resource(s)"
    done <<<"$current"
    printf 'id\tsaved_at\tworkspace\tserial\tlineage\tresources\toperation\n'
    sql -F $'\t' -c "SELECT id, to_char(saved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), name, coalesce(serial::text, '?'), coalesce(lineage, '?'), coalesce(resources::text, '?'), operation FROM $schema.states_history ORDER BY id DESC"
    ;;
  show)
    [[ $has_history == t ]] || fail "$not_installed"
    found=$(sql -c "SELECT count(*) FROM $schema.states_history WHERE id = $id")
    [[ $found == 1 ]] || fail "$stack has no kept version $id; scripts/state-history.sh list $stack shows the kept versions"
    sql -c "SELECT data FROM $schema.states_history WHERE id = $id"
    ;;
  restore)
    [[ $has_history == t ]] || fail "$not_installed"
    row=$(sql -F $'\t' -c "SELECT name, coalesce(serial::text, ''), coalesce(lineage, ''), to_char(saved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM $schema.states_history WHERE id = $id")
    [[ -n $row ]] || fail "$stack has no kept version $id; scripts/state-history.sh list $stack shows the kept versions"
    IFS=$'\t' read -r workspace old_serial old_lineage saved_at <<<"$row"
    [[ -n $old_serial && -n $old_lineage ]] || fail "kept version $id of $stack is not readable state JSON (no serial or lineage); inspect it with scripts/state-history.sh show $stack $id"
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    sql -c "SELECT data FROM $schema.states_history WHERE id = $id" >"$work/version.tfstate"

    eval "$("$root/scripts/toolchain.sh" --env | sed 's/^/export /')"
    export TF_IN_AUTOMATION=1 TF_INPUT=0 CHECKPOINT_DISABLE=1 TF_WORKSPACE=$workspace
    [[ $workspace == default ]] && unset TF_WORKSPACE
    tofu() { "$TOFU_BIN" -chdir="$dir" "$@"; }
    tofu init -input=false -no-color >"$work/init.log" 2>&1 || { cat "$work/init.log" >&2; fail "tofu init of $stack failed"; }
    tofu state pull >"$work/current.tfstate" 2>"$work/pull.log" || { cat "$work/pull.log" >&2; fail "tofu state pull of $stack failed"; }
    push=(state push)
    if [[ -s $work/current.tfstate ]]; then
      cur_serial=$(jq -r .serial "$work/current.tfstate")
      cur_lineage=$(jq -r .lineage "$work/current.tfstate")
      if [[ $cur_lineage != "$old_lineage" ]]; then
        $force_lineage || fail "kept version $id has lineage $old_lineage, but the current state of $stack has lineage $cur_lineage (the state was created anew since); to replace it with a version of the other lineage anyway: scripts/state-history.sh restore $stack $id --force-lineage"
        push+=(-force)
      fi
      # Above the current serial: OpenTofu accepts it as a newer version without -force, and plans
      # saved before the restore stay stale (an older serial could make one look current again).
      push_serial=$((cur_serial + 1))
    else
      push_serial=$old_serial
    fi
    jq --argjson serial "$push_serial" '.serial = $serial' "$work/version.tfstate" >"$work/restore.tfstate"
    last=$(sql -c "SELECT coalesce(max(id), 0) FROM $schema.states_history")
    tofu "${push[@]}" -lock-timeout="${LOCK_TIMEOUT:-0s}" "$work/restore.tfstate" >"$work/push.log" 2>&1 || { cat "$work/push.log" >&2; fail "tofu state push of $stack failed; nothing was changed"; }
    replaced=$(sql -c "SELECT coalesce(max(id)::text, '') FROM $schema.states_history WHERE id > $last")
    # OpenTofu may count the push itself as one more write, so the serial is read back.
    new_serial=$(tofu state pull | jq -r .serial)
    echo "state-history: restored version $id of $stack (serial $old_serial, kept $saved_at) as serial $new_serial of workspace $workspace${replaced:+; the state it replaced is kept as version $replaced}"
    echo "state-history: next, see what differs from the real infrastructure: scripts/pipeline/plan.sh $stack"
    ;;
esac
