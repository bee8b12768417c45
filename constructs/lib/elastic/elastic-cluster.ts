import { TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import { declare, declareSecretAccess, Problems } from "../core";
import { DATA, declareInventorySource, HOST_GROUPS, InventoryFragment, InventorySource, ITemplateSource, sharedNodes, TemplateRef } from "../hosts";
import { addLoad, leastLoaded, nodeLoads, ProxmoxVm } from "../proxmox";
import { ClusterNode, SiteEnvironment, VaultSecretRef } from "../site";
import { checkVaultRef, vaultLookupPath } from "../vault";

/**
 * One Elasticsearch, Kibana or Fleet Server VM. Role defaults: data nodes 8 vCPUs / 32768 MiB,
 * the others 2 vCPUs / 4096 MiB; masters on distinct Proxmox nodes, the others on the least-loaded
 * node; masters and data nodes stateful.
 */
export interface ElasticNode extends ClusterNode {
  /**
   * JVM heap in MiB (Elasticsearch nodes only): at most half the memory and at most 31 GiB.
   * @default half the memory, capped at 31744
   */
  readonly heapMiB?: number;
  /**
   * Data disk in GiB for /var/lib/elasticsearch (data nodes only).
   * @default 500
   */
  readonly dataDiskGiB?: number;
  /**
   * Storage for the data disk (data nodes only); must hold `images` on the node.
   * @default the member's `storage`
   */
  readonly dataDiskStorage?: string;
}

/** What describes an Elasticsearch cluster, in the site model and in {@link ElasticClusterProps} alike. */
export interface ElasticClusterOptions {
  /** Cluster name (`cluster.name`), e.g. `logs`. */
  readonly name: string;
  /** Pinned Elasticsearch 8.x version, e.g. `8.19.4`; Kibana and Fleet use the same. */
  readonly version: string;
  /** Dedicated master-eligible nodes. */
  readonly masters: readonly ElasticNode[];
  /**
   * How many masters the cluster must have (odd, at least 3 for a quorum that survives a loss).
   * @default 3
   */
  readonly masterCount?: number;
  /** Data nodes; at least `replicas + 1`. */
  readonly data: readonly ElasticNode[];
  /**
   * Replicas per primary shard the cluster is sized for.
   * @default 1
   */
  readonly replicas?: number;
  /**
   * The Kibana VM.
   * @default no Kibana
   */
  readonly kibana?: ElasticNode;
  /**
   * The Fleet Server VM; it is enrolled through Kibana, so it needs `kibana`.
   * @default no Fleet Server
   */
  readonly fleet?: ElasticNode;
  /** Where the `elastic` superuser password lives in Vault. */
  readonly elasticPassword: VaultSecretRef;
  /**
   * Where Kibana's service account token (elastic/kibana) lives in Vault.
   * @default elasticPassword's secret, field "kibana_service_token"
   */
  readonly kibanaServiceToken?: VaultSecretRef;
  /**
   * Where the Fleet Server service token (elastic/fleet-server) lives in Vault.
   * @default elasticPassword's secret, field "fleet_service_token"
   */
  readonly fleetServiceToken?: VaultSecretRef;
  /**
   * Accept masters that share a Proxmox node (a homelab with fewer nodes than masters): losing that
   * node then loses the master quorum.
   * @default false: masters sharing a node is an error
   */
  readonly allowSharedMasterHosts?: boolean;
  /**
   * Network of the nodes.
   * @default "lan"
   */
  readonly network?: string;
}

/** An Elasticsearch cluster as the site model describes it: the image family its nodes clone. */
export interface ElasticClusterSpec extends ElasticClusterOptions {
  /** Image family the nodes clone, e.g. `debian-12`. */
  readonly image: string;
}

/** Props of {@link ElasticCluster}. */
export interface ElasticClusterProps extends ElasticClusterOptions {
  /** The environment, from the site model. */
  readonly environment: SiteEnvironment;
  /** The template each node clones: a source that answers per Proxmox node, or a fixed template. */
  readonly template: ITemplateSource | TemplateRef;
}

const DEFAULTS = {
  master: { cores: 2, memoryMiB: 4096 },
  data: { cores: 8, memoryMiB: 32768 },
  kibana: { cores: 2, memoryMiB: 4096 },
  fleet: { cores: 2, memoryMiB: 4096 },
} as const;
const MAX_HEAP_MIB = 31 * 1024;

type Role = keyof typeof DEFAULTS;

/**
 * An Elasticsearch 8 cluster on Proxmox VMs: dedicated masters (3 by default) on distinct nodes,
 * data nodes with their own data disk, optional Kibana and Fleet Server, one pinned version, heap
 * sized safely, masters and data nodes stateful, and the superuser password as a Vault reference.
 * Emits the rolling-update order (data nodes one at a time, masters last) and the `es_master`,
 * `es_data`, `kibana`, `fleet` inventory groups.
 *
 * @example
 * ```ts
 * new ElasticCluster(stack, "Logs", {
 *   environment: prod, name: "logs", version: "8.19.4",
 *   masters: [
 *     { hostname: "es-master01", vmId: 301, ipv4: "192.168.1.71" },
 *     { hostname: "es-master02", vmId: 302, ipv4: "192.168.1.72" },
 *     { hostname: "es-master03", vmId: 303, ipv4: "192.168.1.73" },
 *   ],
 *   allowSharedMasterHosts: true, // 3 masters on 2 Proxmox nodes
 *   data: [
 *     { hostname: "es-data01", vmId: 311, ipv4: "192.168.1.81", dataDiskStorage: "tank", node: "node006" },
 *     { hostname: "es-data02", vmId: 312, ipv4: "192.168.1.82", dataDiskStorage: "tank", node: "node006" },
 *   ],
 *   kibana: { hostname: "es-kibana", vmId: 321, ipv4: "192.168.1.91" },
 *   template: images.family("debian-12"),
 *   elasticPassword: { mount: "secret", path: "homelab/prod/elastic", field: "elastic_password" },
 * });
 * ```
 */
export class ElasticCluster extends Construct implements InventorySource {
  /** Every VM by hostname. */
  public readonly vms: ReadonlyMap<string, ProxmoxVm>;
  /** Hostnames in the order a rolling upgrade takes them: data nodes one at a time, then masters. */
  public readonly rollingOrder: readonly string[];
  /** Environment of the inventory hosts. */
  public readonly inventoryEnvironment: string;
  /** Inventory groups and vars for Ansible. */
  public readonly inventory: InventoryFragment;

  constructor(scope: Construct, id: string, props: ElasticClusterProps) {
    super(scope, id);
    const env = props.environment;
    const masterCount = props.masterCount ?? 3;
    const replicas = props.replicas ?? 1;
    const networkName = props.network ?? "lan";
    const kibanaToken = props.kibanaServiceToken ?? { ...props.elasticPassword, field: "kibana_service_token" };
    const fleetToken = props.fleetServiceToken ?? { ...props.elasticPassword, field: "fleet_service_token" };
    const roles: Array<[Role, ElasticNode]> = [
      ...props.masters.map((n): [Role, ElasticNode] => ["master", n]),
      ...props.data.map((n): [Role, ElasticNode] => ["data", n]),
      ...(props.kibana ? [["kibana", props.kibana] as [Role, ElasticNode]] : []),
      ...(props.fleet ? [["fleet", props.fleet] as [Role, ElasticNode]] : []),
    ];
    const memoryOf = (role: Role, n: ElasticNode) => n.memoryMiB ?? DEFAULTS[role].memoryMiB;
    const heapOf = (role: Role, n: ElasticNode) => n.heapMiB ?? Math.min(Math.floor(memoryOf(role, n) / 2), MAX_HEAP_MIB);
    const loads = nodeLoads(this, env);
    const placement = this.place(env, roles, loads);

    const check = new Problems(this.node.path);
    if (!/^[a-z][a-z0-9-]*$/.test(props.name)) check.add("name", "must be lower-case letters, digits and '-'", props.name, 'use e.g. "logs"');
    if (!/^8\.\d+\.\d+$/.test(props.version)) check.add("version", "must be a pinned Elasticsearch 8 release", props.version, 'write it like "8.19.4"');
    if (!(Number.isInteger(masterCount) && masterCount >= 3 && masterCount % 2 === 1)) {
      check.add("masterCount", "must be odd and at least 3 so the master quorum survives losing one", masterCount, "use 3 or 5");
    } else if (props.masters.length !== masterCount) {
      check.add("masters", `must hold exactly ${masterCount} nodes`, props.masters.length, `list ${masterCount} dedicated masters or change masterCount`);
    }
    if (!(Number.isInteger(replicas) && replicas >= 0)) check.add("replicas", "must be a whole number of at least 0", replicas, "use 1");
    else if (props.data.length < replicas + 1) {
      check.add("data", `needs at least replicas + 1 = ${replicas + 1} nodes so every replica has a node of its own`, props.data.length, `add data nodes or lower replicas`);
    }
    for (const [role, n] of roles.filter(([r]) => r === "master" || r === "data")) {
      const heap = heapOf(role, n);
      // The suggestion satisfies both limits at once.
      const limit = Math.min(Math.floor(memoryOf(role, n) / 2), MAX_HEAP_MIB);
      if (heap > memoryOf(role, n) / 2) check.add(`${n.hostname}.heapMiB`, `is more than half the VM's ${memoryOf(role, n)} MiB (the rest is file-system cache)`, heap, `use at most ${limit}`);
      else if (heap > MAX_HEAP_MIB) check.add(`${n.hostname}.heapMiB`, "is above 31 GiB, where the JVM loses compressed object pointers", heap, `use at most ${limit}`);
    }
    if (props.fleet && !props.kibana) check.add("fleet", "is set without kibana (Fleet Server is enrolled through Kibana)", props.fleet.hostname, "add a kibana node or remove fleet");
    const hostnames = roles.map(([, n]) => n.hostname);
    const dupes = [...new Set(hostnames.filter((h, i) => hostnames.indexOf(h) !== i))];
    if (dupes.length > 0) check.add("nodes", "list a hostname more than once", dupes, "give every node its own hostname");
    const shared = sharedNodes(props.masters.map((m) => m.hostname), placement);
    // With duplicate hostnames the placement is ambiguous; report the duplicates alone.
    if (!props.allowSharedMasterHosts && dupes.length === 0) {
      for (const [node, hosts] of shared) {
        check.add("masters", `place ${hosts.join(", ")} on the same Proxmox node "${node}"`, hosts, `put masters on distinct nodes (the environment has ${env.proxmox.nodes.length}); or set allowSharedMasterHosts to accept the risk`);
      }
    }
    checkVaultRef(check, "elasticPassword", props.elasticPassword);
    // The defaults derive from elasticPassword, already checked above.
    if (props.kibanaServiceToken) checkVaultRef(check, "kibanaServiceToken", kibanaToken);
    if (props.fleetServiceToken) checkVaultRef(check, "fleetServiceToken", fleetToken);
    check.throwIfAny();

    // Every member is built, so the problems of all of them are reported together.
    const vms = new Map<string, ProxmoxVm>();
    for (const [role, n] of roles) {
      const node = placement.get(n.hostname)!;
      const vm = check.absorb(() => new ProxmoxVm(this, n.hostname, {
        environment: env,
        hostname: n.hostname,
        vmId: n.vmId,
        ipv4: n.ipv4,
        network: networkName,
        node,
        template: props.template,
        cores: n.cores ?? DEFAULTS[role].cores,
        memoryMiB: memoryOf(role, n),
        bootDiskGiB: 32,
        storage: n.storage,
        pool: n.pool,
        dataDisks: role === "data" ? [{ sizeGiB: n.dataDiskGiB ?? 500, storage: n.dataDiskStorage }] : [],
        stateful: n.stateful ?? (role === "master" || role === "data"),
        tags: ["elastic", `es-${role}`, ...(n.tags ?? [])],
        startupOrder: n.startupOrder ?? (role === "master" ? 30 : role === "data" ? 31 : 32),
      }));
      if (vm) vms.set(n.hostname, vm);
    }
    check.throwIfAny();
    this.vms = vms;
    this.rollingOrder = [...props.data.map((n) => n.hostname), ...props.masters.map((n) => n.hostname)];

    const prefix = props.name.replace(/-/g, "_");
    new TerraformOutput(this, "Output-nodes", {
      value: Object.fromEntries(roles.map(([role, n]) => [n.hostname, { role, ipv4: n.ipv4 }])),
      description: `nodes of Elasticsearch cluster ${props.name}`,
    }).overrideLogicalId(`${prefix}_nodes`);
    new TerraformOutput(this, "Output-rolling", { value: this.rollingOrder, description: `rolling-upgrade order of ${props.name}` }).overrideLogicalId(`${prefix}_rolling_order`);

    this.inventoryEnvironment = env.name;
    for (const ref of [props.elasticPassword, ...(props.kibana ? [kibanaToken] : []), ...(props.fleet ? [fleetToken] : [])]) {
      declareSecretAccess(this, { mount: ref.mount, path: ref.path, access: "read", by: "ansible" });
    }
    const group = (role: Role) => Object.fromEntries(roles.filter(([r]) => r === role).map(([, n]) => [n.hostname,
      role === "master" || role === "data" ? { es_heap_mib: heapOf(role, n), es_node_roles: role === "master" ? ["master"] : ["data", "ingest"] } : {},
    ]));
    this.inventory = {
      groups: {
        es_master: { hosts: group("master") },
        es_data: { hosts: group("data") },
        ...(props.kibana ? { kibana: { hosts: group("kibana") } } : {}),
        ...(props.fleet ? { fleet: { hosts: group("fleet") } } : {}),
        elastic: {
          children: ["es_data", "es_master", ...(props.fleet ? ["fleet"] : []), ...(props.kibana ? ["kibana"] : [])],
          vars: {
            es_cluster_name: props.name,
            es_version: props.version,
            es_seed_hosts: props.masters.map((m) => m.ipv4),
            es_http_hosts: props.data.map((d) => `https://${d.ipv4}:9200`),
            ...(props.kibana ? { es_kibana_url: `https://${props.kibana.ipv4}:5601` } : {}),
            ...(props.fleet ? { es_fleet_url: `https://${props.fleet.ipv4}:8220` } : {}),
            es_initial_masters: props.masters.map((m) => m.hostname),
            es_rolling_order: this.rollingOrder,
            es_elastic_password_vault_path: vaultLookupPath(props.elasticPassword),
            ...(props.kibana ? { es_kibana_token_vault_path: vaultLookupPath(kibanaToken) } : {}),
            ...(props.fleet ? { es_fleet_token_vault_path: vaultLookupPath(fleetToken) } : {}),
          },
        },
      },
    };
    this.declare(props, roles);
  }

  /** What the cluster declares: its group of hosts, the data on its master and data nodes, its inventory. */
  private declare(props: ElasticClusterProps, roles: ReadonlyArray<[Role, ElasticNode]>): void {
    const environment = props.environment.name;
    const order: Role[] = ["master", "data", "kibana", "fleet"];
    declare(this, HOST_GROUPS, {
      id: `elastic_${props.name}`,
      environment,
      kind: "elastic",
      title: [`Elasticsearch ${props.name} ${props.version}`],
      members: order.flatMap((role) => roles.filter(([r]) => r === role).map(([, n]) => ({ hostname: n.hostname, role }))),
    });
    for (const [role, n] of roles.filter(([r]) => r === "master" || r === "data")) {
      declare(this, DATA, {
        name: "elasticsearch-data",
        environment,
        host: n.hostname,
        kind: "cluster-state",
        location: "/var/lib/elasticsearch",
        description: `Elasticsearch ${props.name}: ${role === "master" ? "cluster state on a master" : "shards on a data node"} (restore from a snapshot repository)`,
      });
    }
    declareInventorySource(this);
  }

  /**
   * Explicit nodes first; masters then on the node with the fewest masters, then the least load;
   * the others on the least-loaded node.
   */
  private place(env: SiteEnvironment, roles: Array<[Role, ElasticNode]>, loads: ReturnType<typeof nodeLoads>): Map<string, string> {
    const names = env.proxmox.nodes.map((n) => n.name);
    const placement = new Map<string, string>();
    const mastersOn = new Map(names.map((n) => [n, 0]));
    const put = (role: Role, n: ElasticNode, node: string) => {
      placement.set(n.hostname, node);
      if (role === "master") mastersOn.set(node, (mastersOn.get(node) ?? 0) + 1);
      addLoad(loads, node, n.cores ?? DEFAULTS[role].cores, n.memoryMiB ?? DEFAULTS[role].memoryMiB);
    };
    for (const [role, n] of roles.filter(([, x]) => x.node)) put(role, n, n.node!);
    for (const [role, n] of roles.filter(([r, x]) => r === "master" && !x.node)) put(role, n, leastLoaded(env, loads, names, (c) => mastersOn.get(c)!));
    for (const [role, n] of roles.filter(([r, x]) => r !== "master" && !x.node)) put(role, n, leastLoaded(env, loads, names));
    return placement;
  }
}
