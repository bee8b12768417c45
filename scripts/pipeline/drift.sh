#!/usr/bin/env bash
# Reports drift of one stack, never applies: scripts/pipeline/drift.sh STACK
# Exit codes: 0 in sync, 2 drift (the nightly job marks the build unstable), 1 error.
source "$(dirname "$0")/common.sh"
tofu_init
status=0
tofu plan -input=false -no-color -detailed-exitcode -lock-timeout="$lock_timeout" -refresh=true >"$dir/drift.txt" 2>&1 || status=$?
case $status in
  0) echo "pipeline drift: $stack matches its code" ;;
  2) echo "pipeline drift: $stack has drifted from its code:" >&2
     sed -n '/^OpenTofu will perform/,/^Plan:/p' "$dir/drift.txt" >&2 ;;
  *) explain_lock "$dir/drift.txt" || cat "$dir/drift.txt" >&2
     echo "pipeline drift: checking $stack failed" >&2 ;;
esac
exit "$status"
