#!/usr/bin/env bash
# The `gpu` collector of the node_exporter role: asks nvidia-smi about every GPU of this host and writes
# node-exporter textfile metrics (gauges) to HOMELAB_METRICS_DIR/homelab_gpu.prom (default folder
# /var/lib/prometheus/node-exporter), atomically, so node-exporter never reads half a file. Run every
# minute by homelab-gpu-metrics.timer.
#
#   homelab_gpu_scrape_success               1 when nvidia-smi answered, 0 when it failed (then no other series)
#   homelab_gpu_info{gpu,name,uuid}          1 per GPU: its index, model and UUID
#   homelab_gpu_temperature_celsius{gpu,name}, homelab_gpu_utilization_ratio (0..1),
#   homelab_gpu_memory_used_bytes, homelab_gpu_memory_total_bytes, homelab_gpu_ecc_errors_uncorrected
#   (volatile, since the driver loaded), homelab_gpu_power_watts
#
# A value nvidia-smi gives as [N/A] or [Not Supported] (ECC on consumer cards, power on some boards) has no
# series: absent, not 0. Exit codes: 0 written, 1 nvidia-smi failed (success 0 written) or the file could
# not be written.
set -euo pipefail

readonly prog=homelab-gpu-metrics
metrics_dir="${HOMELAB_METRICS_DIR:-/var/lib/prometheus/node-exporter}"
metrics_file="$metrics_dir/homelab_gpu.prom"
# nvidia-smi can hang on a wedged driver; a minute's timer must not pile up runs.
timeout_seconds="${HOMELAB_GPU_TIMEOUT_SECONDS:-20}"
readonly query=index,name,uuid,temperature.gpu,utilization.gpu,memory.used,memory.total,ecc.errors.uncorrected.volatile.total,power.draw

err() { printf '%s: %s\n' "$prog" "$*" >&2; }

# Writes stdin to the metrics file atomically (a temporary file beside it, then mv).
write_metrics() {
  local tmp="$metrics_file.tmp.$$"
  if cat >"$tmp" && chmod 0644 "$tmp" && mv -f "$tmp" "$metrics_file"; then return 0; fi
  rm -f "$tmp"
  err "could not write $metrics_file; create $metrics_dir (node-exporter's textfile folder) or set HOMELAB_METRICS_DIR"
  return 1
}

success_only() {
  printf '# HELP homelab_gpu_scrape_success Whether nvidia-smi answered (1) or failed (0) on the last run.\n'
  printf '# TYPE homelab_gpu_scrape_success gauge\nhomelab_gpu_scrape_success %s\n' "$1"
}

errors=$(mktemp)
trap 'rm -f "$errors"' EXIT
rc=0
csv=$(timeout "$timeout_seconds" nvidia-smi --query-gpu="$query" --format=csv,noheader,nounits 2>"$errors") || rc=$?
if ((rc != 0)) || [[ -z $csv ]]; then
  success_only 0 | write_metrics
  err "nvidia-smi failed (exit $rc): $(head -n 1 "$errors"); check the NVIDIA driver (nvidia role) and that nvidia-smi works as root"
  exit 1
fi

# One family at a time (the text format wants each family's lines together), GPUs in nvidia-smi's order.
text=$(
  awk -F', *' '
    function esc(s) { gsub(/\\/, "\\\\\\\\", s); gsub(/"/, "\\\\\"", s); gsub(/\n/, "\\\\n", s); return s }
    function number(v) { return v ~ /^-?[0-9]+(\.[0-9]+)?$/ }
    NF != 9 { printf "homelab-gpu-metrics: nvidia-smi gave %d fields instead of 9 in: %s\n", NF, $0 > "/dev/stderr"; bad = 1; exit 1 }
    {
      n++
      for (i = 1; i <= NF; i++) { sub(/^ +/, "", $i); sub(/ +$/, "", $i) }
      gpu[n] = esc($1); name[n] = esc($2); uuid[n] = esc($3)
      temp[n] = $4; util[n] = $5; used[n] = $6; total[n] = $7; ecc[n] = $8; power[n] = $9
    }
    function family(metric, help) { printf "# HELP %s %s\n# TYPE %s gauge\n", metric, help, metric }
    function series(metric, i, value) { if (number(value)) printf "%s{gpu=\"%s\",name=\"%s\"} %s\n", metric, gpu[i], name[i], value }
    END {
      if (bad) exit 1
      family("homelab_gpu_scrape_success", "Whether nvidia-smi answered (1) or failed (0) on the last run.")
      print "homelab_gpu_scrape_success 1"
      family("homelab_gpu_info", "One series per GPU with its index, model and UUID (always 1).")
      for (i = 1; i <= n; i++) printf "homelab_gpu_info{gpu=\"%s\",name=\"%s\",uuid=\"%s\"} 1\n", gpu[i], name[i], uuid[i]
      family("homelab_gpu_temperature_celsius", "GPU core temperature.")
      for (i = 1; i <= n; i++) series("homelab_gpu_temperature_celsius", i, temp[i])
      family("homelab_gpu_utilization_ratio", "Share of the last sample period the GPU was busy (0 to 1).")
      for (i = 1; i <= n; i++) if (number(util[i])) series("homelab_gpu_utilization_ratio", i, sprintf("%.10g", util[i] / 100))
      family("homelab_gpu_memory_used_bytes", "GPU memory in use.")
      for (i = 1; i <= n; i++) if (number(used[i])) series("homelab_gpu_memory_used_bytes", i, sprintf("%.0f", used[i] * 1048576))
      family("homelab_gpu_memory_total_bytes", "GPU memory installed.")
      for (i = 1; i <= n; i++) if (number(total[i])) series("homelab_gpu_memory_total_bytes", i, sprintf("%.0f", total[i] * 1048576))
      family("homelab_gpu_ecc_errors_uncorrected", "Uncorrected ECC errors since the driver loaded (absent where the GPU has no ECC).")
      for (i = 1; i <= n; i++) series("homelab_gpu_ecc_errors_uncorrected", i, ecc[i])
      family("homelab_gpu_power_watts", "GPU power draw.")
      for (i = 1; i <= n; i++) series("homelab_gpu_power_watts", i, power[i])
    }
  ' <<<"$csv"
) || {
  success_only 0 | write_metrics
  err "could not read nvidia-smi's answer; check that this nvidia-smi supports --query-gpu=$query"
  exit 1
}
printf '%s\n' "$text" | write_metrics
