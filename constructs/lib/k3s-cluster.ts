import { Annotations, TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import { Problems } from "./core/errors";
import { formatIpv4, inSpan, Ipv4Span, parseCidr, parseIpv4, spansOverlap } from "./core/ipv4";
import { GpuVm } from "./gpu-vm";
import { ClusterNode, sharedNodes } from "./cluster-node";
import { ProxmoxVm, TemplateRef } from "./proxmox-vm";
import { parseRange } from "./site/addressing";
import { InventoryFragment, InventorySource, markInventorySource } from "./site/inventory";
import { AddressRange, SiteEnvironment } from "./site/model";
import { checkVaultRef, VaultSecretRef, vaultLookupPath } from "./site/vault-ref";

/**
 * One K3s node (a VM). Role defaults: servers 4 vCPUs / 8192 MiB / 64 GiB, agents 8 vCPUs /
 * 16384 MiB / 128 GiB; servers spread over distinct Proxmox nodes first, agents round-robin, GPU
 * agents on the GPU's node.
 */
export interface K3sNode extends ClusterNode {
  /**
   * Boot disk in GiB.
   * @default 64 for servers, 128 for agents
   */
  readonly bootDiskGiB?: number;
  /**
   * GPU hardware mapping; agents only. The agent becomes a GpuVm and joins the `gpu` group.
   * @default no GPU
   */
  readonly gpu?: string;
}

/** Props of {@link K3sCluster}. */
export interface K3sClusterProps {
  /** The environment, from the site model. */
  readonly environment: SiteEnvironment;
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
  /** The template to clone on a given Proxmox node. */
  readonly templateOn: (node: string) => TemplateRef;
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
}

const ROLE_DEFAULTS = {
  server: { cores: 4, memoryMiB: 8192, bootDiskGiB: 64 },
  agent: { cores: 8, memoryMiB: 16384, bootDiskGiB: 128 },
} as const;

/**
 * A K3s cluster on Proxmox VMs: servers (embedded etcd) and agents keyed by hostname, spread over
 * Proxmox nodes, GPU agents as GpuVm, an API VIP for kube-vip, MetalLB pools, pod and service CIDRs,
 * a pinned k3s version and a join token that is a Vault reference. Outputs the API endpoint and the
 * addresses per role, and contributes the `k3s_servers` and `k3s_agents` groups (children of
 * `k3s_cluster`, which carries the cluster vars) to the environment's Ansible inventory.
 *
 * @example
 * new K3sCluster(stack, "Kube", {
 *   environment: prod, name: "kube", k3sVersion: "v1.33.5+k3s1",
 *   servers: [{ hostname: "kube01", vmId: 201, ipv4: "192.168.1.61" }, ...],
 *   agents: [{ hostname: "kube04", vmId: 204, ipv4: "192.168.1.64" }, ...],
 *   templateOn: (node) => newestTemplate(images, "debian-12", node, "prod-k3s"),
 *   token: { mount: "secret", path: "homelab/prod/k3s", field: "token" },
 * });
 */
export class K3sCluster extends Construct implements InventorySource {
  /** `https://<apiVip>:6443`. */
  public readonly apiEndpoint: string;
  /** Server VMs by hostname. */
  public readonly servers: ReadonlyMap<string, ProxmoxVm>;
  /** Agent VMs by hostname. */
  public readonly agents: ReadonlyMap<string, ProxmoxVm>;
  /** Environment of the inventory hosts. */
  public readonly inventoryEnvironment: string;
  /** Inventory groups and vars for Ansible. */
  public readonly inventory: InventoryFragment;

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

    if (props.servers.length === 1) {
      Annotations.of(this).addWarning("servers has a single server: the control plane has no redundancy; use 3 servers for HA");
    }
    const placement = this.place(env, props.servers, agents);
    for (const [node, hosts] of sharedNodes(props.servers.map((s) => s.hostname), placement)) {
      Annotations.of(this).addWarning(`servers ${hosts.join(", ")} share Proxmox node "${node}": losing it takes ${hosts.length} of ${props.servers.length} etcd members; place servers on distinct nodes`);
    }

    const makeVm = (role: "server" | "agent", n: K3sNode): ProxmoxVm => {
      const node = placement.get(n.hostname)!;
      const common = {
        environment: env,
        hostname: n.hostname,
        vmId: n.vmId,
        ipv4: n.ipv4,
        network: networkName,
        template: props.templateOn(node),
        cores: n.cores ?? ROLE_DEFAULTS[role].cores,
        memoryMiB: n.memoryMiB ?? ROLE_DEFAULTS[role].memoryMiB,
        bootDiskGiB: n.bootDiskGiB ?? ROLE_DEFAULTS[role].bootDiskGiB,
        tags: ["k3s", `k3s-${role}`],
        // Servers first, so etcd has quorum before agents try to join.
        startupOrder: role === "server" ? 10 : 20,
      };
      return n.gpu ? new GpuVm(this, n.hostname, { ...common, node, gpu: n.gpu }) : new ProxmoxVm(this, n.hostname, { ...common, node });
    };
    this.servers = new Map(props.servers.map((s) => [s.hostname, makeVm("server", s)]));
    this.agents = new Map(agents.map((a) => [a.hostname, makeVm("agent", a)]));
    this.apiEndpoint = `https://${apiVip}:6443`;

    const prefix = props.name.replace(/-/g, "_");
    new TerraformOutput(this, "Output-api", { value: this.apiEndpoint, description: `Kubernetes API of ${props.name}` }).overrideLogicalId(`${prefix}_api_endpoint`);
    new TerraformOutput(this, "Output-servers", { value: Object.fromEntries([...this.servers].map(([h, vm]) => [h, vm.ipv4])), description: `server addresses of ${props.name}` }).overrideLogicalId(`${prefix}_servers`);
    new TerraformOutput(this, "Output-agents", { value: Object.fromEntries([...this.agents].map(([h, vm]) => [h, vm.ipv4])), description: `agent addresses of ${props.name}` }).overrideLogicalId(`${prefix}_agents`);

    this.inventoryEnvironment = env.name;
    const members = (vms: ReadonlyMap<string, ProxmoxVm>) => Object.fromEntries([...vms.keys()].map((h) => [h, {}]));
    this.inventory = {
      groups: {
        k3s_servers: { hosts: members(this.servers), vars: { k3s_role: "server" } },
        // The server that runs cluster-init; the others join it one at a time.
        k3s_init: { hosts: { [props.servers[0].hostname]: {} } },
        k3s_agents: { hosts: members(this.agents), vars: { k3s_role: "agent" } },
        k3s_cluster: {
          children: ["k3s_agents", "k3s_servers"],
          vars: {
            k3s_cluster_name: props.name,
            k3s_cluster_init_host: props.servers[0].hostname,
            k3s_version: props.k3sVersion,
            k3s_api_vip: apiVip,
            k3s_api_endpoint: this.apiEndpoint,
            k3s_pod_cidr: podCidr,
            k3s_service_cidr: serviceCidr,
            k3s_metallb_pools: metallbPools.map((p) => `${p.start}-${p.end}`),
            k3s_token_vault_path: vaultLookupPath(props.token),
          },
        },
      },
    };
    markInventorySource(this);
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
      check.add("serviceCidr", `overlaps podCidr ${podCidr}`, serviceCidr, `use a range outside ${podCidr}, e.g. "${formatIpv4(((pod.last + 1) >>> 0))}/${svc.prefix}"`);
    }
  }

  /** Proxmox node per hostname: explicit first, then servers on the least-used nodes, then agents round-robin. */
  private place(env: SiteEnvironment, servers: readonly K3sNode[], agents: readonly K3sNode[]): Map<string, string> {
    const nodes = [...env.proxmox.nodes].map((n) => n.name).sort();
    const owner = (mapping: string) => env.proxmox.nodes.find((n) => (n.pciDevices ?? []).some((d) => d.mapping === mapping))?.name;
    const placement = new Map<string, string>();
    const serverCount = new Map(nodes.map((n) => [n, 0]));
    for (const s of servers.filter((x) => x.node)) {
      placement.set(s.hostname, s.node!);
      serverCount.set(s.node!, (serverCount.get(s.node!) ?? 0) + 1);
    }
    for (const s of servers.filter((x) => !x.node)) {
      const node = nodes.reduce((best, n) => (serverCount.get(n)! < serverCount.get(best)! ? n : best), nodes[0]);
      placement.set(s.hostname, node);
      serverCount.set(node, serverCount.get(node)! + 1);
    }
    let next = 0;
    for (const a of agents) {
      placement.set(a.hostname, a.node ?? (a.gpu ? owner(a.gpu) : undefined) ?? nodes[next++ % nodes.length]);
    }
    return placement;
  }
}
