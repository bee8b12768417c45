import { VirtualEnvironmentVm, VirtualEnvironmentVmDisk } from "@cdktf/provider-proxmox/lib/virtual-environment-vm";
import { TerraformOutput } from "cdktf";
import { Construct } from "constructs";
import {
  checkAnsibleGroupName,
  checkDnsLabel,
  checkMacAddress,
  checkProxmoxPoolId,
  checkWholeNumber,
  declare,
  displayPath,
  HomelabConfigError,
  isToken,
  parseCidr,
  Problems,
  quoted,
} from "../core";
import {
  Architecture,
  DATA,
  DataDeclaration,
  checkHostServices,
  checkTailscaleNode,
  declareHost,
  declareHostServices,
  declareInventorySource,
  declareTailscaleNode,
  HOST_RULES,
  HostService,
  IGuest,
  InventoryFragment,
  InventorySource,
  ITemplateSource,
  tailscaleInventory,
  TailscaleNodeSpec,
  templateFor,
  TemplateRef,
} from "../hosts";
import { checkStaticAddress, declareEnvironment, NetworkSpec, ProxmoxNodeSpec, SiteChecks, SiteEnvironment, proxmoxOf } from "../site";
import { checkVmId, findNetwork, findNode, firstStorageWith, storageHolds } from "./placement";
import { declareGuest } from "./private/guest";
import { GuestFirewall, GuestFirewallPolicy } from "./guest-firewall";
import { networkDevice, NicSettings } from "./private/nic";
import { PROXMOX_RULES } from "./site-rules";

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
   * The services the VM offers that no construct declares (a registry, a NAS's UI): each is probed
   * and, with a `metricsPath`, scraped by the environment's monitoring.
   * @default none
   */
  readonly services?: readonly HostService[];
  /**
   * Join the Tailscale overlay with these tags (role `tailscale`; the site's `tailscale` block names the
   * tailnet and the auth key in Vault).
   * @default not on the tailnet
   */
  readonly tailscale?: TailscaleNodeSpec;
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
  /** Environment of the inventory host. */
  public readonly inventoryEnvironment: string;
  /** Name of the environment. */
  public readonly environmentName: string;
  /** CPU architecture (Proxmox guests here are amd64). */
  public readonly architecture: Architecture = "amd64";
  /** vCPUs. */
  public readonly cores: number;
  /** Memory in MiB. */
  public readonly memoryMiB: number;
  /** GPU hardware mappings passed through (PCI devices whose kind is `gpu` in the site model), sorted. */
  public readonly gpus: readonly string[];
  /** Operating system: the image family of the template. */
  public readonly os: string;
  /** Fixed MAC address, if any. */
  public readonly macAddress?: string;
  private readonly environment: SiteEnvironment;
  private readonly storage: string;
  private readonly disks: VirtualEnvironmentVmDisk[];
  private readonly groups: Set<string>;
  private readonly hostVars: Record<string, unknown>;
  private readonly tailscale?: TailscaleNodeSpec;
  private nic?: NicSettings;
  private guestFirewall?: GuestFirewall;

  constructor(scope: Construct, id: string, props: ProxmoxVmProps) {
    super(scope, id);
    const settings = resolveVm(props);
    const { node, network, template } = this.validate(props, settings);

    this.environment = props.environment;
    this.environmentName = props.environment.name;
    this.inventoryEnvironment = props.environment.name;
    this.storage = settings.storage!;
    this.hostname = props.hostname;
    this.ipv4 = props.ipv4;
    this.vmId = props.vmId;
    this.nodeName = props.node;
    this.template = template;
    this.cores = settings.cores;
    this.memoryMiB = settings.memoryMiB;
    this.macAddress = props.macAddress;
    this.os = template.os ?? "linux";
    this.gpus = settings.pciDevices
      .map((d) => d.mapping)
      .filter((m) => node.pciDevices?.some((d) => d.mapping === m && d.kind === "gpu"))
      .sort();
    this.groups = new Set(props.inventoryGroups ?? []);
    this.tailscale = props.tailscale;
    this.hostVars = {
      ansible_host: props.ipv4,
      ansible_user: settings.adminUser,
      admin_user: settings.adminUser,
      proxmox_node: props.node,
      proxmox_vmid: props.vmId,
      ...(settings.pciDevices.length > 0 ? { pci_mappings: settings.pciDevices.map((d) => d.mapping) } : {}),
    };
    this.declare(props, settings);

    this.disks = [{ interface: "scsi0", datastoreId: settings.storage, size: settings.bootDiskGiB, iothread: true, discard: "on", ssd: true }];
    for (const disk of settings.dataDisks) this.pushDataDisk(disk); // checked above
    this.vm = this.renderVm(props, settings, network);
    this.renderOutputs(props);
  }

  /** Ansible groups the VM is in besides `vms`, sorted. */
  public get inventoryGroups(): readonly string[] {
    return [...this.groups].sort();
  }

  /** The Proxmox node the VM runs on. */
  public get proxmoxNode(): string {
    return this.nodeName;
  }

  /** Every problem with the props, thrown together before any child exists; what the render needs. */
  private validate(props: ProxmoxVmProps, s: VmSettings): { node: ProxmoxNodeSpec; network: NetworkSpec; template: TemplateRef } {
    const env = props.environment;
    const check = new Problems(this.node.path);
    if (!isToken(props.hostname)) checkDnsLabel(check, "hostname", props.hostname, 'use e.g. "ocean" or "kube01"');
    if (!isToken(props.vmId)) checkVmId(check, props.vmId, "pick a free VMID such as 143");
    const node = findNode(check, env, props.node);
    const network = findNetwork(check, env, s.networkName);
    if (network && !isToken(props.ipv4)) checkStaticAddress(check, "ipv4", network, props.ipv4, props.environment);
    checkWholeNumber(check, "cores", s.cores, 1, "use 1 or more");
    checkWholeNumber(check, "memoryMiB", s.memoryMiB, 512, "give the VM 512 MiB or more");
    checkWholeNumber(check, "bootDiskGiB", s.bootDiskGiB, 1, "use e.g. 32", "GiB");
    s.dataDisks.forEach((d, i) => checkDataDisk(check, `dataDisks[${i}]`, d, node));
    if (node) checkPlacement(check, env, node, s);
    if (s.pciDevices.length > 0 && (s.machine !== "q35" || s.firmware !== "ovmf")) {
      check.add(
        "hardware",
        "passes PCI devices through without machine q35 and ovmf firmware",
        { machine: s.machine, firmware: s.firmware },
        'set machine: "q35" and firmware: "ovmf" (or use GpuVm)',
      );
    }
    if (props.macAddress !== undefined && !isToken(props.macAddress)) checkMacAddress(check, "macAddress", props.macAddress);
    if (props.startupOrder !== undefined) checkWholeNumber(check, "startupOrder", props.startupOrder, 0, "use e.g. 10");
    for (const tag of s.tags) {
      if (!/^[a-z0-9][a-z0-9_.-]*$/.test(tag))
        check.add("tags", "holds a tag Proxmox would rewrite", tag, "use lower-case letters, digits, '-', '_' or '.'");
    }
    if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(s.adminUser) || s.adminUser === "root") {
      check.add("adminUser", "must be a non-root Linux user name", s.adminUser, 'use e.g. "ops"');
    }
    if (props.pool !== undefined) checkProxmoxPoolId(check, "pool", props.pool);
    // Group names become Ansible groups in the inventories: Ansible warns on and rewrites the rest.
    (props.inventoryGroups ?? []).forEach((group, i) => checkAnsibleGroupName(check, `inventoryGroups[${i}]`, group));
    checkHostServices(check, "services", props.services ?? []);
    if (props.tailscale) checkTailscaleNode(check, props.tailscale);
    if (env.sshPublicKeys.length === 0) {
      check.add("environment.sshPublicKeys", "is empty, so nobody could log in", [], "add at least one SSH public key to the site model");
    }
    const template = node ? check.absorb(() => templateFor(props.template, props.node, this)) : undefined;
    check.throwIfAny();
    return { node: node!, network: network!, template: template! };
  }

  /** What the VM declares: a host, a Proxmox guest, an inventory source and, when stateful, its data. */
  private declare(props: ProxmoxVmProps, s: VmSettings): void {
    declareHost(this);
    if (props.tailscale) declareTailscaleNode(this, props.environment.name, props.hostname, props.tailscale);
    declareEnvironment(this, props.environment);
    declareGuest(this, {
      environment: props.environment,
      path: this.node.path,
      hostname: props.hostname,
      vmId: props.vmId,
      node: props.node,
      ipv4: props.ipv4,
      macAddress: props.macAddress,
      cores: s.cores,
      memoryMiB: s.memoryMiB,
      pciMappings: s.pciDevices.map((d) => d.mapping),
      onBoot: s.onBoot,
      template: false,
    });
    if (s.stateful) {
      declare(this, DATA, {
        name: "disks",
        environment: props.environment.name,
        host: props.hostname,
        kind: "vm-disk",
        location: "every disk of the VM",
        description: `${props.hostname}: a stateful VM (protected; a rebuild loses what is on its disks)`,
        guest: guestDisks(this, props),
      });
    }
    declareHostServices(this, props.environment.name, props.services ?? []);
    declareInventorySource(this);
    SiteChecks.require(this, ...PROXMOX_RULES, ...HOST_RULES);
  }

  /** The storages of the VM's disks, read when a reader asks (data disks may be added after construction). */
  public get diskStorages(): readonly string[] {
    return [...new Set(this.disks.map((d) => String(d.datastoreId)))].sort();
  }

  private renderVm(props: ProxmoxVmProps, s: VmSettings, network: NetworkSpec): VirtualEnvironmentVm {
    const env = props.environment;
    const vm = new VirtualEnvironmentVm(this, "Vm", {
      nodeName: props.node,
      vmId: props.vmId,
      name: props.hostname,
      description: props.description ?? `Managed by cdktf (${displayPath(this)})`,
      tags: s.tags,
      poolId: props.pool,
      onBoot: s.onBoot,
      started: true,
      startup: props.startupOrder === undefined ? undefined : { order: props.startupOrder },
      protection: s.stateful,
      migrate: s.migratable,
      machine: s.machine,
      bios: s.firmware,
      efiDisk: s.firmware === "ovmf" ? { datastoreId: s.storage!, type: "4m", preEnrolledKeys: false } : undefined,
      clone: {
        vmId: this.template.vmId,
        nodeName: this.template.node === props.node ? undefined : this.template.node,
        full: true,
      },
      agent: { enabled: true, trim: true },
      cpu: { cores: s.cores, sockets: 1, type: "host" },
      memory: { dedicated: s.memoryMiB, floating: s.ballooning ? s.memoryMiB : 0 },
      operatingSystem: { type: "l26" },
      scsiHardware: "virtio-scsi-single",
      disk: this.disks,
      hostpci:
        s.pciDevices.length === 0
          ? undefined
          : s.pciDevices.map((d, i) => ({
              device: `hostpci${i}`,
              mapping: d.mapping,
              pcie: d.pcie ?? true,
              xvga: d.primaryGpu ?? false,
              rombar: true,
            })),
      initialization: {
        datastoreId: s.storage,
        ipConfig: [{ ipv4: { address: `${props.ipv4}/${parseCidr(network.cidr)!.prefix}`, gateway: network.gateway } }],
        dns: { servers: [...network.dnsServers], domain: network.searchDomain },
        userAccount: { username: s.adminUser, keys: [...env.sshPublicKeys] },
      },
      // A template roll-forward must never replace a running VM; stateful ones refuse any destroy.
      lifecycle: s.stateful ? { ignoreChanges: ["clone"], preventDestroy: true } : { ignoreChanges: ["clone"] },
    });
    this.nic = { bridge: network.bridge, vlanId: network.vlan, macAddress: props.macAddress, queues: Math.min(s.cores, 8) };
    vm.addOverride("network_device", [networkDevice(this.nic)]);
    return vm;
  }

  private renderOutputs(props: ProxmoxVmProps): void {
    for (const [name, value] of [
      ["ipv4", props.ipv4],
      ["hostname", props.hostname],
      ["vmid", props.vmId],
    ] as const) {
      new TerraformOutput(this, `Output-${name}`, { value, description: `${name} of ${props.hostname}` }).overrideLogicalId(
        `${props.hostname.replace(/-/g, "_")}_${name}`,
      );
    }
  }

  /**
   * Attaches another data disk (scsi1, scsi2, ... in the order added) and returns its interface name.
   * Disks are matched by interface, so never remove one from the middle of a running VM's list.
   */
  public addDataDisk(disk: DataDisk): string {
    const check = new Problems(this.node.path);
    const node = proxmoxOf(this.environment).nodes.find((n) => n.name === this.nodeName);
    checkDataDisk(check, `dataDisks[${this.disks.length - 1}]`, disk, node);
    check.throwIfAny();
    const name = this.pushDataDisk(disk);
    this.vm.putDisk(this.disks);
    return name;
  }

  private pushDataDisk(disk: DataDisk): string {
    const name = `scsi${this.disks.length}`;
    this.disks.push({
      interface: name,
      datastoreId: disk.storage ?? this.storage,
      size: disk.sizeGiB,
      iothread: true,
      discard: "on",
      ssd: true,
      fileFormat: "raw",
    });
    return name;
  }

  /**
   * Turns the Proxmox firewall on for the VM: its NIC's `firewall` flag, and a {@link GuestFirewall}
   * (inbound dropped by default) with the rules of `policy`, read at synth. Once per VM.
   */
  public enableFirewall(policy: () => GuestFirewallPolicy): GuestFirewall {
    if (this.guestFirewall) return this.guestFirewall;
    this.nic = { ...this.nic!, firewall: true };
    this.vm.addOverride("network_device", [networkDevice(this.nic)]);
    this.guestFirewall = new GuestFirewall(this, "Firewall", { nodeName: this.nodeName, vmId: this.vmId, dependsOn: this.vm, policy });
    return this.guestFirewall;
  }

  /** Adds the VM to another Ansible group (besides `vms` and the groups it was created with). */
  public addInventoryGroup(group: string): void {
    if (!/^[a-z][a-z0-9_]*$/.test(group)) {
      throw new HomelabConfigError([
        `${this.node.path}: inventory group must be lower-case letters, digits and '_', got ${JSON.stringify(group)}; use e.g. "media"`,
      ]);
    }
    this.groups.add(group);
  }

  /** The VM as an Ansible host: in `vms` and its inventory groups. */
  public get inventory(): InventoryFragment {
    return {
      groups: {
        vms: {
          hosts: { [this.hostname]: this.hostVars },
          vars: { admin_ssh_keys: [...this.environment.sshPublicKeys], domain: this.environment.domain },
        },
        ...Object.fromEntries([...this.groups].map((g) => [g, { hosts: { [this.hostname]: {} } }])),
        ...tailscaleInventory(this.hostname, this.tailscale),
      },
    };
  }
}

function checkDataDisk(check: Problems, prop: string, disk: DataDisk, node: ProxmoxNodeSpec | undefined): void {
  checkWholeNumber(check, `${prop}.sizeGiB`, disk.sizeGiB, 1, "use e.g. 32", "GiB");
  if (node && disk.storage !== undefined && !storageHolds(node, disk.storage, "images")) {
    check.add(`${prop}.storage`, `is not a storage with images content on node "${node.name}"`, disk.storage, `use one of ${imageStorages(node)}`);
  }
}

function imageStorages(node: ProxmoxNodeSpec): string {
  return quoted(node.storages.filter((s) => s.content.includes("images")).map((s) => s.name)) || "(none: fix the site model)";
}

/** The props with every default applied. */
interface VmSettings {
  readonly networkName: string;
  readonly cores: number;
  readonly memoryMiB: number;
  readonly bootDiskGiB: number;
  readonly dataDisks: readonly DataDisk[];
  readonly adminUser: string;
  readonly onBoot: boolean;
  readonly stateful: boolean;
  readonly machine: "pc" | "q35";
  readonly firmware: "seabios" | "ovmf";
  readonly pciDevices: readonly PciPassthrough[];
  readonly ballooning: boolean;
  readonly migratable: boolean;
  readonly tags: string[];
  readonly storage: string | undefined;
}

function resolveVm(props: ProxmoxVmProps): VmSettings {
  const node = proxmoxOf(props.environment).nodes.find((n) => n.name === props.node);
  return {
    networkName: props.network ?? "lan",
    cores: props.cores ?? 2,
    memoryMiB: props.memoryMiB ?? 2048,
    bootDiskGiB: props.bootDiskGiB ?? 32,
    dataDisks: props.dataDisks ?? [],
    adminUser: props.adminUser ?? "ops",
    onBoot: props.onBoot ?? true,
    stateful: props.stateful ?? false,
    machine: props.hardware?.machine ?? "pc",
    firmware: props.hardware?.firmware ?? "seabios",
    pciDevices: props.hardware?.pciDevices ?? [],
    ballooning: props.hardware?.ballooning ?? true,
    migratable: props.hardware?.migratable ?? true,
    tags: [...new Set([props.environment.name, ...(props.tags ?? [])])].sort(),
    storage: props.storage ?? firstStorageWith(node, "images"),
  };
}

/** The storage and the passed-through devices against the node the VM is placed on. */
function checkPlacement(check: Problems, env: SiteEnvironment, node: ProxmoxNodeSpec, s: VmSettings): void {
  if (s.storage === undefined) {
    check.add(
      "storage",
      `has no default: node "${node.name}" has no storage with images content`,
      s.storage,
      "add one to the site model or set storage",
    );
  } else if (!storageHolds(node, s.storage, "images")) {
    check.add("storage", `is not a storage with images content on node "${node.name}"`, s.storage, `use one of ${imageStorages(node)}`);
  }
  for (const device of s.pciDevices) {
    if (!(node.pciDevices ?? []).some((d) => d.mapping === device.mapping)) {
      const owner = proxmoxOf(env).nodes.find((n) => (n.pciDevices ?? []).some((d) => d.mapping === device.mapping));
      check.add(
        "hardware.pciDevices",
        `maps "${device.mapping}" which node "${node.name}" does not own`,
        device.mapping,
        owner ? `place the VM on node "${owner.name}"` : "add the mapping to the owning node in the site model",
      );
    }
  }
}

/** The guest part of a VM's data declaration; its storages are read lazily, at synth. */
function guestDisks(vm: ProxmoxVm, props: ProxmoxVmProps): NonNullable<DataDeclaration["guest"]> {
  return {
    vmId: props.vmId,
    node: props.node,
    get storages() {
      return vm.diskStorages;
    },
  };
}
