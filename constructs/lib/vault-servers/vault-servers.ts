import { TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import { declare, Problems } from "../core";
import { DATA, declareInventorySource, HOST_GROUPS, InventoryFragment, InventorySource, ITemplateSource, sharedNodes, TemplateRef } from "../hosts";
import { addLoad, leastLoaded, nodeLoads, ProxmoxVm } from "../proxmox";
import { ClusterNode, SiteEnvironment } from "../site";

/** Props of {@link VaultServers}. */
export interface VaultServersProps {
  /** The environment, from the site model. */
  readonly environment: SiteEnvironment;
  /** The servers: 1, or 3 or 5 for Raft high availability. Stateful, on distinct nodes first. */
  readonly servers: readonly ClusterNode[];
  /** The template each server clones. */
  readonly template: ITemplateSource | TemplateRef;
  /**
   * Which server software the `vault_server` role installs; both speak the same API.
   * @default "vault"
   */
  readonly flavor?: "vault" | "openbao";
  /**
   * Pinned server version (the distribution's package version).
   * @default "1.21.4" for vault, "2.6.2" for openbao
   */
  readonly version?: string;
  /**
   * Network of the servers.
   * @default "lan"
   */
  readonly network?: string;
}

const DEFAULTS = { cores: 2, memoryMiB: 4096, bootDiskGiB: 32 } as const;

/**
 * The Vault servers of an environment: one VM, or three or five for Raft (an odd count keeps a
 * quorum), stateful (protected, never replaced by a plan), spread over distinct Proxmox nodes first,
 * then the least-loaded. Contributes the `vault_servers` inventory group, whose vars give the `vault_server`
 * role the Raft peers and the API address; the operator initialises and unseals them
 * (docs/runbooks.md), so no key share ever passes through this project.
 *
 * @example
 * ```ts
 * new VaultServers(stack, "Servers", {
 *   environment: prod, template: images.family("debian-12"),
 *   servers: [
 *     { hostname: "vault01", vmId: 401, ipv4: "192.168.1.41" },
 *     { hostname: "vault02", vmId: 402, ipv4: "192.168.1.42" },
 *     { hostname: "vault03", vmId: 403, ipv4: "192.168.1.43" },
 *   ],
 * });
 * ```
 */
export class VaultServers extends Construct implements InventorySource {
  /** Server VMs by hostname. */
  public readonly vms: ReadonlyMap<string, ProxmoxVm>;
  /** Environment of the inventory hosts. */
  public readonly inventoryEnvironment: string;
  /** Inventory group `vault_servers` with the Raft peers. */
  public readonly inventory: InventoryFragment;

  constructor(scope: Construct, id: string, props: VaultServersProps) {
    super(scope, id);
    const env = props.environment;
    const flavor = props.flavor ?? "vault";
    const version = props.version ?? (flavor === "vault" ? "1.21.4" : "2.6.2");
    const check = new Problems(this.node.path);
    if (![1, 3, 5].includes(props.servers.length)) {
      check.add("servers", "must hold 1, 3 or 5 servers (Raft needs an odd count for a quorum)", props.servers.length, props.servers.length === 2 ? "use 3 servers for high availability, or 1" : "use 1, 3 or 5");
    }
    if (!/^\d+\.\d+\.\d+$/.test(version)) check.add("version", "must be a pinned release", version, 'write it like "1.21.4"');
    const hostnames = props.servers.map((s) => s.hostname);
    const dupes = [...new Set(hostnames.filter((h, i) => hostnames.indexOf(h) !== i))];
    if (dupes.length > 0) check.add("servers", "list a hostname more than once", dupes, "give every server its own hostname");
    check.throwIfAny();

    const loads = nodeLoads(this, env);
    const names = env.proxmox.nodes.map((n) => n.name);
    const count = new Map(names.map((n) => [n, 0]));
    const placement = new Map<string, string>();
    for (const s of [...props.servers.filter((x) => x.node), ...props.servers.filter((x) => !x.node)]) {
      const node = s.node ?? leastLoaded(env, loads, names, (n) => count.get(n)!);
      placement.set(s.hostname, node);
      count.set(node, (count.get(node) ?? 0) + 1);
      addLoad(loads, node, s.cores ?? DEFAULTS.cores, s.memoryMiB ?? DEFAULTS.memoryMiB);
    }
    for (const [node, hosts] of sharedNodes(hostnames, placement)) {
      check.add("servers", `place ${hosts.join(", ")} on the same Proxmox node "${node}", so losing it loses the Raft quorum`, hosts, `put servers on distinct nodes (the environment has ${names.length}), or run fewer servers`);
    }
    const vms = new Map<string, ProxmoxVm>();
    for (const s of props.servers) {
      const vm = check.absorb(() => new ProxmoxVm(this, s.hostname, {
        environment: env, hostname: s.hostname, vmId: s.vmId, ipv4: s.ipv4, node: placement.get(s.hostname)!, network: props.network,
        template: props.template, cores: s.cores ?? DEFAULTS.cores, memoryMiB: s.memoryMiB ?? DEFAULTS.memoryMiB, bootDiskGiB: DEFAULTS.bootDiskGiB,
        storage: s.storage, pool: s.pool, tags: ["vault", ...(s.tags ?? [])], startupOrder: s.startupOrder ?? 5, stateful: s.stateful ?? true,
      }));
      if (vm) vms.set(s.hostname, vm);
    }
    check.throwIfAny();
    this.vms = vms;
    this.inventoryEnvironment = env.name;
    this.inventory = {
      groups: {
        vault_servers: {
          hosts: Object.fromEntries(props.servers.map((s) => [s.hostname, {}])),
          vars: {
            vault_flavor: flavor,
            vault_version: version,
            vault_api_addr: env.vault.address,
            vault_raft_peers: props.servers.map((s) => ({ hostname: s.hostname, address: s.ipv4 })),
          },
        },
      },
    };
    new TerraformOutput(this, "Output-servers", { value: Object.fromEntries(props.servers.map((s) => [s.hostname, s.ipv4])), description: "Vault servers" }).overrideLogicalId("vault_servers");
    this.declare(props, flavor, version);
  }

  /** What the servers declare: their group, the Raft data on each, the inventory. */
  private declare(props: VaultServersProps, flavor: string, version: string): void {
    const environment = props.environment.name;
    const hostnames = props.servers.map((s) => s.hostname);
    declare(this, HOST_GROUPS, {
      id: `vault_${[...hostnames].sort()[0] ?? this.node.id}`,
      environment,
      kind: "vault",
      title: [`${flavor === "openbao" ? "OpenBao" : "Vault"} ${version}`, props.environment.vault.address],
      members: hostnames.map((hostname) => ({ hostname, role: flavor })),
    });
    for (const host of hostnames) {
      declare(this, DATA, {
        name: "raft",
        environment,
        host,
        kind: "database",
        location: `/var/lib/${flavor === "openbao" ? "bao" : "vault"}/raft`,
        description: `${flavor === "openbao" ? "OpenBao" : "Vault"}'s integrated storage (Raft): every secret, the PKI and the auth config`,
      });
    }
    declareInventorySource(this);
  }
}
