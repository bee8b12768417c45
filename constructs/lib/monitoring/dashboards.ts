import type { NodeTarget, Probe } from "./targets";

/** A Grafana dashboard as provisioned JSON. */
export type Dashboard = Record<string, unknown>;

interface PanelSpec {
  readonly title: string;
  readonly type: "stat" | "timeseries" | "table";
  readonly exprs: ReadonlyArray<{ readonly expr: string; readonly legend?: string }>;
  readonly unit?: string;
  readonly width?: number;
  readonly upDown?: boolean;
}

/**
 * The dashboards of an environment, provisioned into Grafana from files: the overview (every host of
 * the model up or down, every probe), a host (a variable listing the model's hosts), the GPUs, the
 * containers of the Docker hosts, the backups and the published services. Every query names the environment; the datasource is the
 * environment's Prometheus (grafana-datasources.yml).
 */
export function dashboards(environment: string, nodes: readonly NodeTarget[], probes: readonly Probe[]): Record<string, Dashboard> {
  const e = `environment="${environment}"`;
  const fs = `${e},host="$host",fstype!~"tmpfs|ramfs|overlay|squashfs|nsfs"`;
  const ds = datasourceUid(environment);
  const gpuHosts = nodes.filter((n) => n.gpu);
  const published = probes.filter((p) => p.labels.kind === "published");
  const out: Record<string, Dashboard> = {
    overview: dashboard(ds, `${environment}-overview`, `${environment}: overview`, [
      ...nodes.map((n): PanelSpec => ({
        title: n.host,
        type: "stat",
        exprs: [{ expr: `up{job="node",${e},host="${n.host}"}` }],
        width: 3,
        upDown: true,
      })),
      { title: "Probes failing", type: "stat", exprs: [{ expr: `count(probe_success{${e}} == 0) or vector(0)` }], width: 6 },
      {
        title: "Alerts firing",
        type: "stat",
        exprs: [{ expr: `count(ALERTS{${e},alertstate="firing",alertname!="Watchdog"}) or vector(0)` }],
        width: 6,
      },
    ]),
    host: dashboard(
      ds,
      `${environment}-host`,
      `${environment}: host`,
      [
        {
          title: "CPU busy",
          type: "timeseries",
          unit: "percentunit",
          exprs: [{ expr: `1 - avg(rate(node_cpu_seconds_total{${e},host="$host",mode="idle"}[5m]))` }],
        },
        {
          title: "Memory available",
          type: "timeseries",
          unit: "percentunit",
          exprs: [{ expr: `node_memory_MemAvailable_bytes{${e},host="$host"} / node_memory_MemTotal_bytes{${e},host="$host"}` }],
        },
        {
          title: "Filesystems free",
          type: "timeseries",
          unit: "percentunit",
          exprs: [
            {
              expr: `node_filesystem_avail_bytes{${fs}} / node_filesystem_size_bytes{${fs}}`,
              legend: "{{mountpoint}}",
            },
          ],
        },
        {
          title: "Network received",
          type: "timeseries",
          unit: "Bps",
          exprs: [{ expr: `rate(node_network_receive_bytes_total{${e},host="$host",device!="lo"}[5m])`, legend: "{{device}}" }],
        },
      ],
      nodes.map((n) => n.host),
    ),
    backups: dashboard(ds, `${environment}-backups`, `${environment}: backups`, [
      {
        title: "Age of the last backup",
        type: "table",
        unit: "s",
        exprs: [{ expr: `time() - homelab_backup_last_success_timestamp_seconds{${e}}`, legend: "{{host}} {{item}}" }],
        width: 24,
      },
      { title: "Last run failed", type: "stat", exprs: [{ expr: `count(homelab_backup_last_run_success{${e}} == 0) or vector(0)` }], width: 12 },
      {
        title: "Repository checks failing",
        type: "stat",
        exprs: [{ expr: `count(homelab_backup_check_success{${e}} == 0) or vector(0)` }],
        width: 12,
      },
    ]),
    services: dashboard(ds, `${environment}-services`, `${environment}: services`, [
      { title: "Probes", type: "table", exprs: [{ expr: `probe_success{${e}}`, legend: "{{host}} {{service}}" }], width: 24 },
      ...published.map((p): PanelSpec => ({
        title: p.target,
        type: "stat",
        exprs: [{ expr: `probe_success{${e},instance="${p.target}"}` }],
        width: 6,
        upDown: true,
      })),
      {
        title: "Certificates: days left",
        type: "table",
        exprs: [{ expr: `(probe_ssl_earliest_cert_expiry{${e}} - time()) / 86400`, legend: "{{instance}}" }],
        width: 24,
      },
    ]),
  };
  if (nodes.some((n) => n.docker)) {
    // The docker collector's series of every container on the Docker hosts.
    const c = `homelab_container_running{${e}}`;
    out.containers = dashboard(ds, `${environment}-containers`, `${environment}: containers`, [
      { title: "Not running", type: "stat", exprs: [{ expr: `count(${c} == 0) or vector(0)` }], width: 8 },
      {
        title: "Unhealthy",
        type: "stat",
        exprs: [{ expr: `count(homelab_container_health_status{${e},health="unhealthy"} == 1) or vector(0)` }],
        width: 8,
      },
      {
        title: "Restarts in the last hour",
        type: "stat",
        exprs: [{ expr: `sum(increase(homelab_container_restarts_total{${e}}[1h])) or vector(0)` }],
        width: 8,
      },
      { title: "Containers", type: "table", exprs: [{ expr: c, legend: "{{host}} {{compose_project}}/{{compose_service}}" }], width: 24 },
      {
        title: "Memory",
        type: "timeseries",
        unit: "bytes",
        exprs: [{ expr: `homelab_container_memory_usage_bytes{${e}}`, legend: "{{host}} {{container}}" }],
      },
      {
        title: "CPU",
        type: "timeseries",
        unit: "percentunit",
        exprs: [{ expr: `rate(homelab_container_cpu_seconds_total{${e}}[5m])`, legend: "{{host}} {{container}}" }],
      },
    ]);
  }
  if (gpuHosts.length > 0) {
    out.gpu = dashboard(
      ds,
      `${environment}-gpu`,
      `${environment}: GPUs`,
      gpuHosts.flatMap((n): PanelSpec[] => [
        {
          title: `${n.host}: temperature`,
          type: "timeseries",
          unit: "celsius",
          exprs: [{ expr: `homelab_gpu_temperature_celsius{${e},host="${n.host}"}`, legend: "GPU {{gpu}}" }],
        },
        {
          title: `${n.host}: utilization`,
          type: "timeseries",
          unit: "percentunit",
          exprs: [{ expr: `homelab_gpu_utilization_ratio{${e},host="${n.host}"}`, legend: "GPU {{gpu}}" }],
        },
        {
          title: `${n.host}: memory used`,
          type: "timeseries",
          unit: "percentunit",
          exprs: [
            {
              expr: `homelab_gpu_memory_used_bytes{${e},host="${n.host}"} / homelab_gpu_memory_total_bytes{${e},host="${n.host}"}`,
              legend: "GPU {{gpu}}",
            },
          ],
        },
      ]),
    );
  }
  return out;
}

/** The UID of an environment's Prometheus datasource in Grafana. */
export function datasourceUid(environment: string): string {
  return `prometheus-${environment}`;
}

/** Grafana's datasource provisioning file: the environment's Prometheus and, given its URL, its Alertmanager. */
export function grafanaDatasources(environment: string, prometheusUrl: string, alertmanagerUrl?: string): Record<string, unknown> {
  return {
    apiVersion: 1,
    datasources: [
      {
        name: `Prometheus ${environment}`,
        uid: datasourceUid(environment),
        type: "prometheus",
        access: "proxy",
        url: prometheusUrl,
        isDefault: false,
        editable: false,
      },
      // The alerts Alertmanager holds (and its silences), beside the rules' state Prometheus shows.
      ...(alertmanagerUrl
        ? [
            {
              name: `Alertmanager ${environment}`,
              uid: `alertmanager-${environment}`,
              type: "alertmanager",
              access: "proxy",
              url: alertmanagerUrl,
              editable: false,
              jsonData: { implementation: "prometheus", handleGrafanaManagedAlerts: false },
            },
          ]
        : []),
    ],
  };
}

/** Every query of a dashboard, for checking them with promtool. */
export function queriesOf(d: Dashboard): string[] {
  return (d.panels as Array<{ targets: Array<{ expr: string }> }>).flatMap((p) => p.targets.map((t) => t.expr));
}

function dashboard(ds: string, uid: string, title: string, panels: readonly PanelSpec[], hosts?: readonly string[]): Dashboard {
  let x = 0;
  let y = 0;
  const laid = panels.map((p, i) => {
    const w = p.width ?? 12;
    const h = p.type === "stat" ? 4 : 8;
    if (x + w > 24) {
      x = 0;
      y += h;
    }
    const panel = {
      id: i + 1,
      title: p.title,
      type: p.type,
      datasource: { type: "prometheus", uid: ds },
      gridPos: { x, y, w, h },
      targets: p.exprs.map((q, j) => ({ refId: String.fromCharCode(65 + j), expr: q.expr, ...(q.legend ? { legendFormat: q.legend } : {}) })),
      fieldConfig: {
        defaults: {
          ...(p.unit ? { unit: p.unit } : {}),
          ...(p.upDown
            ? {
                mappings: [{ type: "value", options: { "0": { text: "DOWN", color: "red" }, "1": { text: "UP", color: "green" } } }],
                color: { mode: "thresholds" },
                thresholds: {
                  mode: "absolute",
                  steps: [
                    { color: "red", value: null },
                    { color: "green", value: 1 },
                  ],
                },
              }
            : {}),
        },
        overrides: [],
      },
    };
    x += w;
    return panel;
  });
  return {
    uid,
    title,
    schemaVersion: 39,
    version: 1,
    editable: false,
    time: { from: "now-6h", to: "now" },
    refresh: "1m",
    tags: ["homelab", "generated"],
    templating: {
      list: hosts
        ? [
            {
              name: "host",
              label: "Host",
              type: "custom",
              query: hosts.join(","),
              current: { text: hosts[0] ?? "", value: hosts[0] ?? "" },
              options: hosts.map((h, i) => ({ text: h, value: h, selected: i === 0 })),
            },
          ]
        : [],
    },
    panels: laid,
  };
}
