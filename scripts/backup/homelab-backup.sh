#!/usr/bin/env bash
# The in-guest backup runner (docs/backups-restic.md): backs up the items of paths.json with restic,
# one snapshot per item, applies the retention, and leaves node-exporter metrics.
#
#   homelab-backup run                              back up every item, forget by the retention, write metrics
#   homelab-backup check                            restic check --read-data-subset=5%, write metrics
#   homelab-backup list                             the snapshots of each item
#   homelab-backup restore ITEM TARGET_DIR [SNAPSHOT]   restore the latest (or the given) snapshot of ITEM
#
# Configuration: HOMELAB_BACKUP_CONFIG_DIR (default /etc/homelab-backup) holds `password` (the repository
# password, read by restic through RESTIC_PASSWORD_FILE), an optional `env` (NAME=VALUE lines for restic:
# backend credentials) and `paths.json` ({ repository, host, items, retention }); metrics go to
# HOMELAB_BACKUP_METRICS_DIR (default /var/lib/prometheus/node-exporter).
#
# Every error is one line on stderr, `homelab-backup: <what went wrong>; <how to fix it>`; restic's and the
# hooks' own messages go to stdout (the journal), prefixed, so stderr stays readable. Exit codes: 0 done,
# 1 a backup, check or restore failed, 64 bad usage, 69 a tool is missing, 78 bad configuration.
# shellcheck disable=SC2016 # the jq programs name their --arg variables ($i) inside single quotes
set -euo pipefail
umask 077

readonly prog=homelab-backup
readonly usage_line="usage: $prog run | check | list | restore ITEM TARGET_DIR [SNAPSHOT]"
config_dir="${HOMELAB_BACKUP_CONFIG_DIR:-/etc/homelab-backup}"
metrics_dir="${HOMELAB_BACKUP_METRICS_DIR:-/var/lib/prometheus/node-exporter}"
password_file="$config_dir/password"
env_file="$config_dir/env"
paths_file="$config_dir/paths.json"
# Only this script's settings reach restic: a password or repository from the caller's shell would win
# over (or clash with) the configured ones.
unset RESTIC_PASSWORD RESTIC_PASSWORD_COMMAND RESTIC_REPOSITORY RESTIC_REPOSITORY_FILE RESTIC_KEY_HINT

err() { printf '%s: %s\n' "$prog" "$*" >&2; }
die() {
  local code=$1
  shift
  err "$@"
  exit "$code"
}
info() { printf '%s: %s\n' "$prog" "$*"; }

# Restic's stderr of the last call, and scratch files; removed on exit.
work=$(mktemp -d "${TMPDIR:-/tmp}/homelab-backup.XXXXXX")
trap 'rm -rf "$work"' EXIT
restic_err="$work/restic.err"
# The script's stdout, for restic's messages while a caller captures restic's stdout.
exec 3>&1

# ---- configuration -------------------------------------------------------------------------------

need_tool() {
  command -v "$1" >/dev/null 2>&1 || die 69 "$1 is not installed (no $1 in PATH); install it with apt-get install $2, or run the backup role"
}

# The repository as it may be shown: a password in a URL's user part is masked.
display_repo() { sed -E 's#(//[^/:@]+):[^/@]*@#\1:***@#' <<<"$1"; }

cfg() { jq -r "$@" "$paths_file"; }

# Every problem of paths.json, one per line (empty when it is valid).
config_problems() {
  jq -r '
    def keeps: ["keep_last", "keep_daily", "keep_weekly", "keep_monthly"];
    (if (.repository | type) != "string" or .repository == "" then "repository must be a non-empty string, got \(.repository | tojson)"
     else empty end),
    (if (.host | type) != "string" or .host == "" then "host must be a non-empty string, got \(.host | tojson)" else empty end),
    (if (.items | type) != "array" or (.items | length) == 0 then "items must be a non-empty list, got \(.items | tojson)"
     else
       (.items | to_entries[] | .key as $i | .value | (.path | strings) as $p
        | (if (.name | type) != "string" or (.name | test("^[A-Za-z0-9_.-]+$") | not)
           then "items[\($i)].name must be letters, digits, _, . or -, got \(.name | tojson)" else empty end),
          (if (.path | type) != "string" or (.path | startswith("/") | not)
           then "items[\($i)].path must be an absolute path, got \(.path | tojson)" else empty end),
          (if .hook == null then empty
           elif (.hook | type) == "object" and (.hook | keys) == ["sqlite"] and (.hook.sqlite | type) == "string" and .hook.sqlite != "" then
             (if (.hook.sqlite | contains("\u0027")) then "items[\($i)].hook.sqlite must not contain a single quote, got \(.hook.sqlite | tojson)"
              elif (.hook.sqlite | startswith("/")) and (.hook.sqlite | startswith($p | rtrimstr("/") + "/") | not)
              then "items[\($i)].hook.sqlite must be a file under the item path \($p | tojson), got \(.hook.sqlite | tojson)"
              else empty end)
           elif (.hook | type) == "object" and (.hook | keys) == ["command"] and (.hook.command | type) == "string" and .hook.command != ""
           then empty
           else "items[\($i)].hook must be {\"sqlite\": FILE} or {\"command\": COMMAND}, got \(.hook | tojson)" end)),
       ([.items[].name | strings] | group_by(.) | map(select(length > 1) | .[0])[]
        | "items has the name \(tojson) more than once; each item needs its own name")
     end),
    (if .retention == null then empty
     elif (.retention | type) != "object" then "retention must be an object of \(keeps | join(", ")), got \(.retention | tojson)"
     else .retention | to_entries[]
       | if (.key | IN(keeps[]) | not) then "retention.\(.key) is not a retention rule; use \(keeps | join(", "))"
         elif (.value | type) != "number" or .value < 0 or .value != (.value | floor)
         then "retention.\(.key) must be a whole number of 0 or more, got \(.value | tojson)"
         else empty end
     end)
  ' "$paths_file"
}

load_config() {
  need_tool jq jq
  need_tool restic restic
  [[ -r $password_file && -s $password_file ]] ||
    die 78 "the password file $password_file is missing, empty or unreadable; run the backup role (it writes the password from Vault)," \
      "or set HOMELAB_BACKUP_CONFIG_DIR to the folder that has it"
  [[ -r $paths_file ]] ||
    die 78 "$paths_file is missing or unreadable; run the backup role (it writes it from backup_items), or set HOMELAB_BACKUP_CONFIG_DIR"
  local parse
  parse=$(jq -e 'type == "object"' "$paths_file" 2>&1 >/dev/null) ||
    die 78 "$paths_file is not a JSON object (${parse:-it is empty or an array}); run the backup role again to rewrite it"
  local problems
  problems=$(config_problems)
  if [[ -n $problems ]]; then
    while IFS= read -r p; do err "$paths_file: $p; fix backup_items or backup_retention in the inventory and run the backup role"; done <<<"$problems"
    exit 78
  fi
  repository=$(cfg .repository)
  repo_shown=$(display_repo "$repository")
  host=$(cfg .host)
  # NAME=VALUE lines, taken literally (no shell expansion), exported to restic only.
  restic_env=()
  if [[ -e $env_file ]]; then
    [[ -r $env_file ]] || die 78 "the env file $env_file is unreadable; run as root, or run the backup role to rewrite it"
    local line n=0
    while IFS= read -r line || [[ -n $line ]]; do
      n=$((n + 1))
      [[ -z $line || $line == \#* ]] && continue
      [[ $line =~ ^[A-Za-z_][A-Za-z0-9_]*= ]] ||
        die 78 "line $n of $env_file is not NAME=VALUE; fix backup_restic_env_vault_paths in the inventory and run the backup role"
      restic_env+=("$line")
    done <"$env_file"
  fi
}

# ---- restic ----------------------------------------------------------------------------------------

# Runs restic on the repository; its stdout goes to the caller, its stderr to $restic_err and then, with
# a prefix, to the script's stdout. The password reaches restic as a file, the env file's values as its
# environment: neither is ever on a command line.
restic_cmd() {
  local rc=0
  restic_quiet "$@" || rc=$?
  show_restic_err
  return "$rc"
}

# restic_cmd without copying restic's stderr (show_restic_err does, when it matters).
restic_quiet() {
  (
    export RESTIC_REPOSITORY="$repository" RESTIC_PASSWORD_FILE="$password_file"
    if ((${#restic_env[@]} > 0)); then export "${restic_env[@]}"; fi
    exec restic "$@"
  ) 2>"$restic_err"
}

show_restic_err() { if [[ -s $restic_err ]]; then sed 's/^/restic: /' "$restic_err" >&3; fi; }

# The last "Fatal: ..." of restic's stderr (or its last line), as one line.
restic_reason() {
  local reason
  reason=$(grep '^Fatal: ' "$restic_err" | tail -n 1 | sed 's/^Fatal: //') || true
  [[ -n $reason ]] || reason=$(grep -v '^[[:space:]]*$' "$restic_err" | tail -n 1) || true
  printf '%s' "${reason:-no message}" | tr '\n\t' '  '
}

# One line that says why the last restic call ($2, e.g. "restic backup of item db") failed with exit $1,
# and what to do about it.
explain() {
  local rc=$1 what=$2 reason
  reason=$(restic_reason)
  if grep -q 'wrong password or no key found' "$restic_err"; then
    printf 'the repository %s refused the password in %s: wrong password or no key found; check the password in Vault %s' \
      "$repo_shown" "$password_file" "(backup_restic_password_vault_path) and run the backup role again"
  elif grep -q 'Is there a repository at the following location?' "$restic_err"; then
    printf 'there is no restic repository at %s; %s run creates it, or fix backup_restic_repository in the inventory' "$repo_shown" "$prog"
  elif grep -q 'repository is already locked' "$restic_err"; then
    printf 'the repository %s is locked by another restic process (%s); wait for it to end, or if none runs, remove the stale lock with restic unlock' \
      "$repo_shown" "$reason"
  elif grep -qE 'repository contains errors|ciphertext verification failed|Pack ID does not match|invalid data returned|unexpected EOF' "$restic_err"; then
    printf 'the repository %s is damaged (%s: %s); restic check --read-data names the damaged packs; %s' "$repo_shown" "$what" "$reason" \
      "repair with restic rebuild-index, then $prog run to save the data again (restic 0.16 and later: restic repair index, restic repair packs)"
  elif grep -qE 'unable to open repository|unable to start the sftp session|connection refused|no such host|dial tcp' "$restic_err"; then
    printf 'restic could not reach the repository %s (%s); check the network, the server and the credentials in %s' "$repo_shown" "$reason" "$env_file"
  else
    printf '%s failed with exit %s (%s); restic'\''s messages are on standard output (journalctl -u homelab-backup)' "$what" "$rc" "$reason"
  fi
}

# Makes sure the repository exists: opens it, and initialises it only when there is none yet (a wrong
# password or an unreachable server is an error, never a reason to make a new repository).
ensure_repository() {
  local rc=0
  restic_quiet cat config >/dev/null || rc=$?
  ((rc == 0)) && return 0
  if grep -q 'Is there a repository at the following location?' "$restic_err"; then
    info "no repository at $repo_shown yet: initialising it"
    rc=0
    restic_cmd init || rc=$?
    ((rc == 0)) && return 0
    err "$(explain "$rc" "restic init")"
    return 1
  fi
  show_restic_err
  err "$(explain "$rc" "opening the repository")"
  return 1
}

# ---- metrics ---------------------------------------------------------------------------------------

# The value of metric $2 for item $3 in the metrics file $1, or $4.
previous() {
  local v=""
  [[ -r $1 ]] && v=$(awk -v k="$2{item=\"$3\"}" '$1 == k { print $2 }' "$1")
  printf '%s' "${v:-$4}"
}

# Writes $2 (the text) to the metrics file $1 atomically: node-exporter never reads half a file.
write_metrics() {
  local file=$1 text=$2 tmp
  (umask 022 && mkdir -p "$metrics_dir") 2>/dev/null || true
  tmp="$file.tmp.$$"
  if printf '%s' "$text" >"$tmp" 2>/dev/null && chmod 0644 "$tmp" && mv -f "$tmp" "$file"; then return 0; fi
  rm -f "$tmp"
  err "could not write the metrics file $file; create $metrics_dir (node-exporter's textfile folder) or set HOMELAB_BACKUP_METRICS_DIR"
  return 1
}

# ---- run -------------------------------------------------------------------------------------------

# Restic's exclude pattern for one absolute path: glob characters escaped.
# shellcheck disable=SC2001 # one sed reads more plainly than five substitutions
exclude_pattern() { sed 's/[][*?\\]/\\&/g' <<<"$1"; }

# Backs up item $1 (index in paths.json); sets item_size and returns non-zero on failure.
backup_item() {
  local i=$1 name path sqlite command copy="" rc=0
  name=$(cfg --argjson i "$i" '.items[$i].name')
  path=$(cfg --argjson i "$i" '.items[$i].path')
  sqlite=$(cfg --argjson i "$i" '.items[$i].hook.sqlite // ""')
  command=$(cfg --argjson i "$i" '.items[$i].hook.command // ""')
  local -a extra=()
  if [[ ! -e $path ]]; then
    err "item $name: $path does not exist; create it, or remove the item from backup_items in the inventory"
    return 1
  fi
  if [[ -n $command ]]; then
    info "item $name: running its hook command"
    (cd "$path" && HOMELAB_BACKUP_ITEM="$name" HOMELAB_BACKUP_PATH="$path" bash -c "$command") >"$work/hook.out" 2>&1 || rc=$?
    if [[ -s $work/hook.out ]]; then sed 's/^/hook: /' "$work/hook.out"; fi
    if ((rc != 0)); then
      err "item $name: its hook command exited with $rc, so the item was not backed up; run it by hand to see why: cd $path && $command"
      return 1
    fi
  fi
  if [[ -n $sqlite ]]; then
    [[ $sqlite == /* ]] || sqlite="${path%/}/$sqlite"
    need_tool sqlite3 sqlite3
    if [[ ! -f $sqlite ]]; then
      err "item $name: the SQLite database $sqlite does not exist; fix hook.sqlite of the item in backup_items"
      return 1
    fi
    copy="$sqlite.homelab-backup"
    # VACUUM INTO writes a consistent copy inside one read transaction while the application keeps
    # writing (sqlite3's .backup copies in steps and starts over whenever a writer commits between two
    # of them, so a busy database can keep it from ever finishing). It gives up with "database is
    # locked" when a writer holds the lock longer than the timeout: try again.
    local attempt=1
    rm -f "$copy" "$copy-journal"
    until sqlite3 -cmd ".timeout 30000" "$sqlite" "VACUUM INTO '$copy'" >"$work/hook.out" 2>&1; do
      sed 's/^/sqlite3: /' "$work/hook.out"
      rm -f "$copy" "$copy-journal"
      if ((attempt == 5)) || ! grep -qE 'database is locked|database is busy' "$work/hook.out"; then
        local why tries=""
        why=$(tail -n 1 "$work/hook.out" | sed -e 's/^Error: //' -e 's/^stepping, //' -e 's/ ([0-9]*)[[:space:]]*$//' -e 's/[[:space:]]*$//')
        ((attempt == 1)) || tries=" $attempt times"
        err "item $name: sqlite3 could not copy $sqlite (${why:-no message}$tries); check that it is a SQLite database" \
          "and that $(dirname "$sqlite") has room for a copy"
        return 1
      fi
      info "item $name: copying $sqlite failed (attempt $attempt of 5), trying again"
      attempt=$((attempt + 1))
      sleep 1
    done
    local suffix
    for suffix in "" -journal -wal -shm; do extra+=(--exclude "$(exclude_pattern "$sqlite$suffix")"); done
  fi
  rc=0
  restic_cmd backup --json --host "$host" --tag homelab --tag "item:$name" "${extra[@]}" "$path" >"$work/backup.json" || rc=$?
  if [[ -n $copy ]]; then rm -f "$copy"; fi
  local summary snapshot
  summary=$(jq -R -c 'fromjson? | select(.message_type == "summary")' "$work/backup.json" | tail -n 1)
  snapshot=$(jq -r '.snapshot_id // ""' <<<"$summary")
  if ((rc == 3)); then
    err "item $name: restic could not read some files under $path, so snapshot $snapshot is incomplete;" \
      "restic's messages on standard output name them: give root read access or move them out of the item"
    return 1
  elif ((rc != 0)) || [[ -z $snapshot ]]; then
    err "$(explain "$rc" "restic backup of item $name")"
    return 1
  fi
  item_size=$(jq -r '.total_bytes_processed' <<<"$summary")
  info "item $name: saved snapshot $snapshot ($(jq -r '"\(.total_files_processed) files, \(.total_bytes_processed) bytes, \(.data_added) bytes added"' \
    <<<"$summary"))"
  return 0
}

# Forgets (and prunes) the snapshots of item $1 that its retention does not keep.
forget_item() {
  local name=$1 rule flag n rc=0
  local -a keep=()
  for rule in last daily weekly monthly; do
    n=$(cfg --arg r "keep_$rule" '.retention[$r] // 0')
    flag="--keep-$rule"
    if ((n > 0)); then keep+=("$flag" "$n"); fi
  done
  if ((${#keep[@]} == 0)); then
    info "item $name: the retention keeps every snapshot (no keep_* rule above 0)"
    return 0
  fi
  restic_cmd forget --prune --host "$host" --tag "item:$name" --group-by host,tags "${keep[@]}" || rc=$?
  if ((rc != 0)); then
    err "$(explain "$rc" "restic forget of item $name")"
    return 1
  fi
}

cmd_run() {
  load_config
  local count i name failed=0 ok now text metrics_file="$metrics_dir/homelab_backup.prom"
  count=$(cfg '.items | length')
  local -a names=() success=() stamps=() sizes=()
  local repo_ok=1
  ensure_repository || repo_ok=0
  for ((i = 0; i < count; i++)); do
    name=$(cfg --argjson i "$i" '.items[$i].name')
    names+=("$name")
    ok=0
    item_size=""
    if ((repo_ok)) && backup_item "$i"; then
      now=$(date +%s)
      stamps+=("$now")
      sizes+=("$item_size")
      forget_item "$name" && ok=1
    else
      stamps+=("$(previous "$metrics_file" homelab_backup_last_success_timestamp_seconds "$name" 0)")
      sizes+=("$(previous "$metrics_file" homelab_backup_last_size_bytes "$name" 0)")
    fi
    success+=("$ok")
    ((ok)) || failed=$((failed + 1))
  done
  text="# HELP homelab_backup_last_success_timestamp_seconds Unix time the item's last snapshot was saved (0: never).
# TYPE homelab_backup_last_success_timestamp_seconds gauge
"
  for ((i = 0; i < count; i++)); do text+="homelab_backup_last_success_timestamp_seconds{item=\"${names[i]}\"} ${stamps[i]}"$'\n'; done
  text+="# HELP homelab_backup_last_size_bytes Bytes the item's last saved snapshot covers (restic total_bytes_processed).
# TYPE homelab_backup_last_size_bytes gauge
"
  for ((i = 0; i < count; i++)); do text+="homelab_backup_last_size_bytes{item=\"${names[i]}\"} ${sizes[i]}"$'\n'; done
  text+="# HELP homelab_backup_last_run_success Whether the item's hook, backup and retention all succeeded in the last run (1) or not (0).
# TYPE homelab_backup_last_run_success gauge
"
  for ((i = 0; i < count; i++)); do text+="homelab_backup_last_run_success{item=\"${names[i]}\"} ${success[i]}"$'\n'; done
  write_metrics "$metrics_file" "$text" || failed=$((failed + 1))
  ((failed == 0)) || exit 1
  info "backed up $count item(s) to $repo_shown"
}

# ---- check -----------------------------------------------------------------------------------------

cmd_check() {
  load_config
  local rc=0 ok=0
  restic_cmd check --read-data-subset=5% || rc=$?
  if ((rc == 0)); then ok=1; else err "$(explain "$rc" "restic check")"; fi
  write_metrics "$metrics_dir/homelab_backup_check.prom" \
    "# HELP homelab_backup_check_success Whether the last restic check of the repository found no errors (1) or failed (0).
# TYPE homelab_backup_check_success gauge
homelab_backup_check_success $ok
# HELP homelab_backup_check_timestamp_seconds Unix time of the last restic check.
# TYPE homelab_backup_check_timestamp_seconds gauge
homelab_backup_check_timestamp_seconds $(date +%s)
" || ok=0
  ((ok)) || exit 1
  info "the repository $repo_shown passed restic check (5% of the data read)"
}

# ---- list and restore ----------------------------------------------------------------------------

# The snapshots of this host as JSON (restic snapshots --json), optionally of one item.
snapshots_json() {
  local rc=0
  local -a filter=(--tag homelab)
  if (($# > 0)); then filter=(--tag "item:$1"); fi
  restic_cmd snapshots --json --host "$host" "${filter[@]}" >"$work/snapshots.json" || rc=$?
  if ((rc != 0)); then
    err "$(explain "$rc" "restic snapshots")"
    exit 1
  fi
}

cmd_list() {
  load_config
  snapshots_json
  # Configured items in their order (with "none" when they have no snapshot yet), then items that are
  # no longer configured; each item's snapshots oldest first.
  jq -r --slurpfile cfg "$paths_file" '
    def item: (.tags // [] | map(select(startswith("item:")) | ltrimstr("item:")) | first) // "";
    ($cfg[0].items | map(.name)) as $names
    | (map(. + {item: item}) | group_by(.item) | map({key: .[0].item, value: (sort_by(.time))}) | from_entries) as $by
    | "item\tsnapshot\ttime\tpath",
      ($cfg[0].items[] | .name as $n | .path as $p
       | if $by[$n] then ($by[$n][] | "\($n)\t\(.short_id)\t\(.time | sub("\\.[0-9]+"; ""))\t\(.paths | join(","))")
         else "\($n)\tnone\t-\t\($p)" end),
      ($by | keys[] | select(. as $k | $names | index($k) | not) as $n
       | $by[$n][] | "\($n)\t\(.short_id)\t\(.time | sub("\\.[0-9]+"; ""))\t\(.paths | join(","))")
  ' "$work/snapshots.json"
}

cmd_restore() {
  local name=$1 target=$2 wanted=${3:-latest}
  [[ $name =~ ^[A-Za-z0-9_.-]+$ ]] || die 64 "ITEM must be an item name from $prog list (letters, digits, _, . or -), got \"$name\""
  [[ $wanted == latest || $wanted =~ ^[0-9a-f]{4,64}$ ]] ||
    die 64 "SNAPSHOT must be a snapshot ID from $prog list or latest, got \"$wanted\""
  if [[ -e $target && ! -d $target ]]; then die 64 "the restore target $target is not a directory; give an empty or new directory"; fi
  if [[ -d $target && -n $(find "$target" -mindepth 1 -maxdepth 1 -print -quit) ]]; then
    die 64 "the restore target $target is not empty; restore into an empty or new directory, then move the files into place"
  fi
  load_config
  snapshots_json "$name"
  local chosen
  chosen=$(jq -c --arg s "$wanted" 'sort_by(.time) | if $s == "latest" then .[-1:] else map(select(.id | startswith($s))) end' "$work/snapshots.json")
  case $(jq length <<<"$chosen") in
    0)
      if [[ $wanted == latest ]]; then
        die 1 "the repository $repo_shown has no snapshot of item $name from host $host; $prog list shows the items that have snapshots"
      fi
      die 1 "snapshot $wanted is not a snapshot of item $name in $repo_shown; $prog list shows the snapshots of each item"
      ;;
    1) ;;
    *) die 64 "snapshot ID $wanted matches more than one snapshot of item $name; give more of the ID from $prog list" ;;
  esac
  local id short when path rc=0
  id=$(jq -r '.[0].id' <<<"$chosen")
  short=$(jq -r '.[0].short_id' <<<"$chosen")
  when=$(jq -r '.[0].time | sub("\\.[0-9]+"; "")' <<<"$chosen")
  path=$(jq -r '.[0].paths | join(",")' <<<"$chosen")
  mkdir -p "$target"
  restic_cmd restore "$id" --target "$target" || rc=$?
  if ((rc != 0)); then die 1 "$(explain "$rc" "restic restore of snapshot $short")"; fi
  info "restored snapshot $short of item $name (taken $when) into ${target%/}$path"
  local sqlite
  sqlite=$(jq -r --arg n "$name" '.items[] | select(.name == $n) | .hook.sqlite // empty' "$paths_file")
  if [[ -n $sqlite ]]; then
    [[ $sqlite == /* ]] || sqlite="${path%/}/$sqlite"
    info "the SQLite database $sqlite is in the restore as ${target%/}$sqlite.homelab-backup (its consistent copy);" \
      "stop the application before moving it into place as $sqlite"
  fi
}

# ---- main ------------------------------------------------------------------------------------------

(($# > 0)) || die 64 "$usage_line"
command=$1
shift
case $command in
  run | check | list)
    (($# == 0)) || die 64 "$command takes no arguments, got \"$*\"; $usage_line"
    "cmd_$command"
    ;;
  restore)
    (($# == 2 || $# == 3)) || die 64 "restore needs ITEM and TARGET_DIR, and at most a SNAPSHOT, got $# argument(s); usage: $prog restore ITEM TARGET_DIR [SNAPSHOT]"
    cmd_restore "$@"
    ;;
  -h | --help | help)
    sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
    ;;
  *) die 64 "unknown command \"$command\"; $usage_line" ;;
esac
