#!/usr/bin/env bash
# Plans one stack into a saved plan: scripts/pipeline/plan.sh STACK
# Writes plan.bin (what apply.sh applies, exactly; never archived), plan.txt and plan.json beside the
# stack. plan.json is the plan's JSON without its prior state and with every sensitive value masked
# (scripts/pipeline/redact-plan.jq), so it may be archived; the unredacted JSON is never written.
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
# The unredacted JSON stays in memory: only its redaction, and the text masked with the same secrets, are written.
redact="$(dirname "$0")/redact-plan.jq"
json=$(tofu show -json plan.bin)
secrets=$(jq -c -f "$redact" --arg mode secrets <<<"$json")
jq -f "$redact" <<<"$json" >"$dir/plan.json"
unset json
tofu show -no-color plan.bin | jq -Rr --argjson s "$secrets" 'reduce $s[] as $x (.; split($x) | join("(sensitive value)"))' >"$dir/plan.txt"
unset secrets
summary=$(grep -E '^(Plan:|No changes\.)' "$dir/plan.txt" | head -n1 || true)
echo "pipeline plan: $stack: ${summary:-changes}"
exit "$status"
