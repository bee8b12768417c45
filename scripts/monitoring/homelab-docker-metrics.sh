#!/usr/bin/env bash
# The `docker` collector of the node_exporter role, on a host that runs compose projects: asks the Docker
# engine about every container (docker ps -a, docker inspect, and the engine's stats endpoint for the
# running ones) and writes node-exporter textfile metrics to HOMELAB_METRICS_DIR/homelab_docker.prom
# (default folder /var/lib/prometheus/node-exporter), atomically. Run every minute by
# homelab-docker-metrics.timer, as root (the engine's socket is root's). It stands in for cAdvisor, whose
# image the homelab does not run: the series the alerts need, per container, and nothing per process.
#
#   homelab_docker_scrape_success            1 when the engine answered, 0 otherwise (then no other series)
#   homelab_container_info{...,image}        1 per container, with its image as the container was created
#   homelab_container_running                1 running, 0 otherwise (created, exited, dead, paused counts as running)
#   homelab_container_health_status{...,health}
#                                            one series per status (healthy, unhealthy, starting, none), 1 for the
#                                            container's own: `none` when it has no health check or is not running
#   homelab_container_restarts_total         how often the engine restarted it (its restart policy) since it was created
#   homelab_container_exit_code              the last exit code of a container that is not running
#   homelab_container_memory_usage_bytes     memory in use less the inactive page cache (what docker stats shows), running ones
#   homelab_container_memory_limit_bytes     its memory limit, where it has one
#   homelab_container_cpu_seconds_total      CPU time used since it started, running ones
# Every series has the labels container (its name), compose_project and compose_service (from the labels
# docker compose gives its containers; empty for a container compose did not make). The host is the scrape
# target's label.
#
# `docker stats` prints rounded human units and no CPU time, so the running containers' figures come from the
# engine's API (GET /containers/<id>/stats?stream=false&one-shot=true) over its unix socket with curl: the
# socket of DOCKER_HOST (unix://...) or /var/run/docker.sock. A container whose stats cannot be read (it stopped
# meanwhile) has no usage series that run; the others are still written.
# Exit codes: 0 written, 1 the engine did not answer (success 0 written) or the file could not be written.
set -euo pipefail

readonly prog=homelab-docker-metrics
metrics_dir="${HOMELAB_METRICS_DIR:-/var/lib/prometheus/node-exporter}"
metrics_file="$metrics_dir/homelab_docker.prom"
# A wedged engine must not pile up a minute's runs.
timeout_seconds="${HOMELAB_DOCKER_TIMEOUT_SECONDS:-20}"
case "${DOCKER_HOST:-}" in
  "") socket=/var/run/docker.sock ;;
  unix://*) socket="${DOCKER_HOST#unix://}" ;;
  *) socket="" ;;
esac

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
  printf '# HELP homelab_docker_scrape_success Whether the Docker engine answered (1) or not (0) on the last run.\n'
  printf '# TYPE homelab_docker_scrape_success gauge\nhomelab_docker_scrape_success 0\n'
}

# $inspect: docker inspect's array; $stats: the running containers' stats by ID. Each family's lines together,
# containers by name.
# shellcheck disable=SC2016 # $inspect and $stats are jq's
readonly program='
  def esc: tostring | gsub("\\\\"; "\\\\") | gsub("\""; "\\\"") | gsub("\n"; "\\n");
  def family($metric; $type; $help): "# HELP \($metric) \($help)", "# TYPE \($metric) \($type)";
  def labels($pairs): "{" + ([$pairs | to_entries[] | "\(.key)=\"\(.value | esc)\""] | join(",")) + "}";
  def num: if type == "number" then . else null end;
  [ $inspect[]
    | (.Config.Labels // {}) as $l
    | { id: .Id, running: (.State.Running == true),
        labels: { container: (.Name | ltrimstr("/")), compose_project: ($l["com.docker.compose.project"] // ""),
                  compose_service: ($l["com.docker.compose.service"] // "") },
        image: (.Config.Image // ""),
        health: (if .State.Running == true then (.State.Health.Status // "none") else "none" end),
        restarts: (.RestartCount // 0), exit: (.State.ExitCode // 0),
        limit: ((.HostConfig.Memory // 0) | num), stats: $stats[.Id] } ] | sort_by(.labels.container) as $all
  | ($all | map(select(.running and .stats != null))) as $measured
  | family("homelab_docker_scrape_success"; "gauge"; "Whether the Docker engine answered (1) or not (0) on the last run."),
    "homelab_docker_scrape_success 1",
    family("homelab_container_info"; "gauge"; "One series per container with its image (always 1)."),
    ($all[] | "homelab_container_info\(labels(.labels + {image}))" + " 1"),
    family("homelab_container_running"; "gauge"; "Whether the container is running (1) or not (0)."),
    ($all[] | "homelab_container_running\(labels(.labels)) \(if .running then 1 else 0 end)"),
    family("homelab_container_health_status"; "gauge"; "The container health check status (1 for its own; none without a check or when not running)."),
    ($all[] | . as $c | ("healthy", "unhealthy", "starting", "none")
      | "homelab_container_health_status\(labels($c.labels + {health: .})) \(if $c.health == . then 1 else 0 end)"),
    family("homelab_container_restarts_total"; "counter"; "Restarts of the container by the engine since it was created."),
    ($all[] | "homelab_container_restarts_total\(labels(.labels)) \(.restarts)"),
    family("homelab_container_exit_code"; "gauge"; "The last exit code of a container that is not running."),
    ($all[] | select(.running | not) | "homelab_container_exit_code\(labels(.labels)) \(.exit)"),
    family("homelab_container_memory_usage_bytes"; "gauge"; "Memory the container uses, less its inactive page cache."),
    ($measured[] | (.stats.memory_stats // {}) as $m | ($m.usage | num) as $usage | select($usage != null)
      | ($m.stats // {}) as $s | ($s.total_inactive_file // $s.inactive_file // 0 | num // 0) as $cache
      | "homelab_container_memory_usage_bytes\(labels(.labels)) \(if $cache < $usage then $usage - $cache else $usage end)"),
    family("homelab_container_memory_limit_bytes"; "gauge"; "The memory limit of the container (absent without one)."),
    ($all[] | select((.limit // 0) > 0) | "homelab_container_memory_limit_bytes\(labels(.labels)) \(.limit)"),
    family("homelab_container_cpu_seconds_total"; "counter"; "CPU time the container used since it started, in seconds."),
    ($measured[] | (.stats.cpu_stats.cpu_usage.total_usage | num) as $ns | select($ns != null)
      | "homelab_container_cpu_seconds_total\(labels(.labels)) \($ns / 1e9)")
'

for tool in docker jq curl; do
  if ! command -v "$tool" >/dev/null; then
    failed | write_metrics
    err "$tool is not installed; the node_exporter role installs jq and curl, the docker role the engine"
    exit 1
  fi
done

work=$(mktemp -d)
errors="$work/errors"
trap 'rm -rf "$work"' EXIT
mkdir "$work/stats"
rc=0
ids=$(timeout "$timeout_seconds" docker ps -aq --no-trunc 2>"$errors") || rc=$?
if ((rc != 0)); then
  failed | write_metrics
  err "docker ps failed (exit $rc): $(head -n 1 "$errors"); check the engine (systemctl status docker) and run this as root"
  exit 1
fi
echo '[]' >"$work/inspect.json"
if [[ -n "$ids" ]]; then
  # A container removed between ps and inspect makes inspect exit 1 with the others still printed.
  # shellcheck disable=SC2086 # one ID per word
  timeout "$timeout_seconds" docker inspect $ids >"$work/inspect.json" 2>"$errors" || true
  if ! jq -e 'type == "array"' "$work/inspect.json" >/dev/null 2>&1; then
    failed | write_metrics
    err "docker inspect gave no containers: $(head -n 1 "$errors"); check the engine (systemctl status docker)"
    exit 1
  fi
fi
if [[ -n "$socket" ]]; then
  for id in $(jq -r '.[] | select(.State.Running == true) | .Id' "$work/inspect.json"); do
    curl -sf --max-time "$timeout_seconds" --unix-socket "$socket" -o "$work/stats/$id.json" \
      "http://localhost/containers/$id/stats?stream=false&one-shot=true" 2>/dev/null || rm -f "$work/stats/$id.json"
  done
fi
# The stats by container ID (each file is named after its container).
find "$work/stats" -name '*.json' -print0 | xargs -0r jq -n '[inputs | {key: (input_filename | split("/")[-1] | rtrimstr(".json")), value: .}] | from_entries' \
  >"$work/stats.json" 2>"$errors" || true
[[ -s "$work/stats.json" ]] || echo '{}' >"$work/stats.json"
if ! text=$(jq -nr --slurpfile i "$work/inspect.json" --slurpfile s "$work/stats.json" '$i[0] as $inspect | $s[0] as $stats | '"$program" 2>"$errors"); then
  failed | write_metrics
  err "the engine gave something else than containers ($(head -n 1 "$errors")); check docker inspect"
  exit 1
fi
printf '%s\n' "$text" | write_metrics
