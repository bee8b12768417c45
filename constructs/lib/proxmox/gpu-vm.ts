import { proxmoxOf } from "../site";
import { Construct } from "constructs";
import { Problems } from "../core";
import { ProxmoxVm, ProxmoxVmProps } from "./proxmox-vm";

/** Props of {@link GpuVm}. */
export interface GpuVmProps extends Omit<ProxmoxVmProps, "node" | "hardware"> {
  /** Hardware mapping name of the GPU, owned by one node in the site model (never a raw PCI id). */
  readonly gpu: string;
  /**
   * Node to run on; it must own the mapping.
   * @default the node that owns `gpu`
   */
  readonly node?: string;
  /**
   * Whether the GPU is the VM's primary display (x-vga). Compute and transcoding guests do not need it.
   * @default false
   */
  readonly primaryGpu?: boolean;
}

/** A GPU VM as the site model describes it: the image family it clones instead of a template. */
export interface GpuVmSpec extends Omit<GpuVmProps, "environment" | "template"> {
  /** Image family to clone, e.g. `debian-12` (the newest release with a template on the VM's node). */
  readonly image: string;
}

/**
 * A {@link ProxmoxVm} with a GPU passed through by its PCI hardware mapping: machine q35, OVMF with
 * an EFI disk, ballooning off (passthrough pins all guest memory), placed on the node that owns the
 * mapping, never migrated or put under HA (the GPU cannot follow it). Tagged `gpu` and in the `gpu`
 * Ansible group (drivers and container toolkit).
 *
 * @example
 * ```ts
 * new GpuVm(stack, "Ocean", {
 *   environment: prod, hostname: "ocean", vmId: 143, gpu: "rtx3090",
 *   template: { vmId: 9006, node: "node006" }, ipv4: "192.168.1.143", cores: 16, memoryMiB: 65536,
 * });
 * ```
 */
export class GpuVm extends ProxmoxVm {
  /** Hardware mapping of the GPU. */
  public readonly gpu: string;

  constructor(scope: Construct, id: string, props: GpuVmProps) {
    super(scope, id, GpuVm.vmProps(Problems.pathOf(scope, id), props));
    this.gpu = props.gpu;
  }

  /** Resolves the node from the mapping and checks it, before any child is created. */
  private static vmProps(path: string, props: GpuVmProps): ProxmoxVmProps {
    const nodes = proxmoxOf(props.environment).nodes;
    const owner = nodes.find((n) => (n.pciDevices ?? []).some((d) => d.mapping === props.gpu));
    const device = owner?.pciDevices?.find((d) => d.mapping === props.gpu);
    const check = new Problems(path);
    if (!owner) {
      const gpus = nodes.flatMap((n) => (n.pciDevices ?? []).filter((d) => d.kind === "gpu").map((d) => `"${d.mapping}" (${n.name})`));
      check.add(
        "gpu",
        `is not a hardware mapping of environment "${props.environment.name}"`,
        props.gpu,
        gpus.length ? `use one of ${gpus.join(", ")}` : "add the GPU to its node's pciDevices in the site model",
      );
    } else if (device?.kind !== "gpu") {
      check.add("gpu", `names a ${device?.kind} device, not a GPU`, props.gpu, 'use a mapping whose kind is "gpu"');
    } else if (props.node !== undefined && props.node !== owner.name) {
      check.add("node", `does not own GPU mapping "${props.gpu}" (node "${owner.name}" does)`, props.node, `omit node or use "${owner.name}"`);
    }
    check.throwIfAny();
    return {
      ...props,
      node: props.node ?? owner!.name,
      tags: [...(props.tags ?? []), "gpu"],
      inventoryGroups: [...(props.inventoryGroups ?? []), "gpu"],
      hardware: {
        machine: "q35",
        firmware: "ovmf",
        pciDevices: [{ mapping: props.gpu, pcie: true, primaryGpu: props.primaryGpu ?? false }],
        ballooning: false,
        migratable: false,
      },
    };
  }
}
