import { VirtualEnvironmentVm, VirtualEnvironmentVmDisk } from "@cdktf/provider-proxmox/lib/virtual-environment-vm";
import { TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import { HomelabConfigError, Problems } from "./core/errors";
import { IGuest, ITemplateSource, TemplateRef } from "./interfaces";
import { InventoryFragment, InventorySource } from "./inventory";
import { staticAddressProblem } from "./private/addressing";
import { GuestRecord, markGuest } from "./private/guest";
import { markInventorySource } from "./private/inventory-source";
import { parseCidr } from "./private/ipv4";
import { networkDevice } from "./private/nic";
import { checkVmId, findNetwork, findNode, firstStorageWith, storageHolds } from "./private/placement";
import { displayPath } from "./private/stacks";
import { templateFor } from "./private/template";
import { isToken } from "./private/tokens";
import { ProxmoxNodeSpec, SiteEnvironment } from "./site/model";

/** An extra data disk. The boot disk is `bootDiskGiB`. */
export interface DataDisk {
  /** Size in GiB. */
  readonly sizeGiB: number;
  /**
   * Storage to create it on.
   * @default the VM's `storage`
   */
  readonly storage?: string;
}

/** A PCI device passed through by its cluster hardware mapping. */
export interface PciPassthrough {
  /** Hardware mapping name; the VM's node must own it in the site model. */
  readonly mapping: string;
  /**
   * Whether the device appears as PCIe (needs machine q35).
   * @default true
   */
  readonly pcie?: boolean;
  /**
   * Whether the device is the VM's primary display.
   * @default false
   */
  readonly primaryGpu?: boolean;
}

/** Low-level hardware choices. GpuVm sets these; most VMs keep the defaults. */
export interface VmHardware {
  /**
   * QEMU machine type.
   * @default "pc" (i440fx)
   */
  readonly machine?: "pc" | "q35";
  /**
   * Firmware. `ovmf` adds an EFI vars disk on the VM's storage.
   * @default "seabios"
   */
  readonly firmware?: "seabios" | "ovmf";
  /**
   * PCI devices to pass through; they need machine q35 and firmware ovmf.
   * @default none
   */
  readonly pciDevices?: readonly PciPassthrough[];
  /**
   * Whether the balloon driver may reclaim memory. Passthrough devices need it off.
   * @default true
   */
  readonly ballooning?: boolean;
  /**
   * Whether Proxmox may migrate the VM (node_name changes move it instead of replacing it).
   * @default true
   */
  readonly migratable?: boolean;
}

/** Props of {@link ProxmoxVm}. */
export interface ProxmoxVmProps {
  /** The environment, from the site model. */
  readonly environment: SiteEnvironment;
  /** Hostname; also the VM name, which Proxmox hands to cloud-init as the hostname. */
  readonly hostname: string;
  /** Proxmox VMID, unique in the environment. */
  readonly vmId: number;
  /** Proxmox node to run on. */
  readonly node: string;
  /**
   * Template to clone: a source that answers for the VM's node (an ImageFactory family, a
   * VmTemplate) or a fixed `{ vmId, node }`. Existing VMs ignore later changes to it, so a new image
   * version only reaches VMs created after the change; rebuilding a VM rolls it forward
   * (docs/runbooks.md).
   */
  readonly template: ITemplateSource | TemplateRef;
  /** Static IPv4 address in `network`, outside its DHCP pool and reserved ranges. */
  readonly ipv4: string;
  /**
   * Network from the site model.
   * @default "lan"
   */
  readonly network?: string;
  /**
   * vCPUs (one socket, CPU type host).
   * @default 2
   */
  readonly cores?: number;
  /**
   * Memory in MiB.
   * @default 2048
   */
  readonly memoryMiB?: number;
  /**
   * Boot disk size in GiB (at least the template's disk).
   * @default 32
   */
  readonly bootDiskGiB?: number;
  /**
   * Extra data disks, attached as scsi1, scsi2, ...
   * @default none
   */
  readonly dataDisks?: readonly DataDisk[];
  /**
   * Storage for disks and the cloud-init drive; must hold `images` on the node.
   * @default the node's first storage with `images` content
   */
  readonly storage?: string;
  /**
   * Fixed MAC address, e.g. for DHCP reservations or licences.
   * @default assigned by Proxmox
   */
  readonly macAddress?: string;
  /**
   * Admin user created by cloud-init with the environment's SSH keys.
   * @default "ops"
   */
  readonly adminUser?: string;
  /**
   * Proxmox tags, in addition to the environment name.
   * @default none
   */
  readonly tags?: readonly string[];
  /**
   * Resource pool.
   * @default none
   */
  readonly pool?: string;
  /**
   * Start the VM when its node boots.
   * @default true
   */
  readonly onBoot?: boolean;
  /**
   * Start order on node boot (lower first).
   * @default none
   */
  readonly startupOrder?: number;
  /**
   * Stateful VMs are protected twice: Proxmox refuses to delete them or their disks (`protection`),
   * and OpenTofu refuses any plan that would destroy or replace them (`prevent_destroy`), whatever
   * the cause (a changed disk interface, a moved clone source). Rebuilding one is an explicit step:
   * set `stateful: false` for that one apply (docs/runbooks.md).
   * @default false
   */
  readonly stateful?: boolean;
  /**
   * Hardware choices; see {@link VmHardware}.
   * @default a plain i440fx SeaBIOS VM with ballooning
   */
  readonly hardware?: VmHardware;
  /**
   * Ansible groups the VM joins besides `vms` (every VM is in `vms`).
   * @default none
   */
  readonly inventoryGroups?: readonly string[];
  /**
   * Human description shown in Proxmox.
   * @default `"Managed by cdktf (<construct path>)"`
   */
  readonly description?: string;
}

/** A VM as the site model describes it: the image family it clones instead of a template. */
export interface VmSpec extends Omit<ProxmoxVmProps, "environment" | "template"> {
  /** Image family to clone, e.g. `debian-12` (the newest release with a template on the VM's node). */
  readonly image: string;
}

/**
 * A Proxmox VM cloned from a cloud-init template: static IPv4 with gateway and DNS from the site
 * model, the environment's SSH keys, virtio disks on a named storage, a virtio NIC with one queue per
 * vCPU (up to 8), the QEMU guest agent, tags, pool, start-on-boot and start order, and protection for
 * stateful VMs. Outputs `<hostname>_ipv4`, `<hostname>_hostname` and `<hostname>_vmid`.
 *
 * Values another resource produces (tokens) are accepted where a literal would be checked; their
 * format checks are skipped.
 *
 * @example
 * ```ts
 * const vm = new ProxmoxVm(stack, "Ocean", {
 *   environment: prod, hostname: "ocean", vmId: 143, node: "node006",
 *   template: { vmId: 9006, node: "node006" }, ipv4: "192.168.1.143", cores: 16, memoryMiB: 65536,
 * });
 * vm.addDataDisk({ sizeGiB: 512, storage: "tank" });
 * vm.addInventoryGroup("media");
 * ```
 */
export class ProxmoxVm extends Construct implements IGuest, InventorySource {
  /** The generated VM resource (escape hatch). */
  public readonly vm: VirtualEnvironmentVm;
  /** Hostname. */
  public readonly hostname: string;
  /** Static IPv4 address. */
  public readonly ipv4: string;
  /** Proxmox VMID. */
  public readonly vmId: number;
  /** Proxmox node the VM runs on. */
  public readonly nodeName: string;
  /** The template the VM was cloned from. */
  public readonly template: TemplateRef;
  /**
   * What the app-wide site checks need to know about this guest.
   * @internal
   */
  public readonly guest: GuestRecord;
  /** Environment of the inventory host. */
  public readonly inventoryEnvironment: string;
  private readonly environment: SiteEnvironment;
  private readonly storage: string;
  private readonly disks: VirtualEnvironmentVmDisk[];
  private readonly groups: Set<string>;
  private readonly hostVars: Record<string, unknown>;

  constructor(scope: Construct, id: string, props: ProxmoxVmProps) {
    super(scope, id);
    const env = props.environment;
    const networkName = props.network ?? "lan";
    const cores = props.cores ?? 2;
    const memoryMiB = props.memoryMiB ?? 2048;
    const bootDiskGiB = props.bootDiskGiB ?? 32;
    const dataDisks = props.dataDisks ?? [];
    const adminUser = props.adminUser ?? "ops";
    const onBoot = props.onBoot ?? true;
    const stateful = props.stateful ?? false;
    const machine = props.hardware?.machine ?? "pc";
    const firmware = props.hardware?.firmware ?? "seabios";
    const pciDevices = props.hardware?.pciDevices ?? [];
    const ballooning = props.hardware?.ballooning ?? true;
    const migratable = props.hardware?.migratable ?? true;
    const tags = [...new Set([env.name, ...(props.tags ?? [])])].sort();

    const check = new Problems(this.node.path);
    if (!isToken(props.hostname) && !/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(props.hostname)) {
      check.add("hostname", "must be a DNS label (a-z, 0-9, '-', at most 63 characters)", props.hostname, "use e.g. \"ocean\" or \"kube01\"");
    }
    if (!isToken(props.vmId)) checkVmId(check, props.vmId, "pick a free VMID such as 143");
    const node = findNode(check, env, props.node);
    const network = findNetwork(check, env, networkName);
    const storage = props.storage ?? firstStorageWith(node, "images");
    if (network && !isToken(props.ipv4)) {
      const bad = staticAddressProblem(network, props.ipv4);
      if (bad) check.add("ipv4", bad[0], props.ipv4, bad[1]);
    }
    if (!Number.isInteger(cores) || cores < 1) check.add("cores", "must be a whole number of at least 1", cores, "use 1 or more");
    if (!Number.isInteger(memoryMiB) || memoryMiB < 512) check.add("memoryMiB", "must be a whole number of at least 512", memoryMiB, "give the VM 512 MiB or more");
    if (!Number.isInteger(bootDiskGiB) || bootDiskGiB < 1) check.add("bootDiskGiB", "must be a whole number of GiB, at least 1", bootDiskGiB, "use e.g. 32");
    dataDisks.forEach((d, i) => checkDataDisk(check, `dataDisks[${i}]`, d, node));
    if (node) {
      if (storage === undefined) {
        check.add("storage", `has no default: node "${node.name}" has no storage with images content`, storage, "add one to the site model or set storage");
      } else if (!storageHolds(node, storage, "images")) {
        check.add("storage", `is not a storage with images content on node "${node.name}"`, storage, `use one of ${imageStorages(node)}`);
      }
      for (const device of pciDevices) {
        if (!(node.pciDevices ?? []).some((d) => d.mapping === device.mapping)) {
          const owner = env.proxmox.nodes.find((n) => (n.pciDevices ?? []).some((d) => d.mapping === device.mapping));
          check.add("hardware.pciDevices", `maps "${device.mapping}" which node "${node.name}" does not own`, device.mapping, owner ? `place the VM on node "${owner.name}"` : "add the mapping to the owning node in the site model");
        }
      }
    }
    if (pciDevices.length > 0 && (machine !== "q35" || firmware !== "ovmf")) {
      check.add("hardware", "passes PCI devices through without machine q35 and ovmf firmware", { machine, firmware }, "set machine: \"q35\" and firmware: \"ovmf\" (or use GpuVm)");
    }
    if (props.macAddress !== undefined && !isToken(props.macAddress)) {
      if (!/^([0-9A-F]{2}:){5}[0-9A-F]{2}$/.test(props.macAddress)) {
        check.add("macAddress", "must be six upper-case hex pairs separated by ':'", props.macAddress, "write it like \"BC:24:11:00:01:43\"");
      } else if (parseInt(props.macAddress.slice(0, 2), 16) & 1) {
        check.add("macAddress", "is a multicast address", props.macAddress, "use a unicast MAC (first byte even), e.g. \"BC:24:11:...\"");
      }
    }
    if (props.startupOrder !== undefined && (!Number.isInteger(props.startupOrder) || props.startupOrder < 0)) {
      check.add("startupOrder", "must be a whole number of at least 0", props.startupOrder, "use e.g. 10");
    }
    for (const tag of tags) {
      if (!/^[a-z0-9][a-z0-9_.-]*$/.test(tag)) check.add("tags", "holds a tag Proxmox would rewrite", tag, "use lower-case letters, digits, '-', '_' or '.'");
    }
    if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(adminUser) || adminUser === "root") {
      check.add("adminUser", "must be a non-root Linux user name", adminUser, "use e.g. \"ops\"");
    }
    if (env.sshPublicKeys.length === 0) {
      check.add("environment.sshPublicKeys", "is empty, so nobody could log in", [], "add at least one SSH public key to the site model");
    }
    const template = node ? check.absorb(() => templateFor(props.template, props.node, this)) : undefined;
    check.throwIfAny();

    this.environment = env;
    this.storage = storage!;
    this.hostname = props.hostname;
    this.ipv4 = props.ipv4;
    this.vmId = props.vmId;
    this.nodeName = props.node;
    this.template = template!;
    this.guest = {
      environment: env,
      path: this.node.path,
      hostname: props.hostname,
      vmId: props.vmId,
      node: props.node,
      ipv4: props.ipv4,
      macAddress: props.macAddress,
      cores,
      memoryMiB,
      pciMappings: pciDevices.map((d) => d.mapping),
      onBoot,
      template: false,
    };
    markGuest(this);
    this.inventoryEnvironment = env.name;
    this.groups = new Set(props.inventoryGroups ?? []);
    this.hostVars = {
      ansible_host: props.ipv4,
      ansible_user: adminUser,
      admin_user: adminUser,
      proxmox_node: props.node,
      proxmox_vmid: props.vmId,
      ...(pciDevices.length > 0 ? { pci_mappings: pciDevices.map((d) => d.mapping) } : {}),
    };
    markInventorySource(this);

    const prefix = parseCidr(network!.cidr)!.prefix;
    this.disks = [{ interface: "scsi0", datastoreId: storage, size: bootDiskGiB, iothread: true, discard: "on", ssd: true }];
    for (const disk of dataDisks) this.pushDataDisk(disk); // checked above
    this.vm = new VirtualEnvironmentVm(this, "Vm", {
      nodeName: props.node,
      vmId: props.vmId,
      name: props.hostname,
      description: props.description ?? `Managed by cdktf (${displayPath(this)})`,
      tags,
      poolId: props.pool,
      onBoot,
      started: true,
      startup: props.startupOrder === undefined ? undefined : { order: props.startupOrder },
      protection: stateful,
      migrate: migratable,
      machine,
      bios: firmware,
      efiDisk: firmware === "ovmf" ? { datastoreId: storage!, type: "4m", preEnrolledKeys: false } : undefined,
      clone: {
        vmId: this.template.vmId,
        nodeName: this.template.node === props.node ? undefined : this.template.node,
        full: true,
      },
      agent: { enabled: true, trim: true },
      cpu: { cores, sockets: 1, type: "host" },
      memory: { dedicated: memoryMiB, floating: ballooning ? memoryMiB : 0 },
      operatingSystem: { type: "l26" },
      scsiHardware: "virtio-scsi-single",
      disk: this.disks,
      hostpci: pciDevices.length === 0 ? undefined : pciDevices.map((d, i) => ({
        device: `hostpci${i}`,
        mapping: d.mapping,
        pcie: d.pcie ?? true,
        xvga: d.primaryGpu ?? false,
        rombar: true,
      })),
      initialization: {
        datastoreId: storage,
        ipConfig: [{ ipv4: { address: `${props.ipv4}/${prefix}`, gateway: network!.gateway } }],
        dns: { servers: [...network!.dnsServers], domain: network!.searchDomain },
        userAccount: { username: adminUser, keys: [...env.sshPublicKeys] },
      },
      // A template roll-forward must never replace a running VM; stateful ones refuse any destroy.
      lifecycle: stateful ? { ignoreChanges: ["clone"], preventDestroy: true } : { ignoreChanges: ["clone"] },
    });
    this.vm.addOverride("network_device", [
      networkDevice({ bridge: network!.bridge, vlanId: network!.vlan, macAddress: props.macAddress, queues: Math.min(cores, 8) }),
    ]);

    for (const [name, value] of [["ipv4", props.ipv4], ["hostname", props.hostname], ["vmid", props.vmId]] as const) {
      new TerraformOutput(this, `Output-${name}`, { value, description: `${name} of ${props.hostname}` })
        .overrideLogicalId(`${props.hostname.replace(/-/g, "_")}_${name}`);
    }
  }

  /**
   * Attaches another data disk (scsi1, scsi2, ... in the order added) and returns its interface name.
   * Disks are matched by interface, so never remove one from the middle of a running VM's list.
   */
  public addDataDisk(disk: DataDisk): string {
    const check = new Problems(this.node.path);
    const node = this.environment.proxmox.nodes.find((n) => n.name === this.nodeName);
    checkDataDisk(check, `dataDisks[${this.disks.length - 1}]`, disk, node);
    check.throwIfAny();
    const name = this.pushDataDisk(disk);
    this.vm.putDisk(this.disks);
    return name;
  }

  private pushDataDisk(disk: DataDisk): string {
    const name = `scsi${this.disks.length}`;
    this.disks.push({ interface: name, datastoreId: disk.storage ?? this.storage, size: disk.sizeGiB, iothread: true, discard: "on", ssd: true, fileFormat: "raw" });
    return name;
  }

  /** Adds the VM to another Ansible group (besides `vms` and the groups it was created with). */
  public addInventoryGroup(group: string): void {
    if (!/^[a-z][a-z0-9_]*$/.test(group)) {
      throw new HomelabConfigError([`${this.node.path}: inventory group must be lower-case letters, digits and '_', got ${JSON.stringify(group)}; use e.g. "media"`]);
    }
    this.groups.add(group);
  }

  /** The VM as an Ansible host: in `vms` and its inventory groups. */
  public get inventory(): InventoryFragment {
    return {
      groups: {
        vms: { hosts: { [this.hostname]: this.hostVars }, vars: { admin_ssh_keys: [...this.environment.sshPublicKeys], domain: this.environment.domain } },
        ...Object.fromEntries([...this.groups].map((g) => [g, { hosts: { [this.hostname]: {} } }])),
      },
    };
  }
}

function checkDataDisk(check: Problems, prop: string, disk: DataDisk, node: ProxmoxNodeSpec | undefined): void {
  if (!Number.isInteger(disk.sizeGiB) || disk.sizeGiB < 1) check.add(`${prop}.sizeGiB`, "must be a whole number of GiB, at least 1", disk.sizeGiB, "use e.g. 32");
  if (node && disk.storage !== undefined && !storageHolds(node, disk.storage, "images")) {
    check.add(`${prop}.storage`, `is not a storage with images content on node "${node.name}"`, disk.storage, `use one of ${imageStorages(node)}`);
  }
}

function imageStorages(node: ProxmoxNodeSpec): string {
  return node.storages.filter((s) => s.content.includes("images")).map((s) => `"${s.name}"`).join(", ") || "(none: fix the site model)";
}
