#!/usr/bin/env bash
# The `pve` collector of the node_exporter role, on a Proxmox VE node: reads the cluster's resources
# (pvesh get /cluster/resources) and writes node-exporter textfile metrics (gauges) to
# HOMELAB_METRICS_DIR/homelab_pve.prom (default folder /var/lib/prometheus/node-exporter), atomically.
# Run every minute by homelab-pve-metrics.timer, as root (pvesh needs it).
#
#   homelab_pve_scrape_success               1 when pvesh answered with the resources, 0 otherwise (then no other series)
#   homelab_pve_node_up{pve_node}            1 online, 0 otherwise: every node of the cluster as this node sees it,
#                                            so a node that is down is still reported (by its peers)
#   homelab_pve_guest_up{vmid,name}          1 running, 0 otherwise: the VMs and containers on this node (templates left out)
#   homelab_pve_storage_used_bytes{storage}, homelab_pve_storage_size_bytes{storage}
#                                            this node's storages (a storage that is not active has no size: no series)
# This node's own name is not a label: the scrape target's `node` label carries it (a `node` label here
# would be renamed exported_node by Prometheus).
#
# This node is HOMELAB_PVE_NODE, by default the host name up to its first dot (Proxmox's node name).
# Exit codes: 0 written, 1 pvesh failed or gave something else than the resources (success 0 written), or the
# file could not be written.
set -euo pipefail

readonly prog=homelab-pve-metrics
metrics_dir="${HOMELAB_METRICS_DIR:-/var/lib/prometheus/node-exporter}"
metrics_file="$metrics_dir/homelab_pve.prom"
node="${HOMELAB_PVE_NODE:-$(uname -n)}"
node=${node%%.*}
# pvesh waits for pmxcfs, which hangs while the cluster has no quorum; a minute's timer must not pile up runs.
timeout_seconds="${HOMELAB_PVE_TIMEOUT_SECONDS:-30}"

err() { printf '%s: %s\n' "$prog" "$*" >&2; }

# Writes stdin to the metrics file atomically (a temporary file beside it, then mv).
write_metrics() {
  local tmp="$metrics_file.tmp.$$"
  if cat >"$tmp" && chmod 0644 "$tmp" && mv -f "$tmp" "$metrics_file"; then return 0; fi
  rm -f "$tmp"
  err "could not write $metrics_file; create $metrics_dir (node-exporter's textfile folder) or set HOMELAB_METRICS_DIR"
  return 1
}

failed() {
  printf '# HELP homelab_pve_scrape_success Whether pvesh answered with the cluster resources (1) or not (0) on the last run.\n'
  printf '# TYPE homelab_pve_scrape_success gauge\nhomelab_pve_scrape_success 0\n'
}

# Each family's lines together (the text format wants that), in a stable order.
# shellcheck disable=SC2016 # $node and $ARGS are jq's
readonly program='
  def esc: tostring | gsub("\\\\"; "\\\\") | gsub("\""; "\\\"") | gsub("\n"; "\\n");
  def family($metric; $help): "# HELP \($metric) \($help)", "# TYPE \($metric) gauge";
  def labels($pairs): "{" + ([$pairs | to_entries[] | "\(.key)=\"\(.value | esc)\""] | join(",")) + "}";
  if type != "array" then error("not a list of resources") else . end
  | [.[] | objects] as $all
  | ($all | map(select(.type == "node" and (.node | type) == "string")) | sort_by(.node)) as $nodes
  | ($all | map(select((.type == "qemu" or .type == "lxc") and .node == $node and .vmid != null and (.template // 0) != 1)) | sort_by(.vmid | tonumber))
    as $guests
  | ($all | map(select(.type == "storage" and .node == $node and (.storage | type) == "string")) | sort_by(.storage)) as $storages
  | ($storages | map(select((.disk | type) == "number" and (.maxdisk | type) == "number"))) as $sized
  | family("homelab_pve_scrape_success"; "Whether pvesh answered with the cluster resources (1) or not (0) on the last run."),
    "homelab_pve_scrape_success 1",
    family("homelab_pve_node_up"; "Whether the cluster sees the node online (1) or not (0)."),
    ($nodes[] | "homelab_pve_node_up\(labels({pve_node: .node}))" + (if .status == "online" then " 1" else " 0" end)),
    family("homelab_pve_guest_up"; "Whether the VM or container on this node is running (1) or not (0)."),
    ($guests[] | "homelab_pve_guest_up\(labels({vmid, name: (.name // "")}))" + (if .status == "running" then " 1" else " 0" end)),
    family("homelab_pve_storage_used_bytes"; "Bytes used on the storage, as this node sees it."),
    ($sized[] | "homelab_pve_storage_used_bytes\(labels({storage})) \(.disk)"),
    family("homelab_pve_storage_size_bytes"; "Size of the storage in bytes, as this node sees it."),
    ($sized[] | "homelab_pve_storage_size_bytes\(labels({storage})) \(.maxdisk)")
'

errors=$(mktemp)
trap 'rm -f "$errors"' EXIT
rc=0
resources=$(timeout "$timeout_seconds" pvesh get /cluster/resources --output-format json 2>"$errors") || rc=$?
if ((rc != 0)); then
  failed | write_metrics
  err "pvesh get /cluster/resources failed (exit $rc): $(head -n 1 "$errors"); check the cluster (pvecm status) and run this as root"
  exit 1
fi
if ! text=$(jq -r --arg node "$node" "$program" <<<"$resources" 2>"$errors"); then
  failed | write_metrics
  err "pvesh gave something else than the cluster resources ($(head -n 1 "$errors")); check pvesh get /cluster/resources --output-format json"
  exit 1
fi
printf '%s\n' "$text" | write_metrics
