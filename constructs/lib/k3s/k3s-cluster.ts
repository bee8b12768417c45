import { Annotations, Lazy, TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import {
  checkLowerName,
  declare,
  declareSecretAccess,
  formatIpv4,
  inSpan,
  Ipv4Span,
  isToken,
  parseCidr,
  parseIpv4,
  Problems,
  spansOverlap,
} from "../core";
import {
  DATA,
  declareInventorySource,
  HOST_GROUPS,
  KUBERNETES_CLUSTERS,
  NAMES,
  IHost,
  IKubernetesCluster,
  InventoryFragment,
  InventorySource,
  SERVICES,
  ITemplateSource,
  TemplateRef,
} from "../hosts";
import { GpuVm, Placement, ProxmoxVm, RoleGroup, RoleGroupOptions, RoleMember } from "../proxmox";
import { AddressRange, ClusterNode, infrastructureAt, NetworkSpec, parseRange, SiteEnvironment, VaultSecretRef, proxmoxOf } from "../site";
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
   * those etcd members. Without it, servers sharing a node are an error; with it, they are accepted
   * without a warning (this prop is the record of the risk).
   * @default false: servers sharing a node is an error
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
 * spread over the least-loaded Proxmox nodes (servers on distinct nodes first: two on one node are an
 * error unless `allowSharedServerHosts`), GPU agents as GpuVm,
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
  /** The pod and service networks. */
  public readonly clusterCidrs: readonly string[];
  private readonly props: K3sClusterProps;
  private readonly group: RoleGroup<K3sRole, K3sMember>;
  private readonly vars: Record<string, unknown>;

  constructor(scope: Construct, id: string, props: K3sClusterProps) {
    super(scope, id);
    const settings = resolveCluster(props);
    this.group = new RoleGroup(this, settings.group, (member, node) => this.renderMember(member, node));
    const placement = this.validate(props, settings);
    this.props = props;
    this.inventoryEnvironment = this.environmentName = props.environment.name;
    this.apiVip = settings.apiVip!;
    this.apiEndpoint = `https://${settings.apiVip}:6443`;
    this.clusterName = props.name;
    this.metallbPools = settings.metallbPools;
    this.network = settings.networkName;
    this.servers = this.group.ofRole("server");
    this.clusterCidrs = [settings.podCidr, settings.serviceCidr];
    this.warn(props);
    this.renderMembers(settings, placement);
    this.vars = this.clusterVars(props, settings);
    this.renderOutputs(props);
    this.declare(props);
  }

  /** Every node, servers first (the Kubernetes view of {@link K3sCluster.members}). */
  public get nodes(): readonly IHost[] {
    return this.members;
  }

  /** Agent VMs by hostname, including agents added with {@link K3sCluster.addAgent}. */
  public get agents(): ReadonlyMap<string, ProxmoxVm> {
    return this.group.ofRole("agent");
  }

  /** Every member, servers first. */
  public get members(): ProxmoxVm[] {
    return [...this.servers.values(), ...this.agents.values()];
  }

  /**
   * Adds an agent (a worker node) and returns its VM: placed on the GPU's node for a GPU agent, else
   * on the least-loaded node; in the outputs and in `k3s_agents`.
   */
  public addAgent(agent: K3sNode): ProxmoxVm {
    const check = new Problems(this.node.path);
    this.group.checkHostnames(check, "agents", [agent.hostname]);
    // The members so far passed these checks; the new agent must not take the VIP or a MetalLB address.
    const network = this.props.environment.networks[this.network];
    this.checkAddresses(check, this.props.environment, network.dhcpPool, this.apiVip, this.metallbPools, [agent], network.cidr);
    check.throwIfAny();
    return this.group.add(memberOf(this.props.environment, "agent", agent));
  }

  /** The cluster's inventory groups and vars for Ansible. */
  public get inventory(): InventoryFragment {
    const members = (vms: ReadonlyMap<string, ProxmoxVm>) => Object.fromEntries([...vms.keys()].map((h) => [h, {}]));
    return {
      groups: {
        k3s_servers: { hosts: members(this.servers), vars: { k3s_role: "server" } },
        // The server that runs cluster-init; the others join it one at a time.
        k3s_init: { hosts: { [this.props.servers[0].hostname]: {} } },
        k3s_agents: { hosts: members(this.agents), vars: { k3s_role: "agent" } },
        k3s_cluster: { children: ["k3s_agents", "k3s_servers"], vars: this.vars },
      },
    };
  }

  /** Every problem with the props, the group's included, thrown together before any member exists. */
  private validate(props: K3sClusterProps, s: ClusterSettings): Placement {
    const check = new Problems(this.node.path);
    checkLowerName(check, "name", props.name, 'use e.g. "kube"');
    if (!/^v\d+\.\d+\.\d+\+k3s\d+$/.test(props.k3sVersion)) {
      check.add("k3sVersion", "must be a pinned k3s release", props.k3sVersion, 'write it like "v1.33.5+k3s1" (never "latest" or a channel)');
    }
    if (props.servers.length % 2 === 0) {
      check.add("servers", "must be an odd number to keep etcd quorum", props.servers.length, "use 1, 3 or 5 servers");
    }
    // Agents are placed one by one after the servers (addAgent), but their hostnames are checked now.
    const placement = this.group.plan(
      check,
      "servers/agents",
      s.servers,
      s.agents.map((a) => a.hostname),
    );
    for (const server of props.servers.filter((x) => x.gpu)) {
      check.add(`servers.${server.hostname}.gpu`, "is set on a server", server.gpu, "put GPUs on agents; servers run the control plane");
    }
    checkVaultRef(check, "token", props.token);
    const { network, networkName, apiVip, metallbPools, podCidr, serviceCidr } = s;
    if (!network) {
      const names = Object.keys(props.environment.networks)
        .map((n) => `"${n}"`)
        .join(", ");
      check.add("network", `is not a network of environment "${props.environment.name}"`, networkName, `use one of ${names}`);
    } else {
      this.checkAddresses(check, props.environment, network.dhcpPool, apiVip, metallbPools, [...props.servers, ...s.agents], network.cidr);
      this.checkClusterCidrs(check, network.cidr, podCidr, serviceCidr);
    }
    check.throwIfAny();
    return placement;
  }

  /** What is allowed but risky. */
  private warn(props: K3sClusterProps): void {
    if (props.servers.length === 1 && !props.allowSingleServer) {
      Annotations.of(this).addWarning(
        "servers has a single server, so the control plane has no redundancy; use 3 servers, or set allowSingleServer to accept it",
      );
    }
  }

  /** Servers on their planned nodes, then each agent; the problems of every member are reported together. */
  private renderMembers(s: ClusterSettings, placement: Placement): void {
    const check = new Problems(this.node.path);
    this.group.build(check, s.servers, placement);
    for (const agent of s.agents) check.absorb(() => this.addAgent(agent));
    check.throwIfAny();
  }

  private renderMember({ role, spec: n, cores, memoryMiB }: K3sMember, node: string): ProxmoxVm {
    const common = {
      environment: this.props.environment,
      hostname: n.hostname,
      vmId: n.vmId,
      ipv4: n.ipv4,
      network: this.network,
      template: this.props.template,
      cores,
      memoryMiB,
      bootDiskGiB: n.bootDiskGiB ?? ROLE_DEFAULTS[role].bootDiskGiB,
      storage: n.storage,
      pool: n.pool,
      tags: ["k3s", `k3s-${role}`, ...(n.tags ?? [])],
      // Servers first, so etcd has quorum before agents try to join.
      startupOrder: n.startupOrder ?? (role === "server" ? 10 : 20),
      stateful: n.stateful ?? role === "server",
    };
    return n.gpu ? new GpuVm(this, n.hostname, { ...common, node, gpu: n.gpu }) : new ProxmoxVm(this, n.hostname, { ...common, node });
  }

  /** The vars of `k3s_cluster`. */
  private clusterVars(props: K3sClusterProps, s: ClusterSettings): Record<string, unknown> {
    return {
      k3s_cluster_name: props.name,
      k3s_cluster_init_host: props.servers[0].hostname,
      k3s_version: props.k3sVersion,
      k3s_api_vip: s.apiVip,
      k3s_api_endpoint: this.apiEndpoint,
      k3s_pod_cidr: s.podCidr,
      k3s_service_cidr: s.serviceCidr,
      k3s_metallb_pools: s.metallbPools.map((p) => `${p.start}-${p.end}`),
      k3s_token_vault_path: vaultLookupPath(props.token),
    };
  }

  private renderOutputs(props: K3sClusterProps): void {
    const prefix = props.name.replace(/-/g, "_");
    const addresses = (vms: ReadonlyMap<string, ProxmoxVm>) => Object.fromEntries([...vms].map(([h, vm]) => [h, vm.ipv4]));
    const output = (id: string, name: string, value: unknown, description: string) =>
      new TerraformOutput(this, id, { value, description }).overrideLogicalId(`${prefix}_${name}`);
    output("Output-api", "api_endpoint", this.apiEndpoint, `Kubernetes API of ${props.name}`);
    output("Output-servers", "servers", addresses(this.servers), `server addresses of ${props.name}`);
    // Lazy: agents added later with addAgent are in the output too.
    output("Output-agents", "agents", Lazy.anyValue({ produce: () => addresses(this.agents) }), `agent addresses of ${props.name}`);
  }

  /** What the cluster declares: the token it reads, its group of hosts, its datastore on each server, its inventory. */
  private declare(props: K3sClusterProps): void {
    declareSecretAccess(this, { mount: props.token.mount, path: props.token.path, access: "read", by: "ansible" });
    const pools = this.metallbPools.map((p) => `${p.start}-${p.end}`);
    const role = (vms: ReadonlyMap<string, ProxmoxVm>, name: string) => [...vms.keys()].map((hostname) => ({ hostname, role: name }));
    // Read when the registry is, so agents added later are members too.
    const members = () => [...role(this.servers, "server"), ...role(this.agents, "agent")];
    declare(this, HOST_GROUPS, {
      id: k3sGroupId(props.name),
      environment: props.environment.name,
      kind: "k3s",
      title: [`K3s ${props.name} ${props.k3sVersion}`],
      get members() {
        return members();
      },
      facts: [`API VIP ${this.apiVip}`, ...(pools.length > 0 ? [`MetalLB ${pools.join(", ")}`] : [])],
    });
    for (const host of this.servers.keys()) {
      declare(this, DATA, {
        name: "etcd",
        environment: props.environment.name,
        host,
        kind: "cluster-state",
        location: "/var/lib/rancher/k3s/server/db",
        description: `K3s ${props.name}: the embedded etcd datastore (every server holds a copy)`,
        // An etcd snapshot is consistent; a copy of the live database files is not.
        consistentCopy: {
          command: "/usr/local/bin/k3s etcd-snapshot save --name homelab-backup --dir /var/backups/k3s-etcd",
          path: "/var/backups/k3s-etcd",
        },
      });
    }
    // The API server on each server (a TLS connect: the API wants credentials for more).
    for (const [hostname, vm] of this.servers)
      declare(this, SERVICES, {
        name: "k3s-api",
        environment: props.environment.name,
        host: hostname,
        address: vm.ipv4,
        port: 6443,
        protocol: "https",
      });
    // The API's name answers the VIP, so kubeconfigs may name it instead of the address.
    const env = props.environment;
    declare(this, NAMES, {
      environment: env.name,
      name: `${props.name}-api.${env.domain}`,
      address: this.apiVip,
      declaredBy: `K3s cluster ${props.name} (API VIP)`,
    });
    declare(this, KUBERNETES_CLUSTERS, this);
    declareInventorySource(this);
  }

  /** VIP and MetalLB pools: inside the network, apart from the DHCP pool, the nodes and each other. */
  private checkAddresses(
    check: Problems,
    env: SiteEnvironment,
    dhcpPool: AddressRange,
    apiVip: string | undefined,
    pools: readonly AddressRange[],
    nodes: readonly K3sNode[],
    cidr: string,
  ): void {
    const net = parseCidr(cidr);
    const dhcp = parseRange(dhcpPool);
    if (!net) return; // reported by the environment check
    const nodeAddresses = new Map(nodes.map((n) => [parseIpv4(n.ipv4), n.hostname]));
    const vip = apiVip === undefined ? undefined : parseIpv4(apiVip);
    if (apiVip === undefined) {
      check.add(
        "apiVip",
        'is not set and the network reserves no single-address "k3s-api-vip" range',
        apiVip,
        'reserve one address with purpose "k3s-api-vip" in the site model or set apiVip',
      );
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
    } else if (infrastructureAt(env, apiVip)) {
      check.add("apiVip", `is ${infrastructureAt(env, apiVip)}`, apiVip, "use an address nothing else in the model has");
    }
    const spans: Array<{ text: string; span: Ipv4Span }> = [];
    pools.forEach((pool, i) => {
      const text = `${pool.start}-${pool.end}`;
      const span = parseRange(pool);
      const prop = `metallbPools[${i}]`;
      if (!span)
        return check.add(
          prop,
          "is not a range of IPv4 addresses (start <= end)",
          text,
          'write it like { start: "192.168.1.180", end: "192.168.1.199" }',
        );
      if (!inSpan(span.first, net) || !inSpan(span.last, net))
        return check.add(prop, `is not inside the network ${cidr}`, text, `use addresses in ${cidr}`);
      if (dhcp && spansOverlap(span, dhcp))
        check.add(prop, `overlaps the DHCP pool ${dhcpPool.start}-${dhcpPool.end}`, text, "move the pool or shrink the DHCP pool");
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
    const parsed: Array<[string, string, ReturnType<typeof parseCidr>]> = [
      ["podCidr", podCidr, parseCidr(podCidr)],
      ["serviceCidr", serviceCidr, parseCidr(serviceCidr)],
    ];
    for (const [prop, text, net] of parsed) {
      if (!net) check.add(prop, "is not an IPv4 CIDR", text, 'write it like "10.42.0.0/16"');
      else if (net.canonical !== text)
        check.add(prop, "is not a canonical network (host bits set)", text, `use "${net.canonical}" or fix the prefix length`);
      else if (lan && spansOverlap(net, lan))
        check.add(prop, `overlaps the node network ${lanCidr}`, text, "pick a private range the LAN does not use");
    }
    const [pod, svc] = [parsed[0][2], parsed[1][2]];
    if (pod && svc && pod.canonical === podCidr && svc.canonical === serviceCidr && spansOverlap(pod, svc)) {
      const free = freeNetworkAfter(pod, svc.prefix, [pod, ...(lan ? [lan] : [])]);
      check.add(
        "serviceCidr",
        `overlaps podCidr ${podCidr}`,
        serviceCidr,
        free ? `use a range outside ${podCidr}, e.g. "${free}"` : `use a range outside ${podCidr} and ${lanCidr}`,
      );
    }
  }
}

type K3sRole = keyof typeof ROLE_DEFAULTS;

/** One node as the group places it. */
interface K3sMember extends RoleMember<K3sRole> {
  readonly spec: K3sNode;
}

/** The props with every default applied. */
interface ClusterSettings {
  readonly networkName: string;
  readonly network: NetworkSpec | undefined;
  readonly apiVip: string | undefined;
  readonly metallbPools: readonly AddressRange[];
  readonly podCidr: string;
  readonly serviceCidr: string;
  readonly servers: readonly K3sMember[];
  readonly agents: readonly K3sNode[];
  readonly group: RoleGroupOptions<K3sRole>;
}

function resolveCluster(props: K3sClusterProps): ClusterSettings {
  const env = props.environment;
  const networkName = props.network ?? "lan";
  const network = env.networks[networkName];
  const reserved = network?.reserved ?? [];
  const vipRange = reserved.find((r) => r.purpose === "k3s-api-vip");
  return {
    networkName,
    network,
    apiVip: props.apiVip ?? (vipRange && vipRange.start === vipRange.end ? vipRange.start : undefined),
    metallbPools: props.metallbPools ?? reserved.filter((r) => r.purpose === "metallb"),
    podCidr: props.podCidr ?? "10.42.0.0/16",
    serviceCidr: props.serviceCidr ?? "10.43.0.0/16",
    servers: props.servers.map((n) => memberOf(env, "server", n)),
    agents: props.agents ?? [],
    group: {
      environment: env,
      memberNoun: "node",
      quorum: { role: "server", prop: "servers", noun: "etcd members" },
      allowShared: { prop: "allowSharedServerHosts", enabled: props.allowSharedServerHosts ?? false },
    },
  };
}

/** A node with its role's defaults; a GPU agent goes on the node that owns the GPU unless it names one. */
function memberOf(env: SiteEnvironment, role: K3sRole, spec: K3sNode): K3sMember {
  const gpuOwner = spec.gpu ? proxmoxOf(env).nodes.find((n) => (n.pciDevices ?? []).some((d) => d.mapping === spec.gpu))?.name : undefined;
  const node = spec.node ?? (role === "agent" ? gpuOwner : undefined);
  const { cores, memoryMiB } = ROLE_DEFAULTS[role];
  return { role, hostname: spec.hostname, node, cores: spec.cores ?? cores, memoryMiB: spec.memoryMiB ?? memoryMiB, spec };
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

/** The ID of a K3s cluster's host group in the registry (other constructs add facts to it). */
export function k3sGroupId(clusterName: string): string {
  return `k3s_${clusterName}`;
}
