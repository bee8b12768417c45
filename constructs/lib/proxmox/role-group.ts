import { Construct } from "constructs";
import { checkUnique, Problems } from "../core";
import { sharedNodes } from "../hosts";
import { SiteEnvironment, proxmoxOf } from "../site";
import { addLoad, leastLoaded, NodeLoad, nodeLoads } from "./placement";
import type { ProxmoxVm } from "./proxmox-vm";

/**
 * One member of a {@link RoleGroup} as the group places it: its role, hostname and size (the role's
 * defaults applied), and the node its construct chose for it, if any.
 */
export interface RoleMember<Role extends string> {
  /** The member's role, e.g. `server`. */
  readonly role: Role;
  /** Hostname; also the member's construct ID under the group's construct. */
  readonly hostname: string;
  /**
   * The node the member must run on (the site model's `node`, the owner of a GPU).
   * @default placed by the group
   */
  readonly node?: string;
  /** vCPUs. */
  readonly cores: number;
  /** Memory in MiB. */
  readonly memoryMiB: number;
}

/** How a {@link RoleGroup} names its members in messages, and the opt-in it honours. */
export interface RoleGroupOptions<Role extends string> {
  /** The environment the members run in. */
  readonly environment: SiteEnvironment;
  /** What the fix of the duplicate-hostname problem calls a member: `give every <memberNoun> its own hostname`. */
  readonly memberNoun: string;
  /** The role whose members hold a quorum, and how messages name them. */
  readonly quorum: {
    /** The role, e.g. `server`. */
    readonly role: Role;
    /** The prop that lists its members, e.g. `servers` or `masters`. */
    readonly prop: string;
    /** What its members are, in the plural, e.g. `etcd members`. */
    readonly noun: string;
  };
  /**
   * The group's opt-in to quorum members sharing a Proxmox node: its prop name and whether it is set.
   * @default no opt-in: sharing is always an error
   */
  readonly allowShared?: {
    /** The prop, e.g. `allowSharedServerHosts`. */
    readonly prop: string;
    /** Whether it is set. */
    readonly enabled: boolean;
  };
}

/** Where each member of a batch goes: the Proxmox node by hostname. */
export type Placement = ReadonlyMap<string, string>;

/**
 * The members of a cluster construct (K3sCluster, ElasticCluster, VaultServers) by role: the rules
 * every such group follows, in one place. Internal to the library (not exported by the package).
 *
 * - Hostnames are unique across all members: one problem lists every repeated one. A member's
 *   hostname is its construct ID under the group's construct, so no Terraform address depends on a
 *   list position.
 * - Placement of the members without a node: those with a node come first (their load counts), then
 *   the members of the quorum role, each on the node with the fewest members of that role, then the
 *   lowest share of its capacity in use (`leastLoaded`), then every other member on the node with
 *   the lowest share. Every VM of the environment already in the app counts toward a node's load.
 *   Members added after the first batch ({@link RoleGroup.add}) are placed the same way, one by one.
 * - The shared-host policy: two members of the quorum role (K3s servers, Elasticsearch masters,
 *   Vault or OpenBao servers) on one Proxmox node are an error, since losing that node takes both of
 *   them from the quorum. A group whose users may accept that has an explicit opt-in prop
 *   (`allowSharedServerHosts`, `allowSharedMasterHosts`); set, the sharing is accepted without a
 *   warning: the prop, in the site description, is the record of the accepted risk. A group without
 *   one (VaultServers) refuses it always. With duplicate hostnames the placement is ambiguous, so
 *   only the duplicates are reported.
 * - Every member is built, so the problems of all of them are reported together.
 */
export class RoleGroup<Role extends string, Member extends RoleMember<Role> = RoleMember<Role>> {
  private readonly built = new Map<string, ProxmoxVm>();
  private readonly byRole = new Map<Role, Map<string, ProxmoxVm>>();
  private nodeLoads?: Map<string, NodeLoad>;

  /**
   * @param owner - the construct the members are built under (their scope)
   * @param options - names for messages and the opt-in
   * @param render - builds one member on `node` (a ProxmoxVm, a GpuVm), with `member.hostname` as its ID
   */
  constructor(
    private readonly owner: Construct,
    private readonly options: RoleGroupOptions<Role>,
    private readonly render: (member: Member, node: string) => ProxmoxVm,
  ) {}

  /** Every member built so far, by hostname, in the order built. */
  public get members(): ReadonlyMap<string, ProxmoxVm> {
    return this.built;
  }

  /** The members of `role` built so far, by hostname; the map stays current as members are added. */
  public ofRole(role: Role): ReadonlyMap<string, ProxmoxVm> {
    let members = this.byRole.get(role);
    if (!members) this.byRole.set(role, (members = new Map()));
    return members;
  }

  /** Records a problem with `prop` unless `hostnames` and the members built so far are all distinct. */
  public checkHostnames(check: Problems, prop: string, hostnames: readonly string[]): boolean {
    return checkUnique(check, prop, [...this.built.keys(), ...hostnames], "hostname", `give every ${this.options.memberNoun} its own hostname`);
  }

  /**
   * The group's checks of a batch before any member exists, recorded on `check`: unique hostnames
   * (`prop` names the list; `later` are the hostnames of members the construct adds after the batch),
   * then the placement and the shared-host policy. Returns the placement, whose load it reserves.
   */
  public plan(check: Problems, prop: string, members: readonly Member[], later: readonly string[] = []): Placement {
    const unique = this.checkHostnames(check, prop, [...members.map((m) => m.hostname), ...later]);
    const placement = this.place(members);
    if (unique) this.checkSharedHosts(check, members, placement);
    return placement;
  }

  /** Builds `members` on their planned nodes and throws the problems of all of them together; returns every member. */
  public buildAll(members: readonly Member[], placement: Placement): ReadonlyMap<string, ProxmoxVm> {
    const check = new Problems(this.owner.node.path);
    this.build(check, members, placement);
    check.throwIfAny();
    return this.members;
  }

  /** Builds `members` in order on their planned nodes; each member's problems are recorded on `check`. */
  public build(check: Problems, members: readonly Member[], placement: Placement): void {
    for (const member of members) {
      const vm = check.absorb(() => this.render(member, placement.get(member.hostname)!));
      if (vm) this.record(member, vm);
    }
  }

  /**
   * Places, checks and builds one more member after the batch and returns it. The caller checks its
   * hostname first ({@link RoleGroup.checkHostnames}), under the prop it lists the member in.
   */
  public add(member: Member): ProxmoxVm {
    const node = this.nodeFor(member, this.quorumOnNodes());
    if (member.role === this.options.quorum.role) {
      const check = new Problems(this.owner.node.path);
      this.checkSharedHosts(check, [member], new Map([[member.hostname, node]]));
      check.throwIfAny();
    }
    const vm = this.render(member, node);
    addLoad(this.loads, node, member.cores, member.memoryMiB);
    this.record(member, vm);
    return vm;
  }

  /** Members with a node first, then the quorum role's, then the others (see the class). */
  private place(members: readonly Member[]): Map<string, string> {
    const placement = new Map<string, string>();
    const quorumOn = this.quorumOnNodes();
    const put = (member: Member) => {
      const node = this.nodeFor(member, quorumOn);
      placement.set(member.hostname, node);
      if (member.role === this.options.quorum.role) quorumOn.set(node, (quorumOn.get(node) ?? 0) + 1);
      addLoad(this.loads, node, member.cores, member.memoryMiB);
    };
    const unplaced = members.filter((m) => m.node === undefined);
    members.filter((m) => m.node !== undefined).forEach(put);
    unplaced.filter((m) => m.role === this.options.quorum.role).forEach(put);
    unplaced.filter((m) => m.role !== this.options.quorum.role).forEach(put);
    return placement;
  }

  /** The member's own node, else the least-loaded one (for the quorum role: the fewest of it first). */
  private nodeFor(member: Member, quorumOn: ReadonlyMap<string, number>): string {
    if (member.node !== undefined) return member.node;
    const env = this.options.environment;
    const names = proxmoxOf(env).nodes.map((n) => n.name);
    const rank = member.role === this.options.quorum.role ? (node: string) => quorumOn.get(node) ?? 0 : undefined;
    return leastLoaded(env, this.loads, names, rank);
  }

  /** The shared-host policy (see the class) for the quorum members built so far and those of `members`. */
  private checkSharedHosts(check: Problems, members: readonly Member[], placement: Placement): void {
    const { environment, quorum, allowShared } = this.options;
    if (allowShared?.enabled) return;
    const nodes = new Map([...this.ofRole(quorum.role)].map(([hostname, vm]) => [hostname, vm.nodeName]));
    for (const m of members.filter((x) => x.role === quorum.role)) nodes.set(m.hostname, placement.get(m.hostname)!);
    const accept = allowShared ? `set ${allowShared.prop} to accept the risk` : `run fewer ${quorum.prop}`;
    for (const [node, hosts] of sharedNodes([...nodes.keys()], nodes)) {
      const what = `place ${hosts.join(", ")} on the same Proxmox node "${node}", so losing it takes ${hosts.length} of ${nodes.size} ${quorum.noun}`;
      const spread = `put ${quorum.prop} on distinct nodes (the environment has ${proxmoxOf(environment).nodes.length})`;
      check.add(quorum.prop, what, hosts, `${spread}, or ${accept}`);
    }
  }

  /** How many members of the quorum role each node carries already. */
  private quorumOnNodes(): Map<string, number> {
    const on = new Map<string, number>();
    for (const vm of this.ofRole(this.options.quorum.role).values()) on.set(vm.nodeName, (on.get(vm.nodeName) ?? 0) + 1);
    return on;
  }

  /** What the environment's VMs take from each node: those in the app when first asked, and this group's. */
  private get loads(): Map<string, NodeLoad> {
    return (this.nodeLoads ??= nodeLoads(this.owner, this.options.environment));
  }

  private record(member: Member, vm: ProxmoxVm): void {
    this.built.set(member.hostname, vm);
    (this.ofRole(member.role) as Map<string, ProxmoxVm>).set(member.hostname, vm);
  }
}
