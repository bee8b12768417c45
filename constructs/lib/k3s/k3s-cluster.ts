import { Annotations, Lazy, TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import { declare, declareSecretAccess, formatIpv4, inSpan, Ipv4Span, isToken, parseCidr, parseIpv4, Problems, spansOverlap } from "../core";
import { DATA, declareInventorySource, HOST_GROUPS, KUBERNETES_CLUSTERS, IHost, IKubernetesCluster, InventoryFragment, InventorySource, ITemplateSource, sharedNodes, TemplateRef } from "../hosts";
import { addLoad, GpuVm, leastLoaded, NodeLoad, nodeLoads, ProxmoxVm } from "../proxmox";
import { AddressRange, ClusterNode, parseRange, SiteEnvironment, VaultSecretRef } from "../site";
import { checkVaultRef, vaultLookupPath } from "../vault";

/**
 * One K3s node (a VM). Role defaults: servers 4 vCPUs / 8192 MiB / 64 GiB and stateful (etcd),
 * agents 8 vCPUs / 16384 MiB / 128 GiB; servers start first (order 10), agents after (20).
 */
export interface K3sNode extends ClusterNode {
  /**
   * Boot disk in GiB.
   * @default 64 for servers, 128 for agents
   */
  readonly bootDiskGiB?: number;
  /**
   * GPU hardware mapping; agents only. The agent becomes a GpuVm on the GPU's node and joins the
   * `gpu` group.
   * @default no GPU
   */
  readonly gpu?: string;
}

/** What describes a K3s cluster, in the site model and in {@link K3sClusterProps} alike. */
export interface K3sClusterOptions {
  /** Cluster name, used in outputs and inventory vars, e.g. `kube`. */
  readonly name: string;
  /** Pinned k3s release, e.g. `v1.33.5+k3s1`. */
  readonly k3sVersion: string;
  /** Control-plane nodes with embedded etcd: an odd number (1, 3 or 5). */
  readonly servers: readonly K3sNode[];
  /**
   * Worker nodes.
   * @default none
   */
  readonly agents?: readonly K3sNode[];
  /** Where the cluster join token lives in Vault. */
  readonly token: VaultSecretRef;
  /**
   * Network of the nodes.
   * @default "lan"
   */
  readonly network?: string;
  /**
   * Virtual IP of the Kubernetes API, announced by kube-vip.
   * @default the network's reserved range with purpose "k3s-api-vip" (one address)
   */
  readonly apiVip?: string;
  /**
   * Address pools MetalLB hands to LoadBalancer services.
   * @default the network's reserved ranges with purpose "metallb"
   */
  readonly metallbPools?: readonly AddressRange[];
  /**
   * Pod network.
   * @default "10.42.0.0/16" (k3s default)
   */
  readonly podCidr?: string;
  /**
   * Service network.
   * @default "10.43.0.0/16" (k3s default)
   */
  readonly serviceCidr?: string;
  /**
   * Accept a single server (no control-plane redundancy), e.g. for a test bench. Without it, one
   * server is a warning.
   * @default false
   */
  readonly allowSingleServer?: boolean;
  /**
   * Accept servers that share a Proxmox node (more servers than nodes): losing that node loses
   * those etcd members. Without it, sharing is a warning.
   * @default false
   */
  readonly allowSharedServerHosts?: boolean;
}

/** A K3s cluster as the site model describes it: the image family its nodes clone. */
export interface K3sClusterSpec extends K3sClusterOptions {
  /** Image family the nodes clone, e.g. `debian-12`. */
  readonly image: string;
}

/** Props of {@link K3sCluster}. */
export interface K3sClusterProps extends K3sClusterOptions {
  /** The environment, from the site model. */
  readonly environment: SiteEnvironment;
  /** The template each node clones: a source that answers per Proxmox node, or a fixed template. */
  readonly template: ITemplateSource | TemplateRef;
}

const ROLE_DEFAULTS = {
  server: { cores: 4, memoryMiB: 8192, bootDiskGiB: 64 },
  agent: { cores: 8, memoryMiB: 16384, bootDiskGiB: 128 },
} as const;

/**
 * A K3s cluster on Proxmox VMs: servers (embedded etcd, stateful) and agents keyed by hostname,
 * spread over the least-loaded Proxmox nodes (servers on distinct nodes first), GPU agents as GpuVm,
 * an API VIP for kube-vip, MetalLB pools, pod and service CIDRs, a pinned k3s version and a join
 * token that is a Vault reference. Outputs the API endpoint and the addresses per role, and
 * contributes the `k3s_servers`, `k3s_init` and `k3s_agents` groups (children of `k3s_cluster`, which
 * carries the cluster vars) to the environment's Ansible inventory. Agents added later with
 * {@link K3sCluster.addAgent} reach the outputs and the inventory too.
 *
 * @example
 * ```ts
 * const kube = new K3sCluster(stack, "Kube", {
 *   environment: prod, name: "kube", k3sVersion: "v1.33.5+k3s1",
 *   servers: [
 *     { hostname: "kube01", vmId: 201, ipv4: "192.168.1.61" },
 *     { hostname: "kube02", vmId: 202, ipv4: "192.168.1.62" },
 *     { hostname: "kube03", vmId: 203, ipv4: "192.168.1.63" },
 *   ],
 *   agents: [{ hostname: "kube04", vmId: 204, ipv4: "192.168.1.64" }],
 *   template: images.family("debian-12"),
 *   token: { mount: "secret", path: "homelab/prod/k3s", field: "token" },
 *   allowSharedServerHosts: true, // 3 servers on 2 Proxmox nodes
 * });
 * kube.addAgent({ hostname: "kube05", vmId: 205, ipv4: "192.168.1.65", memoryMiB: 32768 });
 * ```
 */
export class K3sCluster extends Construct implements InventorySource, IKubernetesCluster {
  /** `https://<apiVip>:6443`. */
  public readonly apiEndpoint: string;
  /** Cluster name. */
  public readonly clusterName: string;
  /** Virtual IP of the Kubernetes API. */
  public readonly apiVip: string;
  /** Address pools MetalLB hands to LoadBalancer services. */
  public readonly metallbPools: readonly AddressRange[];
  /** Network of the nodes. */
  public readonly network: string;
  /** Server VMs by hostname. */
  public readonly servers: ReadonlyMap<string, ProxmoxVm>;
  /** Environment of the inventory hosts. */
  public readonly inventoryEnvironment: string;
  /** Name of the environment. */
  public readonly environmentName: string;
  private readonly agentVms = new Map<string, ProxmoxVm>();
  private readonly props: K3sClusterProps;
  private readonly loads: Map<string, NodeLoad>;
  private readonly vars: Record<string, unknown>;

  constructor(scope: Construct, id: string, props: K3sClusterProps) {
    super(scope, id);
    const env = props.environment;
    const agents = props.agents ?? [];
    const networkName = props.network ?? "lan";
    const network = env.networks[networkName];
    const reserved = network?.reserved ?? [];
    const vipRange = reserved.find((r) => r.purpose === "k3s-api-vip");
    const apiVip = props.apiVip ?? (vipRange && vipRange.start === vipRange.end ? vipRange.start : undefined);
    const metallbPools = props.metallbPools ?? reserved.filter((r) => r.purpose === "metallb");
    const podCidr = props.podCidr ?? "10.42.0.0/16";
    const serviceCidr = props.serviceCidr ?? "10.43.0.0/16";

    const check = new Problems(this.node.path);
    if (!/^[a-z][a-z0-9-]*$/.test(props.name)) check.add("name", "must be lower-case letters, digits and '-'", props.name, 'use e.g. "kube"');
    if (!/^v\d+\.\d+\.\d+\+k3s\d+$/.test(props.k3sVersion)) check.add("k3sVersion", "must be a pinned k3s release", props.k3sVersion, 'write it like "v1.33.5+k3s1" (never "latest" or a channel)');
    if (props.servers.length % 2 === 0) {
      check.add("servers", "must be an odd number to keep etcd quorum", props.servers.length, "use 1, 3 or 5 servers");
    }
    const hostnames = [...props.servers, ...agents].map((n) => n.hostname);
    const dupes = [...new Set(hostnames.filter((h, i) => hostnames.indexOf(h) !== i))];
    if (dupes.length > 0) check.add("servers/agents", "list a hostname more than once", dupes, "give every node its own hostname");
    for (const server of props.servers.filter((s) => s.gpu)) {
      check.add(`servers.${server.hostname}.gpu`, "is set on a server", server.gpu, "put GPUs on agents; servers run the control plane");
    }
    checkVaultRef(check, "token", props.token);
    if (!network) {
      check.add("network", `is not a network of environment "${env.name}"`, networkName, `use one of ${Object.keys(env.networks).map((n) => `"${n}"`).join(", ")}`);
    } else {
      this.checkAddresses(check, network.cidr, network.dhcpPool, apiVip, metallbPools, [...props.servers, ...agents]);
      this.checkClusterCidrs(check, network.cidr, podCidr, serviceCidr);
    }
    check.throwIfAny();

    this.props = props;
    this.inventoryEnvironment = env.name;
    this.environmentName = env.name;
    declareSecretAccess(this, { mount: props.token.mount, path: props.token.path, access: "read", by: "ansible" });
    this.apiEndpoint = `https://${apiVip}:6443`;
    this.apiVip = apiVip!;
    this.clusterName = props.name;
    this.metallbPools = metallbPools;
    this.network = networkName;
    this.loads = nodeLoads(this, env);
    const placement = this.placeServers(props.servers);
    if (props.servers.length === 1 && !props.allowSingleServer) {
      Annotations.of(this).addWarning("servers has a single server, so the control plane has no redundancy; use 3 servers, or set allowSingleServer to accept it");
    }
    if (!props.allowSharedServerHosts) {
      for (const [node, hosts] of sharedNodes(props.servers.map((s) => s.hostname), placement)) {
        Annotations.of(this).addWarning(`servers ${hosts.join(", ")} share Proxmox node "${node}": losing it takes ${hosts.length} of ${props.servers.length} etcd members; place servers on distinct nodes, or set allowSharedServerHosts to accept it`);
      }
    }

    // Every member is built, so the problems of all of them are reported together.
    const servers = new Map<string, ProxmoxVm>();
    for (const server of props.servers) {
      const vm = check.absorb(() => this.member("server", server, placement.get(server.hostname)!));
      if (vm) servers.set(server.hostname, vm);
    }
    this.servers = servers;
    for (const agent of agents) check.absorb(() => this.addAgent(agent));
    check.throwIfAny();

    this.vars = {
      k3s_cluster_name: props.name,
      k3s_cluster_init_host: props.servers[0].hostname,
      k3s_version: props.k3sVersion,
      k3s_api_vip: apiVip,
      k3s_api_endpoint: this.apiEndpoint,
      k3s_pod_cidr: podCidr,
      k3s_service_cidr: serviceCidr,
      k3s_metallb_pools: metallbPools.map((p) => `${p.start}-${p.end}`),
      k3s_token_vault_path: vaultLookupPath(props.token),
    };
    const prefix = props.name.replace(/-/g, "_");
    const addresses = (vms: ReadonlyMap<string, ProxmoxVm>) => Object.fromEntries([...vms].map(([h, vm]) => [h, vm.ipv4]));
    new TerraformOutput(this, "Output-api", { value: this.apiEndpoint, description: `Kubernetes API of ${props.name}` }).overrideLogicalId(`${prefix}_api_endpoint`);
    new TerraformOutput(this, "Output-servers", { value: addresses(this.servers), description: `server addresses of ${props.name}` }).overrideLogicalId(`${prefix}_servers`);
    new TerraformOutput(this, "Output-agents", { value: Lazy.anyValue({ produce: () => addresses(this.agentVms) }), description: `agent addresses of ${props.name}` }).overrideLogicalId(`${prefix}_agents`);
    this.declare(props);
  }

  /** Every node, servers first (the Kubernetes view of {@link K3sCluster.members}). */
  public get nodes(): readonly IHost[] {
    return this.members;
  }

  /** What the cluster declares: its group of hosts, its datastore on each server, its inventory. */
  private declare(props: K3sClusterProps): void {
    const cluster = this;
    declare(this, HOST_GROUPS, {
      id: `k3s_${props.name}`,
      environment: props.environment.name,
      kind: "k3s",
      title: [`K3s ${props.name} ${props.k3sVersion}`],
      get members() {
        return [...[...cluster.servers.keys()].map((hostname) => ({ hostname, role: "server" })), ...[...cluster.agentVms.keys()].map((hostname) => ({ hostname, role: "agent" }))];
      },
      facts: [`API VIP ${this.apiVip}`, ...(this.metallbPools.length > 0 ? [`MetalLB ${this.metallbPools.map((p) => `${p.start}-${p.end}`).join(", ")}`] : [])],
    });
    for (const host of this.servers.keys()) {
      declare(this, DATA, {
        name: "etcd",
        environment: props.environment.name,
        host,
        kind: "cluster-state",
        location: "/var/lib/rancher/k3s/server/db",
        description: `K3s ${props.name}: the embedded etcd datastore (every server holds a copy)`,
      });
    }
    declare(this, KUBERNETES_CLUSTERS, this);
    declareInventorySource(this);
  }

  /** Agent VMs by hostname, including agents added with {@link K3sCluster.addAgent}. */
  public get agents(): ReadonlyMap<string, ProxmoxVm> {
    return this.agentVms;
  }

  /** Every member, servers first. */
  public get members(): ProxmoxVm[] {
    return [...this.servers.values(), ...this.agentVms.values()];
  }

  /**
   * Adds an agent (a worker node) and returns its VM: placed on the GPU's node for a GPU agent, else
   * on the least-loaded node; in the outputs and in `k3s_agents`.
   */
  public addAgent(agent: K3sNode): ProxmoxVm {
    const check = new Problems(this.node.path);
    const taken = [...this.servers.keys(), ...this.agentVms.keys()];
    if (taken.includes(agent.hostname)) check.add("agents", "list a hostname more than once", [agent.hostname], "give every node its own hostname");
    const env = this.props.environment;
    // The members so far passed these checks; the new agent must not take the VIP or a MetalLB address.
    const network = env.networks[this.network];
    this.checkAddresses(check, network.cidr, network.dhcpPool, this.apiVip, this.metallbPools, [agent]);
    check.throwIfAny();
    const gpuOwner = agent.gpu ? env.proxmox.nodes.find((n) => (n.pciDevices ?? []).some((d) => d.mapping === agent.gpu))?.name : undefined;
    const node = agent.node ?? gpuOwner ?? leastLoaded(env, this.loads, env.proxmox.nodes.map((n) => n.name));
    const vm = this.member("agent", agent, node);
    this.agentVms.set(agent.hostname, vm);
    return vm;
  }

  /** The cluster's inventory groups and vars for Ansible. */
  public get inventory(): InventoryFragment {
    const members = (vms: ReadonlyMap<string, ProxmoxVm>) => Object.fromEntries([...vms.keys()].map((h) => [h, {}]));
    return {
      groups: {
        k3s_servers: { hosts: members(this.servers), vars: { k3s_role: "server" } },
        // The server that runs cluster-init; the others join it one at a time.
        k3s_init: { hosts: { [this.props.servers[0].hostname]: {} } },
        k3s_agents: { hosts: members(this.agentVms), vars: { k3s_role: "agent" } },
        k3s_cluster: { children: ["k3s_agents", "k3s_servers"], vars: this.vars },
      },
    };
  }

  private member(role: "server" | "agent", n: K3sNode, node: string): ProxmoxVm {
    const defaults = ROLE_DEFAULTS[role];
    const cores = n.cores ?? defaults.cores;
    const memoryMiB = n.memoryMiB ?? defaults.memoryMiB;
    const common = {
      environment: this.props.environment,
      hostname: n.hostname,
      vmId: n.vmId,
      ipv4: n.ipv4,
      network: this.network,
      template: this.props.template,
      cores,
      memoryMiB,
      bootDiskGiB: n.bootDiskGiB ?? defaults.bootDiskGiB,
      storage: n.storage,
      pool: n.pool,
      tags: ["k3s", `k3s-${role}`, ...(n.tags ?? [])],
      // Servers first, so etcd has quorum before agents try to join.
      startupOrder: n.startupOrder ?? (role === "server" ? 10 : 20),
      stateful: n.stateful ?? role === "server",
    };
    const vm = n.gpu ? new GpuVm(this, n.hostname, { ...common, node, gpu: n.gpu }) : new ProxmoxVm(this, n.hostname, { ...common, node });
    addLoad(this.loads, node, cores, memoryMiB);
    return vm;
  }

  /** Servers: explicit nodes first, then each on the node with the fewest servers, then the least load. */
  private placeServers(servers: readonly K3sNode[]): Map<string, string> {
    const env = this.props.environment;
    const names = env.proxmox.nodes.map((n) => n.name);
    const placement = new Map<string, string>();
    const count = new Map(names.map((n) => [n, 0]));
    const loads = new Map(this.loads);
    const put = (s: K3sNode, node: string) => {
      placement.set(s.hostname, node);
      count.set(node, (count.get(node) ?? 0) + 1);
      addLoad(loads, node, s.cores ?? ROLE_DEFAULTS.server.cores, s.memoryMiB ?? ROLE_DEFAULTS.server.memoryMiB);
    };
    for (const s of servers.filter((x) => x.node)) put(s, s.node!);
    for (const s of servers.filter((x) => !x.node)) put(s, leastLoaded(env, loads, names, (n) => count.get(n)!));
    return placement;
  }

  /** VIP and MetalLB pools: inside the network, apart from the DHCP pool, the nodes and each other. */
  private checkAddresses(check: Problems, cidr: string, dhcpPool: AddressRange, apiVip: string | undefined, pools: readonly AddressRange[], nodes: readonly K3sNode[]): void {
    const net = parseCidr(cidr);
    const dhcp = parseRange(dhcpPool);
    if (!net) return; // reported by the environment check
    const nodeAddresses = new Map(nodes.map((n) => [parseIpv4(n.ipv4), n.hostname]));
    const vip = apiVip === undefined ? undefined : parseIpv4(apiVip);
    if (apiVip === undefined) {
      check.add("apiVip", "is not set and the network reserves no single-address \"k3s-api-vip\" range", apiVip, "reserve one address with purpose \"k3s-api-vip\" in the site model or set apiVip");
    } else if (isToken(apiVip)) {
      // Known at apply time only.
    } else if (vip === undefined) {
      check.add("apiVip", "is not an IPv4 address", apiVip, 'write it like "192.168.1.50"');
    } else if (!inSpan(vip, net)) {
      check.add("apiVip", `is outside the network ${cidr}`, apiVip, `use a free address in ${cidr}`);
    } else if (dhcp && inSpan(vip, dhcp)) {
      check.add("apiVip", `is inside the DHCP pool ${dhcpPool.start}-${dhcpPool.end}`, apiVip, "use an address outside the DHCP pool");
    } else if (nodeAddresses.has(vip)) {
      check.add("apiVip", `is the address of node ${nodeAddresses.get(vip)}`, apiVip, "use an address no VM has");
    }
    const spans: Array<{ text: string; span: Ipv4Span }> = [];
    pools.forEach((pool, i) => {
      const text = `${pool.start}-${pool.end}`;
      const span = parseRange(pool);
      const prop = `metallbPools[${i}]`;
      if (!span) return check.add(prop, "is not a range of IPv4 addresses (start <= end)", text, 'write it like { start: "192.168.1.180", end: "192.168.1.199" }');
      if (!inSpan(span.first, net) || !inSpan(span.last, net)) return check.add(prop, `is not inside the network ${cidr}`, text, `use addresses in ${cidr}`);
      if (dhcp && spansOverlap(span, dhcp)) check.add(prop, `overlaps the DHCP pool ${dhcpPool.start}-${dhcpPool.end}`, text, "move the pool or shrink the DHCP pool");
      if (vip !== undefined && inSpan(vip, span)) check.add(prop, `contains the API VIP ${apiVip}`, text, "keep the VIP out of MetalLB pools");
      const inside = [...nodeAddresses].filter(([a]) => a !== undefined && inSpan(a, span)).map(([, h]) => h);
      if (inside.length > 0) check.add(prop, `contains the addresses of ${inside.join(", ")}`, text, "keep VM addresses out of MetalLB pools");
      for (const other of spans) {
        if (spansOverlap(span, other.span)) check.add(prop, `overlaps the pool ${other.text}`, text, "keep MetalLB pools apart");
      }
      spans.push({ text, span });
    });
  }

  /** Pod and service networks: canonical, apart from the LAN and from each other. */
  private checkClusterCidrs(check: Problems, lanCidr: string, podCidr: string, serviceCidr: string): void {
    const lan = parseCidr(lanCidr);
    const parsed: Array<[string, string, ReturnType<typeof parseCidr>]> = [["podCidr", podCidr, parseCidr(podCidr)], ["serviceCidr", serviceCidr, parseCidr(serviceCidr)]];
    for (const [prop, text, net] of parsed) {
      if (!net) check.add(prop, "is not an IPv4 CIDR", text, 'write it like "10.42.0.0/16"');
      else if (net.canonical !== text) check.add(prop, "is not a canonical network (host bits set)", text, `use "${net.canonical}" or fix the prefix length`);
      else if (lan && spansOverlap(net, lan)) check.add(prop, `overlaps the node network ${lanCidr}`, text, "pick a private range the LAN does not use");
    }
    const [pod, svc] = [parsed[0][2], parsed[1][2]];
    if (pod && svc && pod.canonical === podCidr && svc.canonical === serviceCidr && spansOverlap(pod, svc)) {
      const free = freeNetworkAfter(pod, svc.prefix, [pod, ...(lan ? [lan] : [])]);
      check.add("serviceCidr", `overlaps podCidr ${podCidr}`, serviceCidr, free ? `use a range outside ${podCidr}, e.g. "${free}"` : `use a range outside ${podCidr} and ${lanCidr}`);
    }
  }
}

/**
 * The first canonical /`prefix` network after `after` that overlaps none of `avoid`, for a suggested
 * fix that the same checks accept; undefined when none is left below 255.255.255.255.
 */
function freeNetworkAfter(after: Ipv4Span, prefix: number, avoid: readonly Ipv4Span[]): string | undefined {
  const size = 2 ** (32 - prefix);
  for (let first = Math.ceil((after.last + 1) / size) * size; first + size - 1 <= 0xffffffff; first += size) {
    const candidate = { first, last: first + size - 1 };
    if (!avoid.some((a) => spansOverlap(a, candidate))) return `${formatIpv4(first)}/${prefix}`;
  }
  return undefined;
}
