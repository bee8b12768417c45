# Shared by the pipeline steps (plan.sh, apply.sh, drift.sh); sourced, never run.
#   STACK_DIR: the stack's synthesized folder (default cdktf.out/stacks/<stack>)
#   The state backend's credentials come from the environment (PG_CONN_STR for pg), read from Vault by
#   the pipeline just before the step; nothing secret is echoed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
step=$(basename "$0" .sh)
stack=${1:-}
[[ -n $stack ]] || { echo "pipeline $step: usage: scripts/pipeline/$step.sh STACK" >&2; exit 64; }
[[ $stack =~ ^[a-z][a-z0-9]*(-[a-z0-9]+)+$ ]] || { echo "pipeline $step: \"$stack\" is not a stack name (<environment>-<purpose>)" >&2; exit 64; }
dir=${STACK_DIR:-$root/cdktf.out/stacks/$stack}
[[ -f $dir/cdk.tf.json ]] || { echo "pipeline $step: $dir/cdk.tf.json does not exist; run npm run synth first" >&2; exit 64; }
# OpenTofu and the mirror-only CLI config from the toolchain (it builds nothing with --env).
eval "$("$root/scripts/toolchain.sh" --env | sed 's/^/export /')"
export TF_IN_AUTOMATION=1 TF_INPUT=0 CHECKPOINT_DISABLE=1
lock_timeout=${LOCK_TIMEOUT:-0s}
tofu() { "$TOFU_BIN" -chdir="$dir" "$@"; }
tofu_init() { tofu init -input=false -no-color -lock-timeout="$lock_timeout" >"$dir/init.log" 2>&1 || { cat "$dir/init.log" >&2; echo "pipeline $step: tofu init of $stack failed" >&2; exit 1; }; }

# Turns OpenTofu's lock error into the lock's id and the documented way out.
explain_lock() {
  local log=$1
  if grep -q "Error acquiring the state lock" "$log"; then
    local id
    id=$(sed -n 's/^ *ID: *//p' "$log" | head -n1)
    echo "pipeline $step: the state of $stack is locked by another run${id:+ (lock id $id)}; wait for it, or if that run was killed: scripts/pipeline/force-unlock.sh $stack ${id:-<lock id>}" >&2
    return 0
  fi
  return 1
}
