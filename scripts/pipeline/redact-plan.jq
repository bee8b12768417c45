# The saved plan's JSON (tofu show -json plan.bin) as the pipeline may archive it: without the prior
# state (every attribute of every resource in clear) and with each value the plan marks sensitive
# replaced by "(sensitive value)": resource changes (before/after), planned values, output changes
# and the values of sensitive variables. A value derived from a sensitive one can lose its mark (a
# terraform_data output copied from a sensitive input, after an apply), so every string that appears
# as a sensitive value anywhere in the plan is masked wherever else it appears too. What a reviewer
# needs, the addresses, actions and every other value, stays. scripts/pipeline/plan.sh writes
# plan.json with it, and masks plan.txt with the list `secrets` prints (jq -f ... --arg mode secrets).

# `.` with every part that the mask `$m` marks true replaced (masks mirror the value's shape).
def redact($m):
  if $m == true then "(sensitive value)"
  elif ($m | type) == "object" and type == "object" then
    reduce ($m | keys[]) as $k (.; if has($k) then .[$k] |= redact($m[$k]) else . end)
  elif ($m | type) == "array" and type == "array" then
    reduce range(0; [($m | length), length] | min) as $i (.; .[$i] |= redact($m[$i]))
  else . end;

def redact_change:
  . as $c
  | (if has("before") then .before = ($c.before | redact($c.before_sensitive // false)) else . end)
  | (if has("after") then .after = ($c.after | redact($c.after_sensitive // false)) else . end);

def redact_module:
  (if has("resources") then .resources |= map(. as $r | .values = ($r.values | redact($r.sensitive_values // false))) else . end)
  | (if has("child_modules") then .child_modules |= map(redact_module) else . end);

# The leaves of `.` under the parts the mask `$m` marks true.
def marked($m):
  if $m == true then (.. | scalars | select(type == "string" or type == "number") | tostring)
  elif ($m | type) == "object" and type == "object" then ($m | keys[]) as $k | select(has($k)) | .[$k] | marked($m[$k])
  elif ($m | type) == "array" and type == "array" then range(0; [($m | length), length] | min) as $i | .[$i] | marked($m[$i])
  else empty end;

def module_secrets: ((.resources // [])[] | .values | marked(.sensitive_values // false)), ((.child_modules // [])[] | module_secrets);

# Every value the plan marks sensitive, as strings, longest first (so a value is masked before a part of it).
def secrets:
  ([.configuration.root_module.variables // {} | to_entries[] | select(.value.sensitive == true) | .key]) as $vars
  | [ (.resource_changes // []) + (.resource_drift // []) | .[] | .change as $c | ($c.before | marked($c.before_sensitive // false)), ($c.after | marked($c.after_sensitive // false)) ]
    + [ (.output_changes // {})[] | . as $c | ($c.before | marked($c.before_sensitive // false)), ($c.after | marked($c.after_sensitive // false)) ]
    + [ .prior_state.values.root_module // {} | module_secrets ]
    + [ .planned_values.root_module // {} | module_secrets ]
    + [ (.variables // {}) | to_entries[] | select(.key | IN($vars[])) | .value.value | marked(true) ]
  | map(select(length >= 4)) | unique | sort_by(-length);

def mask_all($secrets): walk(if type == "string" then reduce $secrets[] as $s (.; split($s) | join("(sensitive value)")) else . end);

if $ARGS.named.mode == "secrets" then secrets else

secrets as $secrets
| ([.configuration.root_module.variables // {} | to_entries[] | select(.value.sensitive == true) | .key]) as $secret_vars
| del(.prior_state)
| (if has("resource_changes") then .resource_changes |= map(.change |= redact_change) else . end)
| (if has("resource_drift") then .resource_drift |= map(.change |= redact_change) else . end)
| (if has("output_changes") then .output_changes |= map_values(redact_change) else . end)
| (if has("planned_values") then
     .planned_values |= ((if has("root_module") then .root_module |= redact_module else . end)
       | (if has("outputs") then .outputs |= map_values(if .sensitive then .value = "(sensitive value)" else . end) else . end))
   else . end)
| (if has("variables") then .variables |= with_entries(if (.key | IN($secret_vars[])) then .value.value = "(sensitive value)" else . end) else . end)
| mask_all($secrets)
end
