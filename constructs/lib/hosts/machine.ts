import { Construct } from "constructs";
import {
  checkAnsibleGroupName,
  checkCleanAbsolutePath,
  checkDnsLabel,
  checkMacAddress,
  checkUnique,
  checkUnixId,
  checkWholeNumber,
  declare,
  inSpan,
  message,
  parseCidr,
  parseIpv4,
  Problems,
  quoted,
} from "../core";
import { checkStaticAddress, declareEnvironment, SiteChecks, SiteEnvironment } from "../site";
import { DATA, declareHost, HostService, hostsOf } from "./declarations";
import { Architecture, ContainerIds, IHost, INfsServer, NfsExport, TailscaleNodeSpec } from "./interfaces";
import { declareInventorySource, InventoryFragment, InventorySource } from "./inventory";
import { HOST_RULES } from "./rules";
import { checkHostServices, declareHostServices } from "./services";
import { checkTailscaleNode, declareTailscaleNode, tailscaleInventory } from "./tailscale-node";

/** A folder on a machine whose contents must survive a rebuild of it. */
export interface MachineData {
  /** Name, unique on the machine, e.g. `photos`. */
  readonly name: string;
  /** Absolute path on the machine. */
  readonly path: string;
  /** One line for people (backup reports, the DR runbook). */
  readonly description: string;
  /**
   * What kind of data it is (its recovery point objective follows the kind).
   * @default "volume"
   */
  readonly kind?: "volume" | "database";
}

/** Props of {@link Machine}. */
export interface MachineProps {
  /** The environment, from the site model. */
  readonly environment: SiteEnvironment;
  /** Hostname. */
  readonly hostname: string;
  /** Its static IPv4 address on `network`. */
  readonly ipv4: string;
  /**
   * The network of the site model it is on.
   * @default "lan"
   */
  readonly network?: string;
  /** CPU architecture: a Pi 5 or 4 is `arm64`, a Pi Zero `armv6`, a mini PC `amd64`. */
  readonly architecture: Architecture;
  /** CPU cores. */
  readonly cores: number;
  /** Memory in MiB. */
  readonly memoryMiB: number;
  /**
   * Operating system, e.g. `debian-12` or `raspios-bookworm`.
   * @default "debian-12"
   */
  readonly os?: string;
  /**
   * Its fixed MAC address (DHCP reservations key on it).
   * @default none
   */
  readonly macAddress?: string;
  /**
   * The user Ansible logs in as (SSH keys of the site model).
   * @default "ops"
   */
  readonly adminUser?: string;
  /**
   * GPUs it has.
   * @default none
   */
  readonly gpus?: readonly string[];
  /**
   * Ansible groups it joins besides `machines`.
   * @default none
   */
  readonly inventoryGroups?: readonly string[];
  /**
   * Services it offers that no construct declares.
   * @default none
   */
  readonly services?: readonly HostService[];
  /**
   * Folders that must survive a rebuild: declared as data, so backups must cover them or opt them out.
   * @default none
   */
  readonly data?: readonly MachineData[];
  /**
   * What it is, for people (the topology, the inventory), e.g. `Raspberry Pi 5, 8 GB, NAS`.
   * @default none
   */
  readonly description?: string;
  /**
   * The user and group ids its containers run as (a Docker host on it takes them).
   * @default none: 1000:1000
   */
  readonly containerIds?: ContainerIds;
  /**
   * Folders it exports over NFS (role `nfs_server`, `/etc/exports.d/homelab.exports`); Docker hosts
   * mount them by path.
   * @default none
   */
  readonly nfsExports?: readonly NfsExport[];
  /**
   * Join the Tailscale overlay with these tags (role `tailscale`; the site's `tailscale` block names the
   * tailnet and the auth key in Vault).
   * @default not on the tailnet
   */
  readonly tailscale?: TailscaleNodeSpec;
}

/**
 * A machine that exists already and that Proxmox does not manage: a Raspberry Pi, a NAS, a mini PC,
 * a VPS. It creates no resource; it is a host of the site like a VM: it joins the inventory (group
 * `machines`, so the baseline play configures it), the IPAM checks (its address inside its network,
 * unique hostname, address and MAC), and the readers of the registry (monitoring scrapes it, backups
 * cover its declared data, compose projects can run on it).
 *
 * @example
 * ```ts
 * new Machine(stack, "Pi5", {
 *   environment: prod,
 *   hostname: "pi5",
 *   ipv4: "192.168.1.20",
 *   architecture: "arm64",
 *   cores: 4,
 *   memoryMiB: 8192,
 *   data: [{ name: "photos", path: "/srv/photos", description: "the family's photos" }],
 * });
 * ```
 */
export class Machine extends Construct implements INfsServer, InventorySource {
  /** Hostname. */
  public readonly hostname: string;
  /** Static IPv4 address. */
  public readonly ipv4: string;
  /** Environment name. */
  public readonly environmentName: string;
  /** Environment of the inventory host. */
  public readonly inventoryEnvironment: string;
  /** CPU architecture. */
  public readonly architecture: Architecture;
  /** Cores. */
  public readonly cores: number;
  /** Memory in MiB. */
  public readonly memoryMiB: number;
  /** GPUs, sorted. */
  public readonly gpus: readonly string[];
  /** Operating system. */
  public readonly os: string;
  /** Fixed MAC address, if it has one. */
  public readonly macAddress?: string;
  /** The ids its containers run as, if given. */
  public readonly containerIds?: ContainerIds;
  /** Folders it exports over NFS. */
  public readonly nfsExports: readonly NfsExport[];
  private readonly props: MachineProps;

  constructor(scope: Construct, id: string, props: MachineProps) {
    super(scope, id);
    this.validate(props);
    this.props = props;
    this.hostname = props.hostname;
    this.ipv4 = props.ipv4;
    this.environmentName = props.environment.name;
    this.inventoryEnvironment = props.environment.name;
    this.architecture = props.architecture;
    this.cores = props.cores;
    this.memoryMiB = props.memoryMiB;
    this.gpus = [...(props.gpus ?? [])].sort();
    this.os = props.os ?? "debian-12";
    this.macAddress = props.macAddress;
    this.containerIds = props.containerIds;
    this.nfsExports = props.nfsExports ?? [];
    this.declare(props);
  }

  /** Whether `client` may mount the export `path`: the export names its hostname or a network its address is in. */
  public allowsNfsClient(path: string, client: IHost): boolean {
    const found = this.nfsExports.find((e) => e.path === path);
    const address = parseIpv4(client.ipv4);
    return (found?.clients ?? []).some((name) => {
      if (name === client.hostname) return true;
      const cidr = this.props.environment.networks[name] ? parseCidr(this.props.environment.networks[name].cidr) : undefined;
      return cidr !== undefined && address !== undefined && inSpan(address, cidr);
    });
  }

  /** Ansible groups it is in, sorted. */
  public get inventoryGroups(): readonly string[] {
    return ["machines", ...(this.props.inventoryGroups ?? [])].sort();
  }

  /** Group `machines` with its address, login and architecture; the groups it joins. */
  public get inventory(): InventoryFragment {
    const p = this.props;
    return {
      groups: {
        machines: {
          hosts: {
            [this.hostname]: {
              ansible_host: this.ipv4,
              ansible_user: p.adminUser ?? "ops",
              admin_user: p.adminUser ?? "ops",
              architecture: this.architecture,
              ...(p.description ? { description: p.description } : {}),
            },
          },
          vars: { admin_ssh_keys: [...p.environment.sshPublicKeys], domain: p.environment.domain },
        },
        ...Object.fromEntries((p.inventoryGroups ?? []).map((g) => [g, { hosts: { [this.hostname]: {} } }])),
        ...tailscaleInventory(this.hostname, p.tailscale),
        ...(this.nfsExports.length > 0 ? { nfs_servers: { hosts: { [this.hostname]: { nfs_exports: this.renderedExports() } } } } : {}),
      },
    };
  }

  /** Each export with its clients as addresses (a network's CIDR, a host's address) and their options. */
  private renderedExports(): Array<{ path: string; clients: Array<{ address: string; options: string }> }> {
    const hosts = new Map(hostsOf(this, this.environmentName).map((h) => [h.hostname, h.ipv4]));
    return this.nfsExports.map((e) => ({
      path: e.path,
      clients: e.clients.map((name) => ({
        address: this.props.environment.networks[name]?.cidr ?? hosts.get(name) ?? name,
        options: `${e.readOnly ? "ro" : "rw"},sync,no_subtree_check,root_squash`,
      })),
    }));
  }

  private validate(props: MachineProps): void {
    const check = new Problems(this.node.path);
    checkDnsLabel(check, "hostname", props.hostname, 'use e.g. "pi5" or "nas"');
    const networkName = props.network ?? "lan";
    const network = props.environment.networks[networkName];
    if (!network)
      check.add(
        "network",
        `is not a network of environment "${props.environment.name}"`,
        networkName,
        `use one of ${quoted(Object.keys(props.environment.networks))}`,
      );
    else checkStaticAddress(check, "ipv4", network, props.ipv4, props.environment);
    if (!["amd64", "arm64", "armv7", "armv6"].includes(props.architecture))
      check.add(
        "architecture",
        "is not an architecture container images are built for",
        props.architecture,
        'use "amd64", "arm64", "armv7" or "armv6"',
      );
    checkWholeNumber(check, "cores", props.cores, 1, "use 1 or more");
    checkWholeNumber(check, "memoryMiB", props.memoryMiB, 256, "give the machine's memory, at least 256 MiB", "MiB");
    if (props.macAddress !== undefined) checkMacAddress(check, "macAddress", props.macAddress);
    const admin = props.adminUser ?? "ops";
    if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(admin) || admin === "root")
      check.add("adminUser", "must be a non-root Linux user name", admin, 'use e.g. "ops"');
    (props.inventoryGroups ?? []).forEach((group, i) => checkAnsibleGroupName(check, `inventoryGroups[${i}]`, group));
    checkHostServices(check, "services", props.services ?? []);
    (props.data ?? []).forEach((d, i) => {
      checkDnsLabel(check, `data[${i}].name`, d.name, 'use a lower-case name such as "photos"');
      if (!/^\/[^\0]*$/.test(d.path) || d.path.split("/").includes("..") || (d.path.length > 1 && d.path.endsWith("/")))
        check.add(`data[${i}].path`, "must be a clean absolute path", d.path, 'write it like "/srv/photos"');
    });
    if (props.containerIds) {
      checkUnixId(check, "containerIds.uid", props.containerIds.uid);
      checkUnixId(check, "containerIds.gid", props.containerIds.gid);
    }
    (props.nfsExports ?? []).forEach((e, i) => {
      checkCleanAbsolutePath(check, `nfsExports[${i}].path`, e.path, 'write the exported folder, e.g. "/srv/media"');
      if (e.clients.length === 0)
        check.add(`nfsExports[${i}].clients`, "names no client, so nobody may mount the export", [], 'name networks or hosts, e.g. ["lan"]');
      e.clients.forEach((c, j) => {
        if (!props.environment.networks[c] && !/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(c))
          check.add(
            `nfsExports[${i}].clients[${j}]`,
            "is neither a network of the environment nor a hostname",
            c,
            `use one of ${quoted(Object.keys(props.environment.networks))} or a host's name`,
          );
      });
    });
    if (props.tailscale) checkTailscaleNode(check, props.tailscale);
    checkUnique(
      check,
      "nfsExports",
      (props.nfsExports ?? []).map((e) => e.path),
      "path",
      "export every folder once",
    );
    checkUnique(
      check,
      "data",
      (props.data ?? []).map((d) => d.name),
      "data name",
      "give every folder its own name",
    );
    check.throwIfAny();
  }

  private declare(props: MachineProps): void {
    declareHost(this);
    declareEnvironment(this, props.environment);
    declareHostServices(this, props.environment.name, props.services ?? []);
    for (const d of props.data ?? []) {
      declare(this, DATA, {
        name: d.name,
        environment: props.environment.name,
        host: props.hostname,
        kind: d.kind ?? "volume",
        location: d.path,
        description: `${props.hostname}: ${d.description}`,
      });
    }
    if (props.tailscale) declareTailscaleNode(this, props.environment.name, props.hostname, props.tailscale);
    declareInventorySource(this);
    SiteChecks.require(this, ...HOST_RULES);
    // A client named by hostname must be a host of the environment (known once the whole app is built).
    this.node.addValidation({ validate: () => this.unknownNfsClients() });
  }

  private unknownNfsClients(): string[] {
    const problems: string[] = [];
    const hosts = hostsOf(this, this.environmentName).map((h) => h.hostname);
    this.nfsExports.forEach((e, i) =>
      e.clients.forEach((c, j) => {
        if (!this.props.environment.networks[c] && /^[a-z0-9-]+$/.test(c) && !hosts.includes(c))
          problems.push(
            message(
              `nfsExports[${i}].clients[${j}]`,
              `names no network or host of environment "${this.environmentName}"`,
              c,
              `use one of ${quoted([...Object.keys(this.props.environment.networks), ...hosts])}`,
            ),
          );
      }),
    );
    return problems;
  }
}
