import { proxmoxOf } from "../site";
import { Annotations } from "cdktf";
import { Construct } from "constructs";
import { dump } from "js-yaml";
import { BACKUP_PLANS } from "../backups";
import {
  checkCaCertificate,
  checkEmail,
  checkImageTag,
  checkIntegerRange,
  checkPort,
  checkUrl,
  declare,
  DeclarationKind,
  declarations,
  declareSecretAccess,
  deriveAtSynth,
  message,
  Problems,
  quoted,
} from "../core";
import {
  COMPOSE_PROJECTS,
  declaredIn,
  declareInventorySource,
  HOST_GROUPS,
  hostsOf,
  IHost,
  InventoryFragment,
  InventorySource,
  KUBERNETES_CLUSTERS,
  SERVICES,
} from "../hosts";
import type { SiteEnvironment } from "../site";
import { vaultLookupPath } from "../vault";
import { alertmanagerConfig, HEARTBEAT_FILE, secretFile } from "./alertmanager";
import { dashboards, grafanaDatasources } from "./dashboards";
import { GRAFANA_DEFAULT_PORT, grafanaCompose, grafanaDashboardProviders } from "./grafana";
import type { MonitoringSpec } from "./model";
import { blackboxConfig, prometheusConfig, ServerAddresses } from "./prometheus-config";
import { alertNames, alertRules, RuleInputs, ruleTests } from "./rules";
import { NODE_EXPORTER_PORT, Watched, watchedIn } from "./targets";

/** Props of {@link MonitoringPlan}. */
export interface MonitoringPlanProps {
  /** The environment it watches. */
  readonly environment: SiteEnvironment;
  /** The host that runs Prometheus, Alertmanager and the blackbox exporter. */
  readonly server: IHost;
  /** The site's `monitoring`. */
  readonly spec: MonitoringSpec;
}

/** The registry's kind for monitoring plans (one per environment). */
export const MONITORING_PLANS = new DeclarationKind<MonitoringPlan>("monitoring-plans");

/** Where the prometheus_server role writes the internal CA, which the verifying probe modules read. */
const INTERNAL_CA_FILE = "/etc/prometheus/internal-ca.crt";
/** Port of the Elasticsearch exporter on the monitoring server's loopback. */
const ES_EXPORTER = "127.0.0.1:9114";
/** Estimated series per target, for sizing Prometheus's storage. */
const SERIES = { node: 1500, service: 800, probe: 25, self: 2000 } as const;
/** Bytes a sample takes on disk (Prometheus: 1 to 2 after compression), with the WAL's headroom. */
const BYTES_PER_SAMPLE = 2 * 1.25;

/**
 * The monitoring of an environment, derived from what its constructs declare: every host (and every
 * Proxmox node) scraped by its node exporter with labels from the model (environment, host, role,
 * node), every service with metrics scraped, every service probed by the blackbox exporter (its health
 * path, else a TCP or TLS connect) and every published hostname probed from outside-in, alert rules
 * for each with their `promtool` unit tests, Alertmanager routes to the receivers of the spec (secrets
 * in files written from Vault), and Grafana dashboards. Nothing is written by hand: a host added to
 * the site is scraped, alerted on and on the dashboards at the next synth. What cannot be watched
 * (a UDP service without metrics, a host that is not Debian) is a warning on every synth.
 *
 * It creates no Terraform resources: {@link MonitoringPlan.files} are written under `monitoring/<env>/`
 * by `writeMonitoring`, and the inventory groups `monitoring_server`, `node_exporter` and
 * `proxmox_nodes` let Ansible deploy them (roles `prometheus_server`, `node_exporter`).
 *
 * @example
 * ```ts
 * new MonitoringPlan(stack, "Monitoring", {
 *   environment: prod,
 *   server: ocean,
 *   spec: {
 *     server: "Ocean",
 *     storageGiB: 50,
 *     receivers: { ops: { kind: "discord", webhook: { mount: "secret", path: "homelab/prod/alerting", field: "discord_webhook" } } },
 *     defaultReceiver: "ops",
 *   },
 * });
 * ```
 */
export class MonitoringPlan extends Construct implements InventorySource {
  /** The environment of the inventory hosts. */
  public readonly inventoryEnvironment: string;
  /** The spec. */
  public readonly spec: MonitoringSpec;
  /** The server. */
  public readonly server: IHost;
  private readonly environment: SiteEnvironment;

  constructor(scope: Construct, id: string, props: MonitoringPlanProps) {
    super(scope, id);
    this.validate(props);
    this.environment = props.environment;
    this.inventoryEnvironment = props.environment.name;
    this.spec = props.spec;
    this.server = props.server;
    this.declare();
    this.node.addValidation({ validate: () => this.synthProblems() });
    deriveAtSynth(this, () => this.warn());
  }

  /** Everything watched, read from the declarations at synth. */
  public get watched(): Watched {
    const verified = new Set(this.spec.internalCa?.services ?? []);
    const w = this.withGrafana(
      watchedIn(
        this,
        this.environment,
        (id) => this.optOutOf(id) !== undefined,
        (s) => verified.has(s.name) || verified.has(`${s.host}/${s.name}`),
      ),
    );
    const exporter = this.elasticsearchExporter();
    if (!exporter) return w;
    const labels = { ...this.serverLabels(w).labels, service: "elasticsearch-exporter", kind: "service" };
    return {
      ...w,
      metrics: [
        ...w.metrics,
        { service: "elasticsearch-exporter", address: ES_EXPORTER, scheme: "http", path: "/metrics", honorLabels: false, labels },
      ],
    };
  }

  /** With Grafana, its container on the server: the server's node exporter reads the docker collector. */
  private withGrafana(w: Watched): Watched {
    const server = this.server.hostname;
    if (!this.spec.grafana || !w.nodes.some((n) => n.host === server)) return w;
    return {
      ...w,
      nodes: w.nodes.map((n) => (n.host === server ? { ...n, docker: true } : n)),
      containers: [...w.containers, { host: server, project: "grafana", service: "grafana", container: "grafana" }],
    };
  }

  /** The generated files, by path under `monitoring/<env>/`. */
  public get files(): Record<string, string> {
    const env = this.environment.name;
    const w = this.watched;
    const inputs = this.ruleInputs(w);
    const tests = ruleTests(inputs, "alerts.yml");
    const yaml = (header: string, value: unknown) => `${header}\n${dump(value, { lineWidth: -1, noRefs: true, sortKeys: false })}`;
    const head = `# Generated by synth from the site model (${env}); do not edit. Secrets are files Ansible writes from Vault.`;
    const out: Record<string, string> = {
      "prometheus.yml": yaml(head, prometheusConfig(this.serverLabels(w), this.addresses, w.nodes, w.metrics, w.probes, this.interval, "alerts.yml")),
      "alerts.yml": yaml(head, alertRules(inputs)),
      "alerts.test.yml": yaml(`${head}\n# promtool test rules alerts.test.yml`, tests.minutes),
      "alerts.hourly.test.yml": yaml(`${head}\n# promtool test rules alerts.hourly.test.yml`, tests.hours),
      "alertmanager.yml": yaml(head, alertmanagerConfig(env, this.spec)),
      "blackbox.yml": yaml(head, blackboxConfig(this.spec.internalCa ? INTERNAL_CA_FILE : undefined)),
      "grafana-datasources.yml": yaml(head, grafanaDatasources(env, `http://${this.addresses.prometheus}`, `http://${this.addresses.alertmanager}`)),
      "grafana-dashboards.yml": yaml(head, grafanaDashboardProviders(env)),
    };
    if (this.spec.grafana) {
      const compose = grafanaCompose(this.server.ipv4, this.spec.grafana);
      out["grafana-compose.yaml"] = `${head}\n${dump(compose, { lineWidth: -1, noRefs: true, sortKeys: true, indent: 2 })}`;
    }
    for (const [name, d] of Object.entries(dashboards(env, w.nodes, w.probes))) out[`dashboards/${name}.json`] = `${JSON.stringify(d, null, 2)}\n`;
    return out;
  }

  /** The alerts the rules raise, for docs/alerts.md. */
  public get alerts(): string[] {
    return alertNames(this.ruleInputs(this.watched));
  }

  /** The storage Prometheus needs for what it scrapes and keeps, in GiB (rounded up). */
  public get storageNeededGiB(): number {
    const w = this.watched;
    const series = w.nodes.length * SERIES.node + w.metrics.length * SERIES.service + w.probes.length * SERIES.probe + SERIES.self;
    return Math.ceil(((series / this.interval) * this.retentionDays * 86400 * BYTES_PER_SAMPLE) / 2 ** 30);
  }

  /** The groups `monitoring_server`, `node_exporter` (every watched host) and `proxmox_nodes`. */
  public get inventory(): InventoryFragment {
    const w = this.watched;
    const exporter = this.elasticsearchExporter();
    const secrets = [
      ...Object.entries(this.spec.receivers).flatMap(([name, r]) => {
        if (r.kind === "email") return r.password ? [{ file: secretFile(name, "password"), vault_path: vaultLookupPath(r.password) }] : [];
        return [{ file: secretFile(name, "webhook"), vault_path: vaultLookupPath(r.webhook) }];
      }),
      ...(this.spec.heartbeat ? [{ file: HEARTBEAT_FILE, vault_path: vaultLookupPath(this.spec.heartbeat.url) }] : []),
    ];
    return {
      groups: {
        monitoring_server: {
          hosts: { [this.server.hostname]: {} },
          vars: {
            monitoring_files: `monitoring/${this.environment.name}`,
            prometheus_listen_address: this.addresses.prometheus,
            alertmanager_listen_address: this.addresses.alertmanager,
            blackbox_listen_address: this.addresses.blackbox,
            prometheus_retention_days: this.retentionDays,
            prometheus_retention_size: `${Math.floor(this.spec.storageGiB * 0.9)}GB`,
            ...(this.spec.internalCa
              ? { prometheus_internal_ca: { path: INTERNAL_CA_FILE, certificate: `${this.spec.internalCa.certificate.trim()}\n` } }
              : {}),
            alertmanager_secret_files: secrets.map((s) => ({ name: s.file.split("/").pop(), vault_path: s.vault_path })),
            ...(exporter
              ? {
                  elasticsearch_exporter: {
                    uri: `https://${exporter.address}:${exporter.port}`,
                    username: exporter.exporter!.username,
                    password_vault_path: vaultLookupPath(exporter.exporter!.password),
                  },
                }
              : {}),
          },
        },
        node_exporter: {
          hosts: Object.fromEntries(
            w.nodes.map((n) => [
              n.host,
              {
                node_exporter_listen_address: n.address,
                node_exporter_collectors: [...(n.docker ? ["docker"] : []), ...(n.gpu ? ["gpu"] : []), ...(n.hypervisor ? ["pve"] : [])],
              },
            ]),
          ),
          vars: { node_exporter_port: NODE_EXPORTER_PORT, node_exporter_textfile_dir: "/var/lib/prometheus/node-exporter" },
        },
        ...this.logGroups(w),
        ...(this.spec.grafana
          ? {
              grafana: {
                hosts: { [this.server.hostname]: {} },
                vars: {
                  grafana_files: `monitoring/${this.environment.name}`,
                  grafana_admin_password_vault_path: vaultLookupPath(this.spec.grafana.adminPassword),
                },
              },
            }
          : {}),
        ...(proxmoxOf(this.environment).nodes.length > 0
          ? { proxmox_nodes: { hosts: Object.fromEntries(proxmoxOf(this.environment).nodes.map((n) => [n.name, { ansible_host: n.apiAddress }])) } }
          : {}),
      },
    };
  }

  /**
   * With `logs`: every watched host in `log_shipping` (rsyslog to the cluster's data nodes), and the
   * index, its lifecycle and the writer's user on the cluster's masters (`es_logs`, applied once).
   */
  private logGroups(w: Watched): InventoryFragment["groups"] {
    const logs = this.spec.logs;
    const env = this.environment.name;
    const cluster = declarations(this, HOST_GROUPS).find((d) => d.entry.environment === env && d.entry.kind === "elastic")?.entry;
    if (!logs || !cluster) return {};
    const addresses = new Map(hostsOf(this, env).map((h) => [h.hostname, h.ipv4]));
    const data = cluster.members.filter((m) => m.role === "data");
    const index = `logs-homelab-${env}`;
    const password = vaultLookupPath(logs.password);
    return {
      log_shipping: {
        hosts: Object.fromEntries(w.nodes.map((n) => [n.host, {}])),
        vars: {
          log_shipping_elasticsearch_urls: (data.length > 0 ? data : cluster.members).map((m) => `https://${addresses.get(m.hostname)}:9200`),
          log_shipping_index: index,
          log_shipping_user: "log-shipper",
          log_shipping_password_vault_path: password,
        },
      },
      es_master: {
        vars: {
          es_logs: {
            index,
            retention_days: logs.retentionDays ?? 30,
            rollover_max_age: "1d",
            rollover_max_primary_shard_size: "25gb",
            user: "log-shipper",
            password_vault_path: password,
          },
        },
      },
    };
  }

  private get addresses(): ServerAddresses {
    return { prometheus: `${this.server.ipv4}:9090`, alertmanager: `${this.server.ipv4}:9093`, blackbox: "127.0.0.1:9115" };
  }

  private get grafanaPort(): number {
    return this.spec.grafana?.port ?? GRAFANA_DEFAULT_PORT;
  }

  /** What else listens on the server: its monitoring daemons, its services, and the ports of its compose projects. */
  private portsTaken(): Map<number, string> {
    const env = this.environment.name;
    const host = this.server.hostname;
    const taken = new Map<number, string>([
      [9090, "Prometheus"],
      [9093, "Alertmanager"],
      [9094, "Alertmanager's cluster port"],
      [NODE_EXPORTER_PORT, "the node exporter"],
    ]);
    for (const { entry: s } of declaredIn(this, SERVICES, env))
      if (s.host === host && s.name !== "grafana" && !taken.has(s.port)) taken.set(s.port, `service ${s.name}`);
    for (const { entry: p } of declaredIn(this, COMPOSE_PROJECTS, env)) {
      if (p.host !== host) continue;
      for (const [name, svc] of Object.entries((p.compose.services ?? {}) as Record<string, { readonly ports?: readonly string[] }>))
        for (const port of svc.ports ?? []) {
          const published = Number(/(?:^|:)([0-9]+):[0-9]+(?:\/[a-z]+)?$/.exec(port)?.[1]);
          if (published && !taken.has(published)) taken.set(published, `${p.name}'s ${name}`);
        }
    }
    return taken;
  }

  private get interval(): number {
    return this.spec.scrapeIntervalSeconds ?? 30;
  }

  private get retentionDays(): number {
    return this.spec.retentionDays ?? 30;
  }

  /** The server's own labels: its node target's (environment, host, role, node). */
  private serverLabels(w: Pick<Watched, "nodes">): { hostname: string; labels: Record<string, string> } {
    const own = w.nodes.find((n) => n.host === this.server.hostname)?.labels;
    return {
      hostname: this.server.hostname,
      labels: { ...(own ?? { environment: this.environment.name, host: this.server.hostname, role: "host" }) },
    };
  }

  private ruleInputs(watched: Watched): RuleInputs {
    const env = this.environment.name;
    const backups = declarations(this, BACKUP_PLANS)
      .filter((d) => d.entry.inventoryEnvironment === env)
      .flatMap((d) => d.entry.reportedItems);
    const pools = new Map(
      proxmoxOf(this.environment).nodes.map((n) => [n.name, n.storages.filter((s) => s.type === "zfspool").map((s) => s.name)] as const),
    );
    const storages = new Map(proxmoxOf(this.environment).nodes.map((n) => [n.name, n.storages.map((s) => s.name)] as const));
    const kubernetesNodes = declarations(this, KUBERNETES_CLUSTERS)
      .filter((d) => d.entry.environmentName === env)
      .flatMap((d) => d.entry.nodes.map((n) => n.hostname));
    return {
      environment: env,
      watched,
      backups,
      zfsPools: new Map([...pools].filter(([, p]) => p.length > 0)),
      storages,
      kubernetesNodes,
      runbookUrl: this.spec.runbookUrl ?? "docs/alerts.md",
    };
  }

  /** The service whose metrics the Elasticsearch exporter on the server reads (the first declared). */
  private elasticsearchExporter() {
    return declaredIn(this, SERVICES, this.environment.name)
      .map((d) => d.entry)
      .find((s) => s.exporter?.kind === "elasticsearch" && this.optOutOf(s.host) === undefined);
  }

  private optOutOf(id: string): string | undefined {
    return this.spec.optOut?.[id];
  }

  private validate(props: MonitoringPlanProps): void {
    const s = props.spec;
    const check = new Problems(this.node.path);
    checkIntegerRange(check, "retentionDays", s.retentionDays ?? 30, 1, 3650, "keep samples e.g. 30 days");
    checkIntegerRange(check, "storageGiB", s.storageGiB, 1, 100000, "give Prometheus e.g. 50 GiB");
    checkIntegerRange(check, "scrapeIntervalSeconds", s.scrapeIntervalSeconds ?? 30, 5, 300, "scrape e.g. every 30 seconds");
    const names = Object.keys(s.receivers);
    if (names.length === 0) check.add("receivers", "is empty, so no alert would reach anyone", s.receivers, "describe at least one receiver");
    const known = (prop: string, name: string) => {
      if (names.length > 0 && !names.includes(name)) check.add(prop, "names no receiver", name, `use one of ${quoted(names)}`);
    };
    known("defaultReceiver", s.defaultReceiver);
    (s.routes ?? []).forEach((r, i) => known(`routes[${i}].receiver`, r.receiver));
    for (const [name, r] of Object.entries(s.receivers)) {
      if (name === "heartbeat" || name === "blackhole")
        check.add(`receivers.${name}`, "uses a name the monitoring keeps for itself", name, "rename the receiver");
      if (r.kind === "slack" && !/^[#@][\w.-]+$/.test(r.channel))
        check.add(`receivers.${name}.channel`, "is not a Slack channel", r.channel, 'use e.g. "#homelab"');
      if (r.kind === "email") {
        checkEmail(check, `receivers.${name}.to`, r.to, 'use e.g. "ops@example.net"');
        checkEmail(check, `receivers.${name}.from`, r.from, 'use e.g. "alerts@example.net"');
        if (!/^[a-z0-9.-]+:[0-9]{1,5}$/.test(r.smarthost))
          check.add(`receivers.${name}.smarthost`, "is not host:port", r.smarthost, 'use e.g. "smtp.example.net:587"');
        if ((r.username === undefined) !== (r.password === undefined))
          check.add(
            `receivers.${name}`,
            "has a username without a password or a password without a username",
            { username: r.username },
            "give both or neither",
          );
      }
    }
    if (s.runbookUrl !== undefined && s.runbookUrl !== "docs/alerts.md")
      checkUrl(
        check,
        "runbookUrl",
        s.runbookUrl,
        'use the URL of docs/alerts.md in your repository, e.g. "https://git.home.arpa/homelab/infra/src/branch/main/docs/alerts.md"',
      );
    if (s.logs) checkIntegerRange(check, "logs.retentionDays", s.logs.retentionDays ?? 30, 1, 3650, "keep logs e.g. 30 days");
    if (s.internalCa) {
      checkCaCertificate(check, "internalCa.certificate", s.internalCa.certificate, "paste the CA certificate (PEM) of the environment's PKI");
      if (s.internalCa.services.length === 0)
        check.add(
          "internalCa.services",
          "is empty, so no probe would verify the CA",
          s.internalCa.services,
          'name the services it issued for, e.g. ["vault"]',
        );
    }
    if (s.grafana?.port !== undefined) checkPort(check, "grafana.port", s.grafana.port, "use a free port of the server, e.g. 3000");
    if (s.grafana?.tag !== undefined) checkImageTag(check, "grafana.tag", s.grafana.tag);
    check.throwIfAny();
  }

  /** Ansible reads every receiver's secret; the hosts join the inventory. */
  private declare(): void {
    const refs = [
      ...Object.values(this.spec.receivers).flatMap((r) => (r.kind === "email" ? (r.password ? [r.password] : []) : [r.webhook])),
      ...(this.spec.heartbeat ? [this.spec.heartbeat.url] : []),
      ...(this.spec.logs ? [this.spec.logs.password] : []),
      ...(this.spec.grafana ? [this.spec.grafana.adminPassword] : []),
    ];
    for (const ref of refs) declareSecretAccess(this, { ...ref, access: "read", by: "ansible" });
    if (this.spec.grafana)
      declare(this, SERVICES, {
        name: "grafana",
        environment: this.environment.name,
        host: this.server.hostname,
        address: this.server.ipv4,
        port: this.grafanaPort,
        protocol: "http",
        healthPath: "/api/health",
      });
    declareInventorySource(this);
    declare(this, MONITORING_PLANS, this);
  }

  /** What only the whole app can tell: opt-outs that name nothing, logs without a cluster, storage too small. */
  private synthProblems(): string[] {
    const env = this.environment.name;
    const hosts = new Set([...hostsOf(this, env).map((h) => h.hostname), ...proxmoxOf(this.environment).nodes.map((n) => n.name)]);
    const services = new Set(declaredIn(this, SERVICES, env).map((d) => `${d.entry.host}/${d.entry.name}`));
    const problems: string[] = [];
    for (const key of Object.keys(this.spec.optOut ?? {})) {
      if (hosts.has(key) || services.has(key)) continue;
      const [host] = key.split("/");
      const own = [...services].filter((id) => id.startsWith(`${host}/`)).map((id) => id.slice(host.length + 1));
      const fix = hosts.has(host)
        ? `use one of the services of ${host}: ${quoted(own.slice(0, 3))}${own.length > 3 ? ", ..." : ""} (or a hostname alone)`
        : `use a hostname of the environment, e.g. ${quoted([...hosts].slice(0, 3))}, or "<host>/<service>"`;
      problems.push(message(`optOut["${key}"]`, "names no host or service of the environment", key, fix));
    }
    const https = declaredIn(this, SERVICES, env)
      .map((d) => d.entry)
      .filter((s) => s.protocol === "https");
    (this.spec.internalCa?.services ?? []).forEach((key, i) => {
      if (https.some((s) => s.name === key || `${s.host}/${s.name}` === key)) return;
      const names = [...new Set(https.map((s) => s.name))];
      problems.push(
        message(
          `internalCa.services[${i}]`,
          "names no https service of the environment",
          key,
          `use a service name or "<host>/<service>" of an https service, e.g. ${quoted(names.slice(0, 3))}`,
        ),
      );
    });
    if (this.optOutOf(this.server.hostname) !== undefined)
      problems.push(
        message(
          `optOut["${this.server.hostname}"]`,
          "opts out the monitoring server itself",
          this.server.hostname,
          "watch the server, or move monitoring to another host",
        ),
      );
    if (this.spec.logs && !declarations(this, HOST_GROUPS).some((d) => d.entry.environment === env && d.entry.kind === "elastic"))
      problems.push(
        message(
          "logs",
          "ships logs to Elasticsearch, but the environment has no Elasticsearch cluster",
          "logs",
          "describe elastic in the site, or remove logs",
        ),
      );
    if (this.spec.grafana) {
      const other = this.portsTaken().get(this.grafanaPort);
      if (other)
        problems.push(
          message(
            "grafana.port",
            `is a port ${other} already listens on at ${this.server.hostname}` +
              (this.spec.grafana.port === undefined ? ` (${GRAFANA_DEFAULT_PORT} when not set)` : ""),
            this.grafanaPort,
            "give Grafana a free port of the server with grafana.port",
          ),
        );
    }
    const needed = this.storageNeededGiB;
    if (needed > this.spec.storageGiB) {
      const w = this.watched;
      problems.push(
        message(
          "storageGiB",
          `is less than the ${needed} GiB that ${w.nodes.length} hosts, ${w.metrics.length} metrics targets and ${w.probes.length} probes need, ` +
            `scraped every ${this.interval} s and kept ${this.retentionDays} days`,
          this.spec.storageGiB,
          `give Prometheus ${needed} GiB or more, or keep fewer days (retentionDays)`,
        ),
      );
    }
    return problems;
  }

  private warn(): void {
    const w = this.watched;
    for (const u of w.unmonitored) Annotations.of(this).addWarning(`${u.id} is not monitored: ${u.why}`);
    for (const [key, reason] of Object.entries(this.spec.optOut ?? {}))
      Annotations.of(this).addWarning(`optOut["${key}"] leaves ${key} unmonitored: ${reason}`);
    if (!this.spec.heartbeat)
      Annotations.of(this).addWarning(
        "heartbeat is not set, so a dead Prometheus or Alertmanager would go unnoticed; set heartbeat.url to a ping URL in Vault",
      );
    if (!this.spec.logs) {
      const env = this.environment.name;
      const cluster = declarations(this, HOST_GROUPS).some((d) => d.entry.environment === env && d.entry.kind === "elastic");
      Annotations.of(this).addWarning(
        cluster
          ? "logs is not set, so every host keeps its logs to itself; ship them to the Elasticsearch cluster with logs"
          : "logs is not set (the environment has no Elasticsearch cluster to ship them to), so every host keeps its logs to itself",
      );
    }
  }
}
