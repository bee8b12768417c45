import { TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { declare, declareSecretAccess, message, Problems } from "../core";
import {
  DATA,
  declareInventorySource,
  HOST_GROUPS,
  InventoryFragment,
  InventorySource,
  ITemplateSource,
  NAMES,
  SERVICES,
  TemplateRef,
} from "../hosts";
import { Placement, ProxmoxVm, RoleGroup, RoleGroupOptions, RoleMember } from "../proxmox";
import { ClusterNode, isBootstrapStack, SiteEnvironment, proxmoxOf } from "../site";
import { declareVaultOperation, vaultLookupPath } from "../vault";

/** Props of {@link VaultServers}. */
export interface VaultServersProps {
  /** The environment, from the site model. */
  readonly environment: SiteEnvironment;
  /**
   * The servers: 1, or 3 or 5 for Raft high availability. Stateful, each on a Proxmox node of its own:
   * two on one node are an error (losing it takes both from the Raft quorum), and there is no opt-in.
   */
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
 * then the least-loaded; two servers on one node are refused (the shared-host policy of the cluster
 * constructs, without an opt-in). Contributes the `vault_servers` inventory group, whose vars give the
 * `vault_server` role the Raft peers and the API address; the operator initialises and unseals them
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
  private readonly group: RoleGroup<"server", VaultMember>;

  constructor(scope: Construct, id: string, props: VaultServersProps) {
    super(scope, id);
    const settings = resolveServers(props);
    this.group = new RoleGroup(this, settings.group, (member, node) => this.renderServer(props, member, node));
    const placement = this.validate(props, settings);
    this.vms = this.group.buildAll(settings.members, placement);
    this.inventoryEnvironment = props.environment.name;
    this.inventory = inventoryOf(props, settings);
    this.renderOutputs(props);
    this.declare(props, settings);
    this.node.addValidation({ validate: () => this.bootstrapProblems(props) });
  }

  /**
   * With Proxmox credentials from Vault, the servers Vault runs on must be created with the
   * environment's bootstrap credentials: in a bootstrap stack.
   */
  private bootstrapProblems(props: VaultServersProps): string[] {
    if (proxmoxOf(props.environment).credentials.source !== "vault" || isBootstrapStack(this)) return [];
    const stack = TerraformStack.of(this).node.id;
    return [
      message(
        "servers",
        `are in ${stack}, which reads its Proxmox credentials from the Vault these servers run, so the first deploy cannot create them`,
        props.servers.map((s) => s.hostname),
        "build them in a stack of their own with EnvironmentStackProps.bootstrap set (it uses the environment's bootstrap credentials)",
      ),
    ];
  }

  /** Every problem with the props, the group's included, thrown together before any server exists. */
  private validate(props: VaultServersProps, s: ServersSettings): Placement {
    const check = new Problems(this.node.path);
    if (![1, 3, 5].includes(props.servers.length)) {
      const fix = props.servers.length === 2 ? "use 3 servers for high availability, or 1" : "use 1, 3 or 5";
      check.add("servers", "must hold 1, 3 or 5 servers (Raft needs an odd count for a quorum)", props.servers.length, fix);
    }
    if (!/^\d+\.\d+\.\d+$/.test(s.version)) check.add("version", "must be a pinned release", s.version, 'write it like "1.21.4"');
    const placement = this.group.plan(check, "servers", s.members);
    check.throwIfAny();
    return placement;
  }

  private renderServer(props: VaultServersProps, { spec: s, cores, memoryMiB }: VaultMember, node: string): ProxmoxVm {
    return new ProxmoxVm(this, s.hostname, {
      environment: props.environment,
      hostname: s.hostname,
      vmId: s.vmId,
      ipv4: s.ipv4,
      node,
      network: props.network,
      template: props.template,
      cores,
      memoryMiB,
      bootDiskGiB: DEFAULTS.bootDiskGiB,
      storage: s.storage,
      pool: s.pool,
      tags: ["vault", ...(s.tags ?? [])],
      startupOrder: s.startupOrder ?? 5,
      stateful: s.stateful ?? true,
    });
  }

  private renderOutputs(props: VaultServersProps): void {
    const value = Object.fromEntries(props.servers.map((s) => [s.hostname, s.ipv4]));
    new TerraformOutput(this, "Output-servers", { value, description: "Vault servers" }).overrideLogicalId("vault_servers");
  }

  /** What the servers declare: their group, the Raft data on each, the inventory. */
  private declare(props: VaultServersProps, { flavor, version }: ServersSettings): void {
    const environment = props.environment.name;
    const hostnames = props.servers.map((s) => s.hostname);
    declare(this, HOST_GROUPS, {
      id: `vault_${[...hostnames].sort()[0] ?? this.node.id}`,
      environment,
      kind: "vault",
      title: [`${flavor === "openbao" ? "OpenBao" : "Vault"} ${version}`, props.environment.vault.address],
      members: hostnames.map((hostname) => ({ hostname, role: flavor })),
    });
    // The name in vault.address answers every server (the clients' retries find the active one).
    const vaultName = /^https?:\/\/([a-z0-9.-]+)[:/]?/.exec(props.environment.vault.address)?.[1];
    for (const server of props.servers)
      if (vaultName && !/^[0-9.]+$/.test(vaultName))
        declare(this, NAMES, { environment, name: vaultName, address: server.ipv4, declaredBy: "the Vault servers (vault.address)" });
    for (const server of props.servers) {
      // Health answers 200 on the active server and on a standby (standbyok), 503 sealed; metrics need no token
      // (the role's listener sets unauthenticated_metrics_access).
      declare(this, SERVICES, {
        name: "vault",
        environment,
        host: server.hostname,
        address: server.ipv4,
        port: 8200,
        protocol: "https",
        healthPath: "/v1/sys/health?standbyok=true",
        metricsPath: "/v1/sys/metrics",
        metricsParams: { format: ["prometheus"] },
      });
    }
    for (const host of hostnames) {
      declare(this, DATA, {
        name: "raft",
        environment,
        host,
        kind: "database",
        location: `/var/lib/${flavor === "openbao" ? "bao" : "vault"}/raft`,
        description: `${flavor === "openbao" ? "OpenBao" : "Vault"}'s integrated storage (Raft): every secret, the PKI and the auth config`,
        // A Raft snapshot through the API (the vault-snapshot AppRole may take snapshots and nothing else).
        consistentCopy: { command: "/usr/local/sbin/vault-snapshot save /var/backups/vault", path: "/var/backups/vault" },
      });
    }
    // The servers' snapshots log in as vault-snapshot, which may take Raft snapshots and nothing else;
    // Ansible puts its secret ID (from Vault, put there by the operator) on the servers.
    declareVaultOperation(this, { environment, role: "vault-snapshot", path: "sys/storage/raft/snapshot", capabilities: ["read"] });
    declareSecretAccess(this, { ...snapshotSecretIdOf(props.environment), access: "read", by: "ansible" });
    declareInventorySource(this);
  }
}

/** One server as the group places it. */
interface VaultMember extends RoleMember<"server"> {
  readonly spec: ClusterNode;
}

/** The props with every default applied. */
interface ServersSettings {
  readonly flavor: "vault" | "openbao";
  readonly version: string;
  readonly members: readonly VaultMember[];
  readonly group: RoleGroupOptions<"server">;
}

function resolveServers(props: VaultServersProps): ServersSettings {
  const flavor = props.flavor ?? "vault";
  return {
    flavor,
    version: props.version ?? (flavor === "vault" ? "1.21.4" : "2.6.2"),
    members: props.servers.map((spec) => ({
      role: "server",
      hostname: spec.hostname,
      node: spec.node,
      cores: spec.cores ?? DEFAULTS.cores,
      memoryMiB: spec.memoryMiB ?? DEFAULTS.memoryMiB,
      spec,
    })),
    // Raft holds every secret: no opt-in to servers sharing a node.
    group: { environment: props.environment, memberNoun: "server", quorum: { role: "server", prop: "servers", noun: "Raft voters" } },
  };
}

/** The `vault_servers` group: the Raft peers and the API address for the `vault_server` role. */
/** Where the operator keeps the vault-snapshot AppRole's secret ID (scripts/vault-rotate-secret-id.sh vault-snapshot). */
function snapshotSecretIdOf(env: SiteEnvironment): { mount: string; path: string; field: string } {
  return { mount: env.vault.kvMount, path: `homelab/${env.name}/vault-snapshot`, field: "secret_id" };
}

function inventoryOf(props: VaultServersProps, { flavor, version }: ServersSettings): InventoryFragment {
  return {
    groups: {
      vault_servers: {
        hosts: Object.fromEntries(props.servers.map((s) => [s.hostname, {}])),
        vars: {
          vault_flavor: flavor,
          vault_version: version,
          vault_api_addr: props.environment.vault.address,
          vault_raft_peers: props.servers.map((s) => ({ hostname: s.hostname, address: s.ipv4 })),
          vault_snapshot_secret_id_vault_path: vaultLookupPath(snapshotSecretIdOf(props.environment)),
        },
      },
    },
  };
}
