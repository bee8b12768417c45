import type { MetricsTarget, NodeTarget, Probe, ProbeModule } from "./targets";

/** Where the server's three programs listen. */
export interface ServerAddresses {
  /** Prometheus, `address:9090`. */
  readonly prometheus: string;
  /** Alertmanager, `address:9093`. */
  readonly alertmanager: string;
  /** The blackbox exporter, `127.0.0.1:9115` (only Prometheus talks to it). */
  readonly blackbox: string;
}

/**
 * The Prometheus configuration: the node exporter of every host (one static target each, its labels
 * from the model), each service's metrics as a job of its own, and the blackbox probes (one job per
 * module), all evaluated against `rule_files` beside it.
 */
export function prometheusConfig(
  server: { readonly hostname: string; readonly labels: Record<string, string> },
  addresses: ServerAddresses,
  nodes: readonly NodeTarget[],
  metrics: readonly MetricsTarget[],
  probes: readonly Probe[],
  intervalSeconds: number,
  ruleFile: string,
): Record<string, unknown> {
  const self = { ...server.labels, kind: "service" };
  const modules = [...new Set(probes.map((p) => p.module))].sort();
  return {
    global: {
      scrape_interval: `${intervalSeconds}s`,
      evaluation_interval: `${intervalSeconds}s`,
      scrape_timeout: `${Math.min(10, intervalSeconds)}s`,
    },
    rule_files: [ruleFile],
    alerting: { alertmanagers: [{ static_configs: [{ targets: [addresses.alertmanager] }] }] },
    scrape_configs: [
      { job_name: "prometheus", static_configs: [{ targets: [addresses.prometheus], labels: { ...self, service: "prometheus" } }] },
      { job_name: "alertmanager", static_configs: [{ targets: [addresses.alertmanager], labels: { ...self, service: "alertmanager" } }] },
      { job_name: "node", static_configs: nodes.map((n) => ({ targets: [n.address], labels: n.labels })) },
      ...serviceJobs(metrics),
      ...modules.map((module) =>
        probeJob(
          module,
          probes.filter((p) => p.module === module),
          addresses.blackbox,
        ),
      ),
    ],
  };
}

/** One job per service name: its targets share scheme, path and parameters. */
function serviceJobs(metrics: readonly MetricsTarget[]): unknown[] {
  const names = [...new Set(metrics.map((m) => m.service))];
  return names.map((name) => {
    const targets = metrics.filter((m) => m.service === name);
    const first = targets[0];
    return {
      job_name: name,
      scheme: first.scheme,
      metrics_path: first.path,
      ...(first.params ? { params: first.params } : {}),
      ...(first.honorLabels ? { honor_labels: true } : {}),
      // Internal services carry certificates of the site's own CAs, which the server does not hold (yet).
      ...(first.scheme === "https" ? { tls_config: { insecure_skip_verify: true } } : {}),
      static_configs: targets.map((t) => ({ targets: [t.address], labels: t.labels })),
    };
  });
}

/** A job that asks the blackbox exporter to probe each target with `module`. */
function probeJob(module: ProbeModule, probes: readonly Probe[], blackbox: string): unknown {
  return {
    job_name: `blackbox-${module}`,
    metrics_path: "/probe",
    params: { module: [module] },
    static_configs: probes.map((p) => ({ targets: [p.target], labels: p.labels })),
    relabel_configs: [
      { source_labels: ["__address__"], target_label: "__param_target" },
      { source_labels: ["__param_target"], target_label: "instance" },
      { target_label: "__address__", replacement: blackbox },
    ],
  };
}

/**
 * The blackbox exporter's modules: `http_2xx` (a health path answers 2xx; over HTTPS the chain is not
 * verified, as for `tls_connect`), `tcp_connect`,
 * `tls_connect` (a TLS handshake: reachability and the certificate's expiry; the chain is not
 * verified, since internal services carry certificates of the cluster's own CAs), and
 * `http_published` (a published hostname answers over HTTPS, a redirect to its login included); with
 * `internalCaFile`, `http_2xx_internal_ca` and `tls_connect_internal_ca`, which verify the chain against it.
 */
export function blackboxConfig(internalCaFile?: string): Record<string, unknown> {
  // The same probes, with the chain and the probed address verified against the internal CA.
  const verified = internalCaFile
    ? {
        http_2xx_internal_ca: {
          prober: "http",
          timeout: "5s",
          http: { preferred_ip_protocol: "ip4", valid_status_codes: [], fail_if_not_ssl: true, tls_config: { ca_file: internalCaFile } },
        },
        tls_connect_internal_ca: {
          prober: "tcp",
          timeout: "5s",
          tcp: { preferred_ip_protocol: "ip4", tls: true, tls_config: { ca_file: internalCaFile } },
        },
      }
    : {};
  return {
    modules: {
      http_2xx: {
        prober: "http",
        timeout: "5s",
        http: { preferred_ip_protocol: "ip4", valid_status_codes: [], tls_config: { insecure_skip_verify: true } },
      },
      tcp_connect: { prober: "tcp", timeout: "5s", tcp: { preferred_ip_protocol: "ip4" } },
      tls_connect: { prober: "tcp", timeout: "5s", tcp: { preferred_ip_protocol: "ip4", tls: true, tls_config: { insecure_skip_verify: true } } },
      http_published: {
        prober: "http",
        timeout: "10s",
        http: {
          preferred_ip_protocol: "ip4",
          fail_if_not_ssl: true,
          follow_redirects: false,
          valid_status_codes: [200, 204, 301, 302, 303, 307, 308],
        },
      },
      ...verified,
    },
  };
}
