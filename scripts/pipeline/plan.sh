#!/usr/bin/env bash
# Plans one stack into a saved plan: scripts/pipeline/plan.sh STACK
# Writes plan.bin (what apply.sh applies, exactly), plan.txt and plan.json beside the stack.
# Exit codes: 0 no changes, 2 changes to apply (the pipeline continues to approval), 1 error.
source "$(dirname "$0")/common.sh"
tofu_init
rm -f "$dir/plan.bin" "$dir/plan.txt" "$dir/plan.json"
status=0
tofu plan -input=false -no-color -detailed-exitcode -lock-timeout="$lock_timeout" -out=plan.bin >"$dir/plan.log" 2>&1 || status=$?
if [[ $status == 1 ]]; then
  explain_lock "$dir/plan.log" || cat "$dir/plan.log" >&2
  echo "pipeline plan: planning $stack failed" >&2
  exit 1
fi
tofu show -no-color plan.bin >"$dir/plan.txt"
tofu show -json plan.bin >"$dir/plan.json"
summary=$(grep -E '^(Plan:|No changes\.)' "$dir/plan.txt" | head -n1 || true)
echo "pipeline plan: $stack: ${summary:-changes}"
exit "$status"
