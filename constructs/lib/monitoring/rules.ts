import type { BackupItemReport } from "../backups";
import type { Severity } from "./model";
import type { ContainerTarget, Labels, MetricsTarget, NodeTarget, Probe, Watched } from "./targets";

/**
 * The alert rules of an environment and their unit tests (`promtool test rules`), both derived from
 * what it watches. Each rule exists only where the model has something it applies to (GPU rules on a
 * site with a GPU host, ZFS where a node has a zfspool storage), carries the labels of its targets
 * (environment, host, role, node, service) and a runbook link into docs/alerts.md. Each test feeds
 * the series a failure produces, with the labels the scrape configuration gives each target, and
 * expects exactly the alerts the model's hosts and services should raise; one test feeds the healthy
 * series of everything and expects no alert at all but the Watchdog.
 */

/** What the rules are derived from. */
export interface RuleInputs {
  /** Environment name. */
  readonly environment: string;
  /** Everything watched. */
  readonly watched: Watched;
  /** The in-guest backup items and their objectives. */
  readonly backups: readonly BackupItemReport[];
  /** Proxmox nodes with a ZFS pool: node name to pool names. */
  readonly zfsPools: ReadonlyMap<string, readonly string[]>;
  /** Proxmox nodes and their storages. */
  readonly storages: ReadonlyMap<string, readonly string[]>;
  /** The Kubernetes nodes of the federated clusters. */
  readonly kubernetesNodes: readonly string[];
  /** Base URL of docs/alerts.md. */
  readonly runbookUrl: string;
}

/** One input series of a rule test. */
interface Series {
  readonly name: string;
  readonly labels: Labels;
  /** promtool's expanding notation, e.g. `0x10` or `60e9-1e9x60`. */
  readonly values: string;
}

/** A rule with the series that make it fire, the alerts they raise, and the series that must not. */
interface RuleDef {
  readonly alert: string;
  readonly group: string;
  readonly expr: string;
  readonly for: string;
  readonly severity: Severity | "none";
  /** With `{{ $labels.x }}` references only (the tests expand them). */
  readonly summary: string;
  /** Static labels beyond severity. */
  readonly labels?: Labels;
  readonly test: {
    /** Minutes between samples. */
    readonly intervalMinutes: number;
    readonly evalMinutes: number;
    readonly firing: readonly Series[];
    readonly healthy: readonly Series[];
    /** The labels of each expected alert, without alertname and the rule's own labels. */
    readonly expect: readonly Labels[];
  };
}

/** The rule file: `groups` of alerting rules, as Prometheus reads it. */
export function alertRules(inputs: RuleInputs): { groups: unknown[] } {
  const defs = ruleDefs(inputs);
  const groups = [...new Set(defs.map((d) => d.group))];
  return {
    groups: groups.map((name) => ({
      name,
      rules: defs
        .filter((d) => d.group === name)
        .map((d) => ({
          alert: d.alert,
          expr: d.expr,
          ...(d.for !== "0m" ? { for: d.for } : {}),
          labels: { severity: d.severity, ...d.labels },
          annotations: { summary: d.summary, runbook_url: runbookOf(inputs, d.alert) },
        })),
    })),
  };
}

/**
 * The rule tests in two files: the rules sampled by the minute, and those sampled by the hour (the
 * backups, whose objectives are hours to days), each file evaluating the rules at its own pace.
 */
export function ruleTests(inputs: RuleInputs, ruleFile: string): { readonly minutes: unknown; readonly hours: unknown } {
  const defs = ruleDefs(inputs);
  const hourly = (d: RuleDef) => d.test.intervalMinutes === 60;
  return {
    minutes: testFile(
      inputs,
      ruleFile,
      defs.filter((d) => !hourly(d)),
      "1m",
    ),
    hours: testFile(inputs, ruleFile, defs.filter(hourly), "1h"),
  };
}

/** The tests of `defs`: per alert the failure and the alerts it raises, then everything healthy and no alert. */
function testFile(inputs: RuleInputs, ruleFile: string, defs: readonly RuleDef[], evaluationInterval: string): unknown {
  const firing = byAlert(defs).map(({ alert, defs: same, interval, evalMinutes }) => ({
    name: `${alert} fires for what the model has`,
    interval: `${interval}m`,
    input_series: seriesOf(dedupe(same.flatMap((d) => d.test.firing.map((s) => (same.length > 1 ? cover(s, interval, evalMinutes) : s))))),
    alert_rule_test: [
      {
        eval_time: `${evalMinutes}m`,
        alertname: alert,
        exp_alerts: same.flatMap((d) =>
          d.test.expect.map((labels) => ({
            exp_labels: { ...labels, severity: d.severity, ...d.labels },
            exp_annotations: { summary: expand(d.summary, { ...labels, ...d.labels }), runbook_url: runbookOf(inputs, d.alert) },
          })),
        ),
      },
    ],
  }));
  // The healthy series of every rule, one test per sampling interval (backups are sampled hourly, to
  // reach their objectives in few samples), every rule of that interval expected silent.
  const healthyDefs = defs.filter((d) => d.alert !== "Watchdog");
  const intervals = [...new Set(healthyDefs.map((d) => d.test.intervalMinutes))].sort((a, b) => a - b);
  const healthy = intervals.map((interval) => {
    const same = healthyDefs.filter((d) => d.test.intervalMinutes === interval);
    const evalMinutes = Math.max(...same.map((d) => d.test.evalMinutes));
    return {
      name: `nothing fires while everything is healthy (sampled every ${interval}m)`,
      interval: `${interval}m`,
      input_series: seriesOf(dedupe(same.flatMap((d) => d.test.healthy.map((s) => cover(s, interval, evalMinutes))))),
      alert_rule_test: [...new Set(same.map((d) => d.alert))].map((alertname) => ({ eval_time: `${evalMinutes}m`, alertname, exp_alerts: [] })),
    };
  });
  return { rule_files: [ruleFile], evaluation_interval: evaluationInterval, tests: [...firing, ...healthy] };
}

/** The rules of each alert name (several rules may raise one alert), with one interval and evaluation time for their test. */
function byAlert(defs: readonly RuleDef[]): Array<{ alert: string; defs: RuleDef[]; interval: number; evalMinutes: number }> {
  return [...new Set(defs.map((d) => d.alert))].map((alert) => {
    const same = defs.filter((d) => d.alert === alert);
    return {
      alert,
      defs: same,
      interval: Math.min(...same.map((d) => d.test.intervalMinutes)),
      evalMinutes: Math.max(...same.map((d) => d.test.evalMinutes)),
    };
  });
}

/** The names of every alert the environment has, for the runbook check. */
export function alertNames(inputs: RuleInputs): string[] {
  return [...new Set(ruleDefs(inputs).map((d) => d.alert))];
}

function runbookOf(inputs: RuleInputs, alert: string): string {
  return `${inputs.runbookUrl}#${alert.toLowerCase()}`;
}

function ruleDefs(inputs: RuleInputs): RuleDef[] {
  const env = inputs.environment;
  const { nodes, metrics, probes } = inputs.watched;
  const guests = nodes.filter((n) => !n.hypervisor);
  const hypervisors = nodes.filter((n) => n.hypervisor);
  const gpus = nodes.filter((n) => n.gpu);
  const defs: RuleDef[] = [
    ...hostRules(env, guests, nodes),
    ...gpuRules(env, gpus),
    ...proxmoxRules(env, hypervisors, inputs.storages, inputs.zfsPools),
    ...serviceRules(env, metrics, probes),
    ...containerRules(env, nodes, inputs.watched.containers),
    ...applicationRules(env, metrics, inputs.kubernetesNodes),
    ...backupRules(env, nodes, inputs.backups),
    watchdog(),
  ];
  return defs.filter((d) => d.test.expect.length > 0 || d.alert === "Watchdog");
}

const sel = (matchers: Record<string, string>) =>
  `{${Object.entries(matchers)
    .map(([k, v]) =>
      v.startsWith("~")
        ? `${k}=~"${v.slice(1)}"`
        : v.startsWith("!~")
          ? `${k}!~"${v.slice(2)}"`
          : v.startsWith("!")
            ? `${k}!="${v.slice(1)}"`
            : `${k}="${v}"`,
    )
    .join(",")}}`;

/** What the node exporter's target labels become on its series. */
const scraped = (n: NodeTarget): Labels => ({ ...n.labels, job: "node", instance: n.address });

function hostRules(env: string, guests: readonly NodeTarget[], all: readonly NodeTarget[]): RuleDef[] {
  const node = { job: "node", environment: env };
  const fs = { ...node, fstype: "!~tmpfs|ramfs|overlay|squashfs|nsfs" };
  const root = { device: "/dev/sda1", fstype: "ext4", mountpoint: "/" };
  return [
    {
      alert: "HostDown",
      group: "hosts",
      expr: `up${sel({ ...node, role: "!hypervisor" })} == 0`,
      for: "3m",
      severity: "critical",
      summary: "{{ $labels.host }} ({{ $labels.role }}) is down: its node exporter at {{ $labels.instance }} does not answer",
      test: {
        intervalMinutes: 1,
        evalMinutes: 5,
        firing: guests.map((n) => ({ name: "up", labels: scraped(n), values: "0x10" })),
        healthy: all.map((n) => ({ name: "up", labels: scraped(n), values: "1x10" })),
        expect: guests.map(scraped),
      },
    },
    ...all.map((n): RuleDef => ({
      alert: "HostNotScraped",
      group: "model",
      expr: `absent(up${sel({ ...node, host: n.host })})`,
      for: "10m",
      severity: "warning",
      // One rule per host: its label keeps the rules apart (absent() gives it to the alert as well).
      labels: { host: n.host },
      summary: "{{ $labels.host }} is in the model but Prometheus has no target for it: deploy monitoring/" + env + "/prometheus.yml",
      test: {
        intervalMinutes: 1,
        evalMinutes: 12,
        firing: [{ name: "up", labels: { job: "node", environment: env, host: "not-in-the-model", instance: "192.0.2.1:9100" }, values: "1x15" }],
        healthy: [{ name: "up", labels: scraped(n), values: "1x15" }],
        expect: [{ job: "node", environment: env, host: n.host }],
      },
    })),
    {
      alert: "HostDiskFilling",
      group: "hosts",
      expr:
        `(node_filesystem_avail_bytes${sel(fs)} / node_filesystem_size_bytes${sel(fs)} < 0.25)` +
        ` and predict_linear(node_filesystem_avail_bytes${sel(fs)}[6h], 86400) < 0`,
      for: "30m",
      severity: "warning",
      summary: "{{ $labels.mountpoint }} on {{ $labels.host }} is below 25% free and fills within a day at its current rate",
      test: {
        intervalMinutes: 1,
        evalMinutes: 60,
        firing: all.flatMap((n) => [
          { name: "node_filesystem_avail_bytes", labels: { ...scraped(n), ...root }, values: "60e9-1e9x60" },
          { name: "node_filesystem_size_bytes", labels: { ...scraped(n), ...root }, values: "200e9x60" },
        ]),
        healthy: all.flatMap((n) => [
          { name: "node_filesystem_avail_bytes", labels: { ...scraped(n), ...root }, values: "150e9x60" },
          { name: "node_filesystem_size_bytes", labels: { ...scraped(n), ...root }, values: "200e9x60" },
        ]),
        expect: all.map((n) => ({ ...scraped(n), ...root })),
      },
    },
    {
      alert: "HostMemoryLow",
      group: "hosts",
      expr: `node_memory_MemAvailable_bytes${sel(node)} / node_memory_MemTotal_bytes${sel(node)} < 0.1`,
      for: "15m",
      severity: "warning",
      summary: "{{ $labels.host }} has less than 10% of its memory available",
      test: {
        intervalMinutes: 1,
        evalMinutes: 20,
        firing: all.flatMap((n) => [
          { name: "node_memory_MemAvailable_bytes", labels: scraped(n), values: "1e9x20" },
          { name: "node_memory_MemTotal_bytes", labels: scraped(n), values: "16e9x20" },
        ]),
        healthy: all.flatMap((n) => [
          { name: "node_memory_MemAvailable_bytes", labels: scraped(n), values: "8e9x20" },
          { name: "node_memory_MemTotal_bytes", labels: scraped(n), values: "16e9x20" },
        ]),
        expect: all.map(scraped),
      },
    },
  ];
}

function gpuRules(env: string, gpus: readonly NodeTarget[]): RuleDef[] {
  const m = { job: "node", environment: env };
  const gpu = { gpu: "0", name: "gpu0" };
  const series = (name: string, firing: string, healthy: string, extra: Labels = gpu) => ({
    firing: gpus.map((n) => ({ name, labels: { ...scraped(n), ...extra }, values: firing })),
    healthy: gpus.map((n) => ({ name, labels: { ...scraped(n), ...extra }, values: healthy })),
    expect: gpus.map((n) => ({ ...scraped(n), ...extra })),
  });
  return [
    {
      alert: "GpuTemperatureHigh",
      group: "gpu",
      expr: `homelab_gpu_temperature_celsius${sel(m)} > 85`,
      for: "10m",
      severity: "warning",
      summary: "GPU {{ $labels.gpu }} ({{ $labels.name }}) of {{ $labels.host }} is above 85 °C",
      test: { intervalMinutes: 1, evalMinutes: 15, ...series("homelab_gpu_temperature_celsius", "90x15", "60x15") },
    },
    {
      alert: "GpuEccErrors",
      group: "gpu",
      expr: `homelab_gpu_ecc_errors_uncorrected${sel(m)} > 0`,
      for: "0m",
      severity: "critical",
      summary: "GPU {{ $labels.gpu }} ({{ $labels.name }}) of {{ $labels.host }} reports uncorrected ECC errors",
      test: { intervalMinutes: 1, evalMinutes: 2, ...series("homelab_gpu_ecc_errors_uncorrected", "2x5", "0x5") },
    },
    {
      alert: "GpuMetricsMissing",
      group: "gpu",
      expr: `homelab_gpu_scrape_success${sel(m)} == 0`,
      for: "10m",
      severity: "warning",
      summary: "nvidia-smi on {{ $labels.host }} fails: the driver is gone or the GPU fell off the bus",
      test: { intervalMinutes: 1, evalMinutes: 15, ...series("homelab_gpu_scrape_success", "0x15", "1x15", {}) },
    },
  ];
}

function proxmoxRules(
  env: string,
  hypervisors: readonly NodeTarget[],
  storages: ReadonlyMap<string, readonly string[]>,
  zfs: ReadonlyMap<string, readonly string[]>,
): RuleDef[] {
  const m = { job: "node", environment: env };
  const perStorage = (n: NodeTarget) => (storages.get(n.host) ?? []).map((storage) => ({ ...scraped(n), storage }));
  const perPool = (n: NodeTarget) => (zfs.get(n.host) ?? []).map((zpool) => ({ ...scraped(n), zpool }));
  return [
    {
      alert: "ProxmoxNodeDown",
      group: "proxmox",
      expr: `up${sel({ ...m, role: "hypervisor" })} == 0`,
      for: "2m",
      severity: "critical",
      summary: "Proxmox node {{ $labels.node }} is down; its guests' alerts are held back until it is up",
      test: {
        intervalMinutes: 1,
        evalMinutes: 4,
        firing: hypervisors.map((n) => ({ name: "up", labels: scraped(n), values: "0x10" })),
        healthy: hypervisors.map((n) => ({ name: "up", labels: scraped(n), values: "1x10" })),
        expect: hypervisors.map(scraped),
      },
    },
    {
      alert: "ProxmoxStorageFilling",
      group: "proxmox",
      expr: `homelab_pve_storage_used_bytes${sel(m)} / homelab_pve_storage_size_bytes${sel(m)} > 0.85`,
      for: "30m",
      severity: "warning",
      summary: "storage {{ $labels.storage }} of Proxmox node {{ $labels.node }} is more than 85% full",
      test: {
        intervalMinutes: 1,
        evalMinutes: 35,
        firing: hypervisors.flatMap((n) =>
          perStorage(n).flatMap((labels) => [
            { name: "homelab_pve_storage_used_bytes", labels, values: "90e9x40" },
            { name: "homelab_pve_storage_size_bytes", labels, values: "100e9x40" },
          ]),
        ),
        healthy: hypervisors.flatMap((n) =>
          perStorage(n).flatMap((labels) => [
            { name: "homelab_pve_storage_used_bytes", labels, values: "40e9x40" },
            { name: "homelab_pve_storage_size_bytes", labels, values: "100e9x40" },
          ]),
        ),
        expect: hypervisors.flatMap(perStorage),
      },
    },
    {
      alert: "ZfsPoolUnhealthy",
      group: "proxmox",
      expr: `node_zfs_zpool_state${sel({ ...m, state: "!online" })} > 0`,
      for: "5m",
      severity: "critical",
      summary: "ZFS pool {{ $labels.zpool }} on {{ $labels.host }} is {{ $labels.state }}",
      test: {
        intervalMinutes: 1,
        evalMinutes: 7,
        firing: hypervisors.flatMap((n) =>
          perPool(n).map((labels) => ({ name: "node_zfs_zpool_state", labels: { ...labels, state: "degraded" }, values: "1x10" })),
        ),
        healthy: hypervisors.flatMap((n) =>
          perPool(n).flatMap((labels) => [
            { name: "node_zfs_zpool_state", labels: { ...labels, state: "online" }, values: "1x10" },
            { name: "node_zfs_zpool_state", labels: { ...labels, state: "degraded" }, values: "0x10" },
          ]),
        ),
        expect: hypervisors.flatMap(perPool).map((labels) => ({ ...labels, state: "degraded" })),
      },
    },
  ];
}

/**
 * The containers of the compose projects, from the docker collector: one declared but not running (stopped, or
 * gone: absent), unhealthy, restarting over and over, and the collector itself failing. A host whose collector
 * fails holds back its ContainerDown (every container would look gone); a host that is down holds back all of them
 * (Alertmanager's inhibitions).
 */
function containerRules(env: string, nodes: readonly NodeTarget[], containers: readonly ContainerTarget[]): RuleDef[] {
  const byHost = new Map(nodes.map((n) => [n.host, n]));
  const dockerHosts = nodes.filter((n) => n.docker);
  const of = (c: ContainerTarget): Labels => ({
    ...scraped(byHost.get(c.host)!),
    container: c.container,
    compose_project: c.project,
    compose_service: c.service,
  });
  /** The labels absent() gives: the selector's equality matchers. */
  const selector = (c: ContainerTarget): Labels => {
    const n = byHost.get(c.host)!;
    return {
      job: "node",
      environment: env,
      host: c.host,
      ...(n.labels.node ? { node: n.labels.node } : {}),
      compose_project: c.project,
      compose_service: c.service,
    };
  };
  const projects = [...new Map(containers.map((c) => [`${c.host}/${c.project}`, { host: c.host, project: c.project }])).values()];
  const down = projects.map(({ host, project }): RuleDef => {
    const own = containers.filter((c) => c.host === host && c.project === project);
    const n = byHost.get(host)!;
    const scope = { job: "node", environment: env, host };
    const services = `~${own.map((c) => c.service).join("|")}`;
    const stopped = `homelab_container_running${sel({ ...scope, compose_project: project, compose_service: services })} == 0`;
    const gone = own.map((c) => `absent(homelab_container_running${sel(selector(c))})`);
    // The first container is stopped (its series says 0), the others gone (no series): both ways fire.
    const [first, ...rest] = own;
    return {
      alert: "ContainerDown",
      group: "containers",
      expr: `(${[stopped, ...gone].join(" or ")}) unless on (host) (homelab_docker_scrape_success${sel(scope)} == 0)`,
      for: "5m",
      severity: "warning",
      // One rule per project: its labels keep the rules apart (the alerts have them anyway).
      labels: { host, compose_project: project },
      summary: "{{ $labels.compose_service }} of compose project {{ $labels.compose_project }} on {{ $labels.host }} is not running",
      test: {
        intervalMinutes: 1,
        evalMinutes: 7,
        firing: [
          { name: "homelab_docker_scrape_success", labels: scraped(n), values: "1x10" },
          { name: "homelab_container_running", labels: of(first), values: "0x10" },
        ],
        healthy: [
          { name: "homelab_docker_scrape_success", labels: scraped(n), values: "1x10" },
          ...own.map((c) => ({ name: "homelab_container_running", labels: of(c), values: "1x10" })),
        ],
        expect: [of(first), ...rest.map(selector)],
      },
    };
  });
  const health = (c: ContainerTarget, status: string) => ({ ...of(c), health: status });
  return [
    ...down,
    {
      alert: "ContainerUnhealthy",
      group: "containers",
      expr: `homelab_container_health_status${sel({ job: "node", environment: env, health: "unhealthy" })} == 1`,
      for: "5m",
      severity: "warning",
      summary:
        "container {{ $labels.container }} ({{ $labels.compose_project }}/{{ $labels.compose_service }}) on {{ $labels.host }} " +
        "fails its health check",
      test: {
        intervalMinutes: 1,
        evalMinutes: 7,
        firing: containers.map((c) => ({ name: "homelab_container_health_status", labels: health(c, "unhealthy"), values: "1x10" })),
        healthy: containers.flatMap((c) => [
          { name: "homelab_container_health_status", labels: health(c, "unhealthy"), values: "0x10" },
          { name: "homelab_container_health_status", labels: health(c, "healthy"), values: "1x10" },
        ]),
        expect: containers.map((c) => health(c, "unhealthy")),
      },
    },
    {
      alert: "ContainerRestarting",
      group: "containers",
      expr: `increase(homelab_container_restarts_total${sel({ job: "node", environment: env })}[15m]) > 3`,
      for: "0m",
      severity: "warning",
      summary: "container {{ $labels.container }} on {{ $labels.host }} restarted more than 3 times in 15 minutes",
      test: {
        intervalMinutes: 1,
        evalMinutes: 20,
        // A restart every minute, as Docker's restart policy does to a container that keeps exiting.
        firing: containers.map((c) => ({ name: "homelab_container_restarts_total", labels: of(c), values: "0+1x20" })),
        healthy: containers.map((c) => ({ name: "homelab_container_restarts_total", labels: of(c), values: "2x20" })),
        expect: containers.map(of),
      },
    },
    {
      alert: "DockerMetricsMissing",
      group: "containers",
      expr: `homelab_docker_scrape_success${sel({ job: "node", environment: env })} == 0`,
      for: "10m",
      severity: "warning",
      summary: "the Docker engine on {{ $labels.host }} does not answer its metrics collector",
      test: {
        intervalMinutes: 1,
        evalMinutes: 15,
        firing: dockerHosts.map((n) => ({ name: "homelab_docker_scrape_success", labels: scraped(n), values: "0x15" })),
        healthy: dockerHosts.map((n) => ({ name: "homelab_docker_scrape_success", labels: scraped(n), values: "1x15" })),
        expect: dockerHosts.map(scraped),
      },
    },
  ];
}

/** What a probe's target labels become on its series. */
const probed = (p: Probe): Labels => ({ ...p.labels, job: `blackbox-${p.module}`, instance: p.target });
/** What a metrics target's labels become on its series. */
const fromService = (t: MetricsTarget): Labels => ({ ...t.labels, job: t.service, instance: t.address });

function serviceRules(env: string, metrics: readonly MetricsTarget[], probes: readonly Probe[]): RuleDef[] {
  const services = probes.filter((p) => p.labels.kind === "service");
  const published = probes.filter((p) => p.labels.kind === "published");
  const tls = probes.filter((p) => p.module !== "tcp_connect" && (p.module !== "http_2xx" || p.target.startsWith("https://")));
  const probeTest = (list: readonly Probe[]) => ({
    intervalMinutes: 1,
    evalMinutes: 7,
    firing: list.map((p) => ({ name: "probe_success", labels: probed(p), values: "0x10" })),
    healthy: list.map((p) => ({ name: "probe_success", labels: probed(p), values: "1x10" })),
    expect: list.map(probed),
  });
  return [
    {
      alert: "ServiceProbeFailed",
      group: "services",
      expr: `probe_success${sel({ environment: env, kind: "service" })} == 0`,
      for: "5m",
      severity: "warning",
      summary: "{{ $labels.service }} on {{ $labels.host }} fails its probe ({{ $labels.instance }})",
      test: probeTest(services),
    },
    {
      alert: "PublishedServiceDown",
      group: "services",
      expr: `probe_success${sel({ environment: env, kind: "published" })} == 0`,
      for: "5m",
      severity: "critical",
      summary: "{{ $labels.instance }} ({{ $labels.service }}) does not answer through its publisher",
      test: probeTest(published),
    },
    {
      alert: "CertificateExpiringSoon",
      group: "services",
      expr: `probe_ssl_earliest_cert_expiry${sel({ environment: env })} - time() < 14 * 86400`,
      for: "1h",
      severity: "warning",
      summary: "the TLS certificate of {{ $labels.instance }} expires within 14 days",
      test: {
        intervalMinutes: 1,
        evalMinutes: 65,
        firing: tls.map((p) => ({ name: "probe_ssl_earliest_cert_expiry", labels: probed(p), values: "86400x70" })),
        healthy: tls.map((p) => ({ name: "probe_ssl_earliest_cert_expiry", labels: probed(p), values: "8640000x70" })),
        expect: tls.map(probed),
      },
    },
    {
      alert: "ServiceMetricsDown",
      group: "services",
      expr: `up${sel({ environment: env, kind: "service" })} == 0`,
      for: "5m",
      severity: "warning",
      summary: "the metrics of {{ $labels.service }} at {{ $labels.instance }} cannot be scraped",
      test: {
        intervalMinutes: 1,
        evalMinutes: 7,
        firing: metrics.map((t) => ({ name: "up", labels: fromService(t), values: "0x10" })),
        healthy: metrics.map((t) => ({ name: "up", labels: fromService(t), values: "1x10" })),
        expect: metrics.map(fromService),
      },
    },
  ];
}

function applicationRules(env: string, metrics: readonly MetricsTarget[], kubernetesNodes: readonly string[]): RuleDef[] {
  const vault = metrics.filter((t) => t.service === "vault");
  const exporter = metrics.filter((t) => t.service === "elasticsearch-exporter");
  const federation = metrics.filter((t) => t.honorLabels);
  const traefik = metrics.filter((t) => t.service === "traefik-metrics");
  // Traefik's own `service` label gives way to the target's: Prometheus keeps it as exported_service.
  const requests = (t: MetricsTarget, code: string) => ({
    ...fromService(t),
    exported_service: "app@docker",
    code,
    method: "GET",
    protocol: "http",
  });
  const byService = "environment, host, exported_service";
  const traefikSel = sel({ environment: env, service: "traefik-metrics" });
  const health = (t: MetricsTarget, color: string) => ({ ...fromService(t), cluster: "elasticsearch", color });
  const kubeNode = (t: MetricsTarget, node: string) => ({
    ...t.labels,
    job: "kube-state-metrics",
    instance: "kube-state-metrics",
    node,
    condition: "Ready",
    status: "true",
  });
  return [
    {
      alert: "VaultSealed",
      group: "vault",
      expr: `vault_core_unsealed${sel({ environment: env })} == 0`,
      for: "1m",
      severity: "critical",
      summary: "Vault on {{ $labels.host }} is sealed: unseal it with the operators' key shares (docs/vault.md)",
      test: {
        intervalMinutes: 1,
        evalMinutes: 3,
        firing: vault.map((t) => ({ name: "vault_core_unsealed", labels: fromService(t), values: "0x5" })),
        healthy: vault.map((t) => ({ name: "vault_core_unsealed", labels: fromService(t), values: "1x5" })),
        expect: vault.map(fromService),
      },
    },
    {
      alert: "ElasticsearchClusterNotGreen",
      group: "elasticsearch",
      expr: `elasticsearch_cluster_health_status${sel({ environment: env, color: "green" })} == 0`,
      for: "15m",
      severity: "warning",
      summary: "Elasticsearch cluster {{ $labels.cluster }} is not green",
      test: {
        intervalMinutes: 1,
        evalMinutes: 20,
        firing: exporter.flatMap((t) => [
          { name: "elasticsearch_cluster_health_status", labels: health(t, "green"), values: "0x20" },
          { name: "elasticsearch_cluster_health_status", labels: health(t, "yellow"), values: "1x20" },
        ]),
        healthy: exporter.map((t) => ({ name: "elasticsearch_cluster_health_status", labels: health(t, "green"), values: "1x20" })),
        expect: exporter.map((t) => health(t, "green")),
      },
    },
    {
      alert: "ElasticsearchClusterRed",
      group: "elasticsearch",
      expr: `elasticsearch_cluster_health_status${sel({ environment: env, color: "red" })} == 1`,
      for: "2m",
      severity: "critical",
      summary: "Elasticsearch cluster {{ $labels.cluster }} is red: some primary shards are not allocated",
      test: {
        intervalMinutes: 1,
        evalMinutes: 4,
        firing: exporter.map((t) => ({ name: "elasticsearch_cluster_health_status", labels: health(t, "red"), values: "1x10" })),
        healthy: exporter.map((t) => ({ name: "elasticsearch_cluster_health_status", labels: health(t, "red"), values: "0x10" })),
        expect: exporter.map((t) => health(t, "red")),
      },
    },
    {
      alert: "TraefikErrorsHigh",
      group: "traefik",
      expr:
        `sum by (${byService}) (rate(traefik_service_requests_total${sel({ environment: env, service: "traefik-metrics", code: "~5.." })}[5m]))` +
        ` / sum by (${byService}) (rate(traefik_service_requests_total${traefikSel}[5m])) > 0.05`,
      for: "10m",
      severity: "warning",
      summary: "more than 5% of the requests Traefik on {{ $labels.host }} sends to {{ $labels.exported_service }} fail with a 5xx",
      test: {
        intervalMinutes: 1,
        evalMinutes: 20,
        // One request a second, every second one answered 500.
        firing: traefik.flatMap((t) => [
          { name: "traefik_service_requests_total", labels: requests(t, "200"), values: "0+60x25" },
          { name: "traefik_service_requests_total", labels: requests(t, "500"), values: "0+60x25" },
        ]),
        healthy: traefik.flatMap((t) => [
          { name: "traefik_service_requests_total", labels: requests(t, "200"), values: "0+60x25" },
          { name: "traefik_service_requests_total", labels: requests(t, "500"), values: "0x25" },
        ]),
        expect: traefik.map((t) => ({ environment: env, host: t.labels.host, exported_service: "app@docker" })),
      },
    },
    {
      alert: "K3sNodeNotReady",
      group: "kubernetes",
      expr: `kube_node_status_condition${sel({ environment: env, condition: "Ready", status: "true" })} == 0`,
      for: "10m",
      severity: "warning",
      summary: "Kubernetes node {{ $labels.node }} is not Ready",
      test: {
        intervalMinutes: 1,
        evalMinutes: 12,
        firing: federation.flatMap((t) =>
          kubernetesNodes.map((n) => ({ name: "kube_node_status_condition", labels: kubeNode(t, n), values: "0x15" })),
        ),
        healthy: federation.flatMap((t) =>
          kubernetesNodes.map((n) => ({ name: "kube_node_status_condition", labels: kubeNode(t, n), values: "1x15" })),
        ),
        expect: federation.flatMap((t) => kubernetesNodes.map((n) => kubeNode(t, n))),
      },
    },
  ];
}

/** Per kind of data with an objective, one rule over the items of that kind: older than the objective fires. */
function backupRules(env: string, nodes: readonly NodeTarget[], items: readonly BackupItemReport[]): RuleDef[] {
  const byHost = new Map(nodes.map((n) => [n.host, n]));
  const reported = items.filter((i) => byHost.has(i.host));
  const withLabels = (i: BackupItemReport) => ({ ...scraped(byHost.get(i.host)!), item: i.item });
  const kinds = [...new Set(reported.filter((i) => i.rpoHours !== undefined).map((i) => i.kind))];
  const backupHosts = [...new Set(reported.map((i) => i.host))].map((h) => byHost.get(h)!);
  const rpoRules = kinds.map((kind): RuleDef => {
    const ofKind = reported.filter((i) => i.kind === kind);
    const rpo = ofKind[0].rpoHours!;
    const hosts = [...new Set(ofKind.map((i) => i.host))];
    const expr = hosts
      .map((h) => {
        const names = ofKind.filter((i) => i.host === h).map((i) => i.item.replace(/[.]/g, "\\\\."));
        const matchers = sel({ job: "node", environment: env, host: h, item: `~${names.join("|")}` });
        return `time() - homelab_backup_last_success_timestamp_seconds${matchers} > ${rpo * 3600}`;
      })
      .join(" or ");
    return {
      alert: "BackupOlderThanRpo",
      group: "backups",
      expr,
      for: "0m",
      severity: "warning",
      labels: { data_kind: kind, rpo_hours: String(rpo) },
      // Annotations see the series' labels, not the rule's: the objective is written in.
      summary: `the last backup of {{ $labels.item }} on {{ $labels.host }} is older than the ${rpo} h objective of ${kind} data`,
      test: {
        intervalMinutes: 60,
        evalMinutes: (rpo + 2) * 60,
        firing: ofKind.map((i) => ({ name: "homelab_backup_last_success_timestamp_seconds", labels: withLabels(i), values: `0x${rpo + 3}` })),
        // The backup ran just now at every sample: its timestamp is the evaluation time.
        healthy: ofKind.map((i) => ({ name: "homelab_backup_last_success_timestamp_seconds", labels: withLabels(i), values: `0+3600x${rpo + 3}` })),
        expect: ofKind.map(withLabels),
      },
    };
  });
  return [
    ...rpoRules,
    {
      alert: "BackupFailed",
      group: "backups",
      expr: `homelab_backup_last_run_success${sel({ job: "node", environment: env })} == 0`,
      for: "0m",
      severity: "warning",
      summary: "the last backup run of {{ $labels.item }} on {{ $labels.host }} failed (journalctl -u homelab-backup)",
      test: {
        intervalMinutes: 60,
        evalMinutes: 120,
        firing: reported.map((i) => ({ name: "homelab_backup_last_run_success", labels: withLabels(i), values: "0x5" })),
        healthy: reported.map((i) => ({ name: "homelab_backup_last_run_success", labels: withLabels(i), values: "1x5" })),
        expect: reported.map(withLabels),
      },
    },
    {
      alert: "BackupCheckFailed",
      group: "backups",
      expr: `homelab_backup_check_success${sel({ job: "node", environment: env })} == 0`,
      for: "0m",
      severity: "critical",
      summary: "restic check of the repository of {{ $labels.host }} found errors: its backups may not restore",
      test: {
        intervalMinutes: 60,
        evalMinutes: 120,
        firing: backupHosts.map((n) => ({ name: "homelab_backup_check_success", labels: scraped(n), values: "0x5" })),
        healthy: backupHosts.map((n) => ({ name: "homelab_backup_check_success", labels: scraped(n), values: "1x5" })),
        expect: backupHosts.map(scraped),
      },
    },
  ];
}

function watchdog(): RuleDef {
  return {
    alert: "Watchdog",
    group: "monitoring",
    expr: "vector(1)",
    for: "0m",
    severity: "none",
    summary: "always firing: the heartbeat receiver gets it every minute while Prometheus and Alertmanager work",
    test: { intervalMinutes: 1, evalMinutes: 1, firing: [], healthy: [], expect: [{}] },
  };
}

/** `{{ $labels.x }}` replaced by the label's value, as Prometheus's template expansion does. */
function expand(template: string, labels: Labels): string {
  return template.replace(/\{\{ \$labels\.([a-z_]+) \}\}/g, (_, name: string) => labels[name] ?? "<no value>");
}

function seriesOf(series: readonly Series[]): Array<{ series: string; values: string }> {
  return series.map((s) => ({
    series: `${s.name}{${Object.entries(s.labels)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join(",")}}`,
    values: s.values,
  }));
}

/**
 * A healthy series of a rule, resampled every `interval` minutes up to `evalMinutes`, so one test holds
 * the healthy series of every rule: a constant stays constant, a timestamp that follows the clock
 * (`0+<step>x<n>`, the value is the time) keeps following it.
 */
function cover(s: Series, interval: number, evalMinutes: number): Series {
  const samples = Math.ceil(evalMinutes / interval) + 1;
  const constant = /^([0-9.e]+)x[0-9]+$/.exec(s.values);
  if (constant) return { ...s, values: `${constant[1]}x${samples}` };
  if (/^0\+[0-9]+x[0-9]+$/.test(s.values)) return { ...s, values: `0+${interval * 60}x${samples}` };
  throw new Error(`a healthy series must be constant or follow the clock, got ${s.values}`);
}

function dedupe(series: readonly Series[]): Series[] {
  const seen = new Map<string, Series>();
  for (const s of series) seen.set(`${s.name}${JSON.stringify(s.labels)}`, s);
  return [...seen.values()];
}
