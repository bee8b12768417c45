import { proxmoxOf } from "../site";
import { IConstruct } from "constructs";
import { declarations } from "../core";
import { COMPOSE_PROJECTS, declaredIn, HOST_GROUPS, hostsOf, IHost, PUBLICATIONS, SERVICES, ServiceDeclaration } from "../hosts";
import type { SiteEnvironment } from "../site";

/** Labels every series of a target carries, from the model. */
export type Labels = Readonly<Record<string, string>>;

/** A host scraped by its node exporter: every host of the environment and every Proxmox node. */
export interface NodeTarget {
  /** Hostname (the `host` label). */
  readonly host: string;
  /** `address:9100`. */
  readonly address: string;
  /** The target's labels: environment, host, role, and node (the Proxmox node) where it has one. */
  readonly labels: Labels;
  /** It has GPUs, so its node exporter reads the GPU collector's metrics. */
  readonly gpu: boolean;
  /** It is a Proxmox node (its node exporter reads the Proxmox collector's metrics). */
  readonly hypervisor: boolean;
  /** It runs compose projects, so its node exporter reads the docker collector's metrics (one set per container). */
  readonly docker: boolean;
}

/** A container a compose project declares, watched through the docker collector of its host's node exporter. */
export interface ContainerTarget {
  /** Hostname of the Docker host. */
  readonly host: string;
  /** The compose project (the `compose_project` label). */
  readonly project: string;
  /** The compose service (the `compose_service` label). */
  readonly service: string;
  /** The container's name: its `container_name`, else compose's `<project>-<service>-1`. */
  readonly container: string;
}

/** A service scraped for its own metrics. */
export interface MetricsTarget {
  /** Service name, the scrape job's name. */
  readonly service: string;
  /** `address:port`. */
  readonly address: string;
  /** `http` or `https`. */
  readonly scheme: "http" | "https";
  /** Metrics path. */
  readonly path: string;
  /**
   * Query parameters.
   * @default none
   */
  readonly params?: Readonly<Record<string, readonly string[]>>;
  /** The scraped series keep their own labels. */
  readonly honorLabels: boolean;
  /** Labels: environment, host, role, service, kind=service. */
  readonly labels: Labels;
}

/** The blackbox exporter's modules (monitoring/<env>/blackbox.yml). */
export type ProbeModule = "http_2xx" | "tcp_connect" | "tls_connect" | "http_published" | "http_2xx_internal_ca" | "tls_connect_internal_ca";

/** A probe of an endpoint by the blackbox exporter. */
export interface Probe {
  /** What is probed: a URL, or `address:port`. */
  readonly target: string;
  /** The module. */
  readonly module: ProbeModule;
  /** Labels: environment, host, service, kind (`service` or `published`). */
  readonly labels: Labels;
}

/** Something the model has that is not monitored, and why. */
export interface Unmonitored {
  /** `<host>` or `<host>/<service>`. */
  readonly id: string;
  /** Why. */
  readonly why: string;
}

/** Everything an environment's monitoring watches, derived from the declarations. */
export interface Watched {
  /** The node exporter targets. */
  readonly nodes: NodeTarget[];
  /** The services scraped for their own metrics. */
  readonly metrics: MetricsTarget[];
  /** The blackbox probes. */
  readonly probes: Probe[];
  /** The containers of the compose projects on watched hosts. */
  readonly containers: ContainerTarget[];
  /** What cannot be watched, and why. */
  readonly unmonitored: Unmonitored[];
}

/** Port of the node exporter on every host. */
export const NODE_EXPORTER_PORT = 9100;

/**
 * What `environment` has to watch, in tree order: a node target per host (and per Proxmox node), a
 * metrics target per service that has metrics, a probe per service (its health path over HTTP, else
 * a TCP or TLS connect) and per published hostname, and every container of a compose project (its
 * host's node target then reads the docker collector). Services on a host in `optOut` are left out.
 */
export function watchedIn(
  scope: IConstruct,
  env: SiteEnvironment,
  optedOut: (id: string) => boolean,
  verified: (s: ServiceDeclaration) => boolean = () => false,
): Watched {
  const roles = rolesOf(scope, env.name);
  const hosts = hostsOf(scope, env.name);
  const unmonitored: Unmonitored[] = [];
  const nodes: NodeTarget[] = [];
  for (const node of proxmoxOf(env).nodes) {
    if (optedOut(node.name)) continue;
    nodes.push({
      host: node.name,
      address: `${node.apiAddress}:${NODE_EXPORTER_PORT}`,
      labels: { environment: env.name, host: node.name, role: "hypervisor", node: node.name },
      gpu: false,
      hypervisor: true,
      docker: false,
    });
  }
  for (const host of hosts) {
    if (optedOut(host.hostname)) continue;
    if (!/^(debian|raspios|ubuntu)\b/.test(host.os)) {
      unmonitored.push({
        id: host.hostname,
        why: `its OS ${host.os} has no prometheus-node-exporter package for the node_exporter role (Debian, Raspberry Pi OS and Ubuntu have)`,
      });
      continue;
    }
    nodes.push(nodeTarget(env.name, host, roles.get(host.hostname)));
  }
  const containers: ContainerTarget[] = [];
  const watchedHosts = new Set(nodes.map((n) => n.host));
  for (const { entry: p } of declaredIn(scope, COMPOSE_PROJECTS, env.name)) {
    if (!watchedHosts.has(p.host)) continue;
    const services = (p.compose.services ?? {}) as Readonly<Record<string, { readonly container_name?: string }>>;
    for (const [service, s] of Object.entries(services)) {
      if (optedOut(`${p.host}/${service}`)) continue;
      containers.push({ host: p.host, project: p.name, service, container: s.container_name ?? `${p.name}-${service}-1` });
    }
  }
  const dockerHosts = new Set(containers.map((c) => c.host));
  for (const [i, n] of nodes.entries()) if (dockerHosts.has(n.host)) nodes[i] = { ...n, docker: true };
  const metrics: MetricsTarget[] = [];
  const probes: Probe[] = [];
  // A service's host labels are its host's (role, and the Proxmox node that inhibitions match on).
  const ofHost = new Map(nodes.map((n) => [n.host, { role: n.labels.role, ...(n.labels.node ? { node: n.labels.node } : {}) }]));
  for (const { entry: s } of declaredIn(scope, SERVICES, env.name)) {
    const id = `${s.host}/${s.name}`;
    if (optedOut(s.host) || optedOut(id)) continue;
    const labels = { environment: env.name, host: s.host, ...(ofHost.get(s.host) ?? { role: "service" }), service: s.name };
    if (s.metricsPath !== undefined) metrics.push(metricsTarget(s, labels));
    const probe = probeOf(s, verified(s));
    if (probe) probes.push({ ...probe, labels: { ...labels, kind: "service" } });
    else if (s.metricsPath === undefined)
      unmonitored.push({ id, why: `a ${s.protocol} service without metrics cannot be probed by the blackbox exporter` });
  }
  for (const { entry: p } of declaredIn(scope, PUBLICATIONS, env.name)) {
    const host = new URL(p.externalUrl).hostname;
    probes.push({
      target: p.externalUrl,
      module: "http_published",
      labels: { environment: env.name, host, role: "published", service: p.name, kind: "published" },
    });
  }
  return { nodes, metrics, probes, containers, unmonitored };
}

function nodeTarget(environment: string, host: IHost, role: string | undefined): NodeTarget {
  return {
    host: host.hostname,
    address: `${host.ipv4}:${NODE_EXPORTER_PORT}`,
    labels: {
      environment,
      host: host.hostname,
      role: role ?? (host.gpus.length > 0 ? "gpu-host" : "host"),
      ...(host.proxmoxNode ? { node: host.proxmoxNode } : {}),
    },
    gpu: host.gpus.length > 0,
    hypervisor: false,
    docker: false,
  };
}

function metricsTarget(s: ServiceDeclaration, labels: Labels): MetricsTarget {
  return {
    service: s.name,
    address: `${s.address}:${s.port}`,
    scheme: s.protocol === "https" ? "https" : "http",
    path: s.metricsPath!,
    ...(s.metricsParams ? { params: s.metricsParams } : {}),
    honorLabels: s.honorLabels ?? false,
    labels: { ...labels, kind: "service" },
  };
}

/**
 * The probe of a service: its health path over HTTP(S), else a TCP (or TLS, for https) connect; none for UDP. An
 * https service whose certificate the internal CA issued is probed with the modules that verify it.
 */
function probeOf(s: ServiceDeclaration, verify: boolean): Omit<Probe, "labels"> | undefined {
  if (s.protocol === "udp") return undefined;
  const ca = verify && s.protocol === "https" ? "_internal_ca" : "";
  if ((s.protocol === "http" || s.protocol === "https") && s.healthPath !== undefined)
    return { target: `${s.protocol}://${s.address}:${s.port}${s.healthPath}`, module: `http_2xx${ca}` as ProbeModule };
  return { target: `${s.address}:${s.port}`, module: s.protocol === "https" ? (`tls_connect${ca}` as ProbeModule) : "tcp_connect" };
}

/** Each grouped host's role: `<group kind>-<role>` (`k3s-server`, `elastic-master`, `vault-server`), joined by `+`. */
function rolesOf(scope: IConstruct, environment: string): Map<string, string> {
  const roles = new Map<string, string[]>();
  for (const { entry: g } of declarations(scope, HOST_GROUPS)) {
    if (g.environment !== environment) continue;
    for (const m of g.members) roles.set(m.hostname, [...(roles.get(m.hostname) ?? []), `${g.kind}-${m.role}`]);
  }
  return new Map([...roles].map(([host, r]) => [host, [...new Set(r)].sort().join("+")]));
}
