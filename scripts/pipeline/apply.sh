#!/usr/bin/env bash
# Applies exactly the saved plan of one stack: scripts/pipeline/apply.sh STACK
# Never plans again: without plan.bin it refuses, and OpenTofu refuses a plan the state has moved past.
# After the apply it records the stack's configuration hash beside its state (changed-stacks.mjs --record).
source "$(dirname "$0")/common.sh"
[[ -f $dir/plan.bin ]] || { echo "pipeline apply: $stack has no saved plan ($dir/plan.bin); run scripts/pipeline/plan.sh $stack and approve it first" >&2; exit 64; }
tofu_init
status=0
tofu apply -input=false -no-color -lock-timeout="$lock_timeout" plan.bin >"$dir/apply.log" 2>&1 || status=$?
if [[ $status != 0 ]]; then
  if explain_lock "$dir/apply.log"; then :
  elif grep -q "Saved plan is stale" "$dir/apply.log"; then
    echo "pipeline apply: the saved plan of $stack is stale (the state changed after it was made); plan and approve again" >&2
  else
    cat "$dir/apply.log" >&2
  fi
  echo "pipeline apply: applying $stack failed" >&2
  exit 1
fi
rm -f "$dir/plan.bin"
echo "pipeline apply: $stack: $(grep -E '^Apply complete' "$dir/apply.log" | head -n1)"
# What was applied, for the changed-stack decision (scripts/pipeline/changed-stacks.mjs). A record that
# fails only makes the next run plan this stack again, so the apply still counts as done.
STACK_DIR=$dir node "$root/scripts/pipeline/changed-stacks.mjs" --record "$stack" ||
  echo "pipeline apply: warning: the apply of $stack is not recorded, so the next run plans it again" >&2
