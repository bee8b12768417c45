import { TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import {
  checkCleanAbsolutePath,
  checkElasticsearchCron,
  checkIntegerRange,
  checkLowerName,
  declare,
  declareSecretAccess,
  inSiteTerms,
  parseElasticsearchCron,
  Problems,
} from "../core";
import { DATA, declareInventorySource, HOST_GROUPS, InventoryFragment, InventorySource, ITemplateSource, SERVICES, TemplateRef } from "../hosts";
import { Placement, ProxmoxVm, RoleGroup, RoleGroupOptions, RoleMember } from "../proxmox";
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

/** How long, and how many, snapshots the cluster's snapshot lifecycle policy keeps. */
export interface ElasticSnapshotRetention {
  /**
   * Snapshots older than this many days are deleted (unless fewer than `minCount` would be left).
   * @default 30
   */
  readonly expireAfterDays?: number;
  /**
   * At least this many are kept, however old.
   * @default 5
   */
  readonly minCount?: number;
  /**
   * At most this many are kept; beyond it the oldest are deleted, even before `expireAfterDays`.
   * @default 50
   */
  readonly maxCount?: number;
}

/**
 * Snapshots of every index and the cluster state on a schedule: a shared-filesystem (`fs`) snapshot
 * repository and a snapshot lifecycle policy, which the Ansible role registers and creates.
 */
export interface ElasticSnapshots {
  /**
   * Name of the snapshot repository (lower-case letters, digits and '-').
   * @default "homelab-backups"
   */
  readonly repository?: string;
  /**
   * Absolute path of a shared filesystem of another machine (an NFS export of the NAS), mounted at this
   * path on every master and data node by the operator. It becomes `path.repo` and the repository's
   * location; the role creates the folder, owned by the elasticsearch user.
   */
  readonly location: string;
  /**
   * When a snapshot is taken: an Elasticsearch cron expression, in UTC,
   * `seconds minutes hours day-of-month month day-of-week [year]` with `?` in one of the day fields,
   * e.g. `0 30 1 * * ?` (01:30 every day) or `0 30 0/6 * * ?` (every 6 hours).
   */
  readonly schedule: string;
  /**
   * What the policy keeps.
   * @default expireAfterDays 30, minCount 5, maxCount 50 (each field defaults on its own)
   */
  readonly retention?: ElasticSnapshotRetention;
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
   * node then takes all of them from the master quorum. Without it, masters sharing a node are an
   * error; with it, they are accepted without a warning (this prop is the record of the risk).
   * @default false: masters sharing a node is an error
   */
  readonly allowSharedMasterHosts?: boolean;
  /**
   * Network of the nodes.
   * @default "lan"
   */
  readonly network?: string;
  /**
   * Snapshots into a shared-filesystem repository on a schedule (a snapshot lifecycle policy). Set,
   * the backup plan counts the cluster's data as covered by them (one item, on the first master,
   * with the restore command in the disaster-recovery runbook), and their schedule must meet the
   * recovery point objective of `cluster-state`; unset, every master's and data node's files are
   * data the backup plan must cover or opt out.
   * @default no snapshots
   */
  readonly snapshots?: ElasticSnapshots;
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
/** Where every node keeps its data (the package's `path.data`). */
const DATA_PATH = "/var/lib/elasticsearch";
/** The snapshot lifecycle policy's ID; its snapshots are named `homelab-<date>-<uuid>`. */
const SNAPSHOT_POLICY = "homelab-snapshots";

type Role = keyof typeof DEFAULTS;

/**
 * An Elasticsearch 8 cluster on Proxmox VMs: dedicated masters (3 by default) on distinct nodes,
 * data nodes with their own data disk, optional Kibana and Fleet Server, one pinned version, heap
 * sized safely, masters and data nodes stateful, and the superuser password as a Vault reference.
 * Emits the rolling-update order (data nodes one at a time, masters last) and the `es_master`,
 * `es_data`, `kibana`, `fleet` inventory groups. With `snapshots`, a snapshot repository on a shared
 * filesystem and a snapshot lifecycle policy back the cluster's data up.
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
 *   snapshots: { location: "/mnt/es-snapshots", schedule: "0 30 0/6 * * ?" }, // an NFS export, every 6 hours
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
  private readonly group: RoleGroup<Role, ElasticMember>;

  constructor(scope: Construct, id: string, props: ElasticClusterProps) {
    super(scope, id);
    const settings = resolveCluster(props);
    this.group = new RoleGroup(this, settings.group, (member, node) => this.renderMember(props, settings, member, node));
    const placement = this.validate(props, settings);
    this.vms = this.group.buildAll(settings.members, placement);
    this.rollingOrder = [...props.data.map((n) => n.hostname), ...props.masters.map((n) => n.hostname)];
    this.renderOutputs(props, settings);
    this.inventoryEnvironment = props.environment.name;
    this.inventory = this.inventoryOf(props, settings);
    this.declare(props, settings);
  }

  /** Every problem with the props, the group's included, thrown together before any member exists. */
  private validate(props: ElasticClusterProps, s: ElasticSettings): Placement {
    const { masterCount, replicas } = s;
    const check = new Problems(this.node.path);
    checkLowerName(check, "name", props.name, 'use e.g. "logs"');
    if (!/^8\.\d+\.\d+$/.test(props.version)) {
      check.add("version", "must be a pinned Elasticsearch 8 release", props.version, 'write it like "8.19.4"');
    }
    if (!(Number.isInteger(masterCount) && masterCount >= 3 && masterCount % 2 === 1)) {
      check.add("masterCount", "must be odd and at least 3 so the master quorum survives losing one", masterCount, "use 3 or 5");
    } else if (props.masters.length !== masterCount) {
      const fix = `list ${masterCount} dedicated masters or change masterCount`;
      check.add("masters", `must hold exactly ${masterCount} nodes`, props.masters.length, fix);
    }
    if (!(Number.isInteger(replicas) && replicas >= 0)) check.add("replicas", "must be a whole number of at least 0", replicas, "use 1");
    else if (props.data.length < replicas + 1) {
      const what = `needs at least replicas + 1 = ${replicas + 1} nodes so every replica has a node of its own`;
      check.add("data", what, props.data.length, `add data nodes or lower replicas`);
    }
    for (const m of s.members.filter((x) => x.role === "master" || x.role === "data")) checkHeap(check, m);
    if (props.fleet && !props.kibana) {
      const what = "is set without kibana (Fleet Server is enrolled through Kibana)";
      check.add("fleet", what, props.fleet.hostname, "add a kibana node or remove fleet");
    }
    const placement = this.group.plan(check, "nodes", s.members);
    checkVaultRef(check, "elasticPassword", props.elasticPassword);
    // The defaults derive from elasticPassword, already checked above.
    if (props.kibanaServiceToken) checkVaultRef(check, "kibanaServiceToken", s.kibanaToken);
    if (props.fleetServiceToken) checkVaultRef(check, "fleetServiceToken", s.fleetToken);
    if (s.snapshots) checkSnapshots(check, s.snapshots);
    check.throwIfAny();
    return placement;
  }

  private renderMember(props: ElasticClusterProps, s: ElasticSettings, { role, spec: n, cores, memoryMiB }: ElasticMember, node: string): ProxmoxVm {
    return new ProxmoxVm(this, n.hostname, {
      environment: props.environment,
      hostname: n.hostname,
      vmId: n.vmId,
      ipv4: n.ipv4,
      network: s.networkName,
      node,
      template: props.template,
      cores,
      memoryMiB,
      bootDiskGiB: 32,
      storage: n.storage,
      pool: n.pool,
      dataDisks: role === "data" ? [{ sizeGiB: n.dataDiskGiB ?? 500, storage: n.dataDiskStorage }] : [],
      stateful: n.stateful ?? (role === "master" || role === "data"),
      tags: ["elastic", `es-${role}`, ...(n.tags ?? [])],
      startupOrder: n.startupOrder ?? (role === "master" ? 30 : role === "data" ? 31 : 32),
    });
  }

  private renderOutputs(props: ElasticClusterProps, s: ElasticSettings): void {
    const prefix = props.name.replace(/-/g, "_");
    new TerraformOutput(this, "Output-nodes", {
      value: Object.fromEntries(s.members.map((m) => [m.hostname, { role: m.role, ipv4: m.spec.ipv4 }])),
      description: `nodes of Elasticsearch cluster ${props.name}`,
    }).overrideLogicalId(`${prefix}_nodes`);
    new TerraformOutput(this, "Output-rolling", {
      value: this.rollingOrder,
      description: `rolling-upgrade order of ${props.name}`,
    }).overrideLogicalId(`${prefix}_rolling_order`);
  }

  /** The role groups (heap and node roles on the Elasticsearch nodes) and the cluster vars. */
  private inventoryOf(props: ElasticClusterProps, s: ElasticSettings): InventoryFragment {
    const { kibanaToken, fleetToken } = s;
    const group = (role: Role) =>
      Object.fromEntries(
        s.members
          .filter((m) => m.role === role)
          .map((m) => [
            m.hostname,
            role === "master" || role === "data"
              ? { es_heap_mib: m.heapMiB, es_node_roles: role === "master" ? ["master"] : ["data", "ingest"] }
              : {},
          ]),
      );
    return {
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
            ...(s.snapshots ? { es_snapshots: snapshotVars(s.snapshots) } : {}),
            es_elastic_password_vault_path: vaultLookupPath(props.elasticPassword),
            ...(props.kibana ? { es_kibana_token_vault_path: vaultLookupPath(kibanaToken) } : {}),
            ...(props.fleet ? { es_fleet_token_vault_path: vaultLookupPath(fleetToken) } : {}),
          },
        },
      },
    };
  }

  /** What the cluster declares: the secrets it reads, its group of hosts, the data on its master and data nodes, its inventory. */
  private declare(props: ElasticClusterProps, s: ElasticSettings): void {
    for (const ref of [props.elasticPassword, ...(props.kibana ? [s.kibanaToken] : []), ...(props.fleet ? [s.fleetToken] : [])]) {
      declareSecretAccess(this, { mount: ref.mount, path: ref.path, access: "read", by: "ansible" });
    }
    const environment = props.environment.name;
    const order: Role[] = ["master", "data", "kibana", "fleet"];
    declare(this, HOST_GROUPS, {
      id: `elastic_${props.name}`,
      environment,
      kind: "elastic",
      title: [`Elasticsearch ${props.name} ${props.version}`],
      members: order.flatMap((role) => s.members.filter((m) => m.role === role).map((m) => ({ hostname: m.hostname, role }))),
    });
    this.declareServices(props, s);
    if (s.snapshots) this.declareSnapshots(props, s.snapshots);
    for (const { role, hostname } of s.members.filter((m) => !s.snapshots && (m.role === "master" || m.role === "data"))) {
      declare(this, DATA, {
        name: "elasticsearch-data",
        environment,
        host: hostname,
        kind: "cluster-state",
        location: DATA_PATH,
        description:
          `Elasticsearch ${props.name}: ${role === "master" ? "cluster state on a master" : "shards on a data node"} ` +
          "(restore from a snapshot repository)",
      });
    }
    declareInventorySource(this);
  }

  /**
   * The HTTPS API of every master and data node (a TLS connect: the API wants credentials), Kibana,
   * Fleet Server's status; the cluster's metrics come from the Elasticsearch exporter the monitoring
   * server runs against the first master, as the elastic user.
   */
  private declareServices(props: ElasticClusterProps, s: ElasticSettings): void {
    const environment = props.environment.name;
    const first = s.members.find((m) => m.role === "master");
    for (const m of s.members) {
      const at = { environment, host: m.hostname, address: m.spec.ipv4 };
      if (m.role === "master" || m.role === "data")
        declare(this, SERVICES, {
          ...at,
          name: "elasticsearch",
          port: 9200,
          protocol: "https",
          ...(m === first ? { exporter: { kind: "elasticsearch" as const, username: "elastic", password: props.elasticPassword } } : {}),
        });
      if (m.role === "kibana") declare(this, SERVICES, { ...at, name: "kibana", port: 5601, protocol: "tcp" });
      if (m.role === "fleet") declare(this, SERVICES, { ...at, name: "fleet-server", port: 8220, protocol: "https", healthPath: "/api/status" });
    }
  }

  /**
   * With snapshots, the cluster's data is one item, on the first master (where the role talks to the
   * API), covered by the snapshots: a node rebuilt alone gets its shards back from the replicas, a
   * cluster rebuilt whole from the repository.
   */
  private declareSnapshots(props: ElasticClusterProps, snapshots: SnapshotSettings): void {
    const first = props.masters[0];
    const [where] = inSiteTerms(this, [`${this.node.path}: snapshots`]);
    const repo = snapshots.repository;
    declare(this, DATA, {
      name: "elasticsearch-data",
      environment: props.environment.name,
      host: first.hostname,
      kind: "cluster-state",
      location: DATA_PATH,
      description: `Elasticsearch ${props.name}: every index and the cluster state, on every master and data node`,
      ownBackup: {
        by: `the snapshot lifecycle policy \`${SNAPSHOT_POLICY}\` (${where})`,
        schedule: snapshots.schedule,
        maxGapMinutes: snapshots.maxGapMinutes,
        location: `repository \`${repo}\` at \`${snapshots.location}\``,
        restore:
          `Once the configuration step has registered the repository again, as elastic on https://${first.ipv4}:9200: ` +
          `\`GET _snapshot/${repo}/_all\` lists the snapshots, \`POST _snapshot/${repo}/<snapshot>/_restore\` restores one`,
      },
    });
  }
}

/** One member as the group places it, with its heap. */
interface ElasticMember extends RoleMember<Role> {
  readonly spec: ElasticNode;
  /** JVM heap in MiB (meaningful on masters and data nodes). */
  readonly heapMiB: number;
}

/** The props with every default applied. */
interface ElasticSettings {
  readonly masterCount: number;
  readonly replicas: number;
  readonly networkName: string;
  readonly kibanaToken: VaultSecretRef;
  readonly fleetToken: VaultSecretRef;
  /** Masters, data nodes, Kibana, Fleet, in that order. */
  readonly members: readonly ElasticMember[];
  readonly group: RoleGroupOptions<Role>;
  /** The snapshots with their defaults, if any. */
  readonly snapshots?: SnapshotSettings;
}

/** {@link ElasticSnapshots} with every default applied. */
interface SnapshotSettings {
  readonly repository: string;
  readonly location: string;
  readonly schedule: string;
  readonly retention: Required<ElasticSnapshotRetention>;
  /** The longest gap the schedule leaves between two snapshots (0 when the schedule is not valid: it is refused). */
  readonly maxGapMinutes: number;
}

function resolveCluster(props: ElasticClusterProps): ElasticSettings {
  const member = (role: Role, spec: ElasticNode): ElasticMember => {
    const memoryMiB = spec.memoryMiB ?? DEFAULTS[role].memoryMiB;
    const heapMiB = spec.heapMiB ?? Math.min(Math.floor(memoryMiB / 2), MAX_HEAP_MIB);
    return { role, hostname: spec.hostname, node: spec.node, cores: spec.cores ?? DEFAULTS[role].cores, memoryMiB, heapMiB, spec };
  };
  return {
    masterCount: props.masterCount ?? 3,
    replicas: props.replicas ?? 1,
    networkName: props.network ?? "lan",
    kibanaToken: props.kibanaServiceToken ?? { ...props.elasticPassword, field: "kibana_service_token" },
    fleetToken: props.fleetServiceToken ?? { ...props.elasticPassword, field: "fleet_service_token" },
    snapshots: props.snapshots && resolveSnapshots(props.snapshots),
    members: [
      ...props.masters.map((n) => member("master", n)),
      ...props.data.map((n) => member("data", n)),
      ...(props.kibana ? [member("kibana", props.kibana)] : []),
      ...(props.fleet ? [member("fleet", props.fleet)] : []),
    ],
    group: {
      environment: props.environment,
      memberNoun: "node",
      quorum: { role: "master", prop: "masters", noun: "masters" },
      allowShared: { prop: "allowSharedMasterHosts", enabled: props.allowSharedMasterHosts ?? false },
    },
  };
}

/** The heap of a master or data node: at most half its memory (the rest is file-system cache) and at most 31 GiB. */
function checkHeap(check: Problems, { hostname, memoryMiB, heapMiB }: ElasticMember): void {
  // The suggestion satisfies both limits at once.
  const limit = Math.min(Math.floor(memoryMiB / 2), MAX_HEAP_MIB);
  const prop = `${hostname}.heapMiB`;
  const fix = `use at most ${limit}`;
  if (heapMiB > memoryMiB / 2) check.add(prop, `is more than half the VM's ${memoryMiB} MiB (the rest is file-system cache)`, heapMiB, fix);
  else if (heapMiB > MAX_HEAP_MIB) check.add(prop, "is above 31 GiB, where the JVM loses compressed object pointers", heapMiB, fix);
}

function resolveSnapshots(snapshots: ElasticSnapshots): SnapshotSettings {
  const cron = parseElasticsearchCron(snapshots.schedule);
  return {
    repository: snapshots.repository ?? "homelab-backups",
    location: snapshots.location,
    schedule: snapshots.schedule,
    retention: { expireAfterDays: 30, minCount: 5, maxCount: 50, ...snapshots.retention },
    maxGapMinutes: typeof cron === "string" ? 0 : cron.maxGapMinutes,
  };
}

/** The repository, where it is, the schedule and the retention: each a value the Ansible role sends as it is. */
function checkSnapshots(check: Problems, s: SnapshotSettings): void {
  checkLowerName(check, "snapshots.repository", s.repository, 'use e.g. "homelab-backups"');
  const shared = 'mount a shared filesystem of another machine (an NFS export of the NAS) on every node and use its path, e.g. "/mnt/es-snapshots"';
  if (checkCleanAbsolutePath(check, "snapshots.location", s.location, 'write it like "/mnt/es-snapshots"')) {
    if (s.location === "/" || s.location === DATA_PATH || s.location.startsWith(`${DATA_PATH}/`))
      check.add(
        "snapshots.location",
        `is ${s.location === "/" ? "the root of a node's own disk" : "inside the nodes' own data folder"}`,
        s.location,
        shared,
      );
  }
  checkElasticsearchCron(check, "snapshots.schedule", s.schedule);
  const { expireAfterDays, minCount, maxCount } = s.retention;
  checkIntegerRange(check, "snapshots.retention.expireAfterDays", expireAfterDays, 1, 3650, "use e.g. 30");
  const min = checkIntegerRange(check, "snapshots.retention.minCount", minCount, 1, 10000, "use e.g. 5");
  const max = checkIntegerRange(check, "snapshots.retention.maxCount", maxCount, 1, 10000, "use e.g. 50");
  if (min && max && minCount > maxCount)
    check.add("snapshots.retention.minCount", `is more than maxCount (${maxCount})`, minCount, "lower minCount or raise maxCount");
}

/** The inventory's `es_snapshots`: the repository and the policy in Elasticsearch's own terms. */
function snapshotVars(s: SnapshotSettings): Record<string, unknown> {
  return {
    repository: s.repository,
    location: s.location,
    policy: SNAPSHOT_POLICY,
    schedule: s.schedule,
    retention: { expire_after: `${s.retention.expireAfterDays}d`, min_count: s.retention.minCount, max_count: s.retention.maxCount },
  };
}
