import { VirtualEnvironmentVm } from "@cdktf/provider-proxmox/lib/virtual-environment-vm";
import { Construct, IConstruct } from "constructs";
import { checkWholeNumber, dependOn, displayPath, Problems } from "../core";
import { IImage, ITemplateSource, TemplateRef } from "../hosts";
import { SiteChecks, SiteEnvironment } from "../site";
import { checkVmId, findNetwork, findNode, firstStorageWith, storageHolds } from "./placement";
import { declareGuest } from "./private/guest";
import { networkDevice } from "./private/nic";
import { PROXMOX_RULES } from "./site-rules";

/** Props of {@link VmTemplate}. */
export interface VmTemplateProps {
  /** The environment, from the site model. */
  readonly environment: SiteEnvironment;
  /** The image version to build from; it must be downloaded to `node`. */
  readonly image: IImage;
  /** Node to build the template on. */
  readonly node: string;
  /** VMID of the template; a new image version gets a new VMID. */
  readonly vmId: number;
  /**
   * Storage for the template's disk and cloud-init drive; must hold `images`.
   * @default the node's first storage with `images` content
   */
  readonly storage?: string;
  /**
   * Network whose bridge the template's NIC uses.
   * @default "lan"
   */
  readonly network?: string;
  /**
   * Disk size in GiB (clones may grow it).
   * @default 8
   */
  readonly diskGiB?: number;
}

/**
 * A cloud-init VM template built from one {@link CloudImage} version on one node: the image imported
 * as a virtio-scsi disk, a cloud-init drive, serial console, guest agent on, never started. It is a
 * template source: a VM given it as `template` clones it (from any node), and the VM's stack then
 * depends on this one's. Because ProxmoxVm ignores later clone-source changes, pointing new VMs at
 * a newer template never replaces running ones.
 *
 * @example
 * ```ts
 * new VmTemplate(stack, "debian-12-20251117-2299-node006", {
 *   environment: prod, image: debian, node: "node006", vmId: 9006,
 * });
 * ```
 */
export class VmTemplate extends Construct implements ITemplateSource {
  /** The generated VM resource (escape hatch). */
  public readonly vm: VirtualEnvironmentVm;
  /** What clones need. */
  public readonly ref: TemplateRef;

  /** This template, for a VM on any node (Proxmox clones across nodes). */
  public templateFor(_node: string, requester: IConstruct): TemplateRef {
    dependOn(requester, this);
    return this.ref;
  }

  constructor(scope: Construct, id: string, props: VmTemplateProps) {
    super(scope, id);
    const env = props.environment;
    const networkName = props.network ?? "lan";
    const diskGiB = props.diskGiB ?? 8;

    const check = new Problems(this.node.path);
    const node = findNode(check, env, props.node);
    const storage = props.storage ?? firstStorageWith(node, "images");
    if (node && !props.image.nodes.includes(props.node))
      check.add(
        "image",
        `is not downloaded to node "${props.node}"`,
        `${props.image.name}-${props.image.version}`,
        `add "${props.node}" to the image's nodes`,
      );
    if (node && !storageHolds(node, storage, "images")) {
      check.add("storage", `is not a storage with images content on node "${props.node}"`, storage, "use a storage that holds VM disks");
    }
    const network = findNetwork(check, env, networkName);
    checkVmId(check, props.vmId, "templates conventionally use 9000 and up");
    checkWholeNumber(check, "diskGiB", diskGiB, 2, "use at least the image's virtual size, e.g. 8", "GiB");
    check.throwIfAny();

    const name = `${props.image.name}-${props.image.version}`.toLowerCase().replace(/[^a-z0-9-]/g, "-");
    this.ref = { vmId: props.vmId, node: props.node, os: props.image.name };
    declareGuest(this, {
      environment: env,
      path: this.node.path,
      hostname: name,
      vmId: props.vmId,
      node: props.node,
      cores: 0,
      memoryMiB: 0,
      pciMappings: [],
      onBoot: false,
      template: true,
    });
    SiteChecks.require(this, ...PROXMOX_RULES);

    this.vm = new VirtualEnvironmentVm(this, "Template", {
      nodeName: props.node,
      vmId: props.vmId,
      name,
      description: `Template from ${props.image.fileName}. Managed by cdktf (${displayPath(this)})`,
      tags: [env.name, "template"],
      template: true,
      started: false,
      onBoot: false,
      agent: { enabled: true, trim: true },
      cpu: { cores: 1, type: "host" },
      memory: { dedicated: 1024 },
      operatingSystem: { type: "l26" },
      scsiHardware: "virtio-scsi-single",
      serialDevice: [{ device: "socket" }],
      vga: { type: "serial0" },
      disk: [
        {
          interface: "scsi0",
          datastoreId: storage,
          importFromAttribute: props.image.fileIdOn(props.node),
          size: diskGiB,
          iothread: true,
          discard: "on",
          ssd: true,
        },
      ],
      initialization: { datastoreId: storage },
    });
    this.vm.addOverride("network_device", [networkDevice({ bridge: network!.bridge, vlanId: network!.vlan })]);
  }
}
