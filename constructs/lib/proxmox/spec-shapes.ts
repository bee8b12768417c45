import { Fields, flag, list, object, oneOf, optional, Shape, text } from "../core";
import { HOST_SERVICE, TAILSCALE_NODE } from "../hosts";
import { DISK_GIB, GUEST_CORES, GUEST_MEMORY_MIB, STARTUP_ORDER, VMID } from "../site";
import type { GpuVmSpec } from "./gpu-vm";
import type { DataDisk, PciPassthrough, VmHardware, VmSpec } from "./proxmox-vm";

// The structure of the VM specs a site describes (see core/shape.ts); what they mean is checked by
// ProxmoxVm and GpuVm against the model.

const dataDisk = object<DataDisk>("a data disk { sizeGiB, storage }", { sizeGiB: DISK_GIB, storage: optional(text()) });

const pciPassthrough = object<PciPassthrough>("a PCI passthrough", {
  mapping: text(),
  pcie: optional(flag()),
  primaryGpu: optional(flag()),
});

const hardware = object<VmHardware>("the VM hardware", {
  machine: optional(oneOf("pc", "q35")),
  firmware: optional(oneOf("seabios", "ovmf")),
  pciDevices: optional(list(pciPassthrough)),
  ballooning: optional(flag()),
  migratable: optional(flag()),
});

/** Fields every VM spec shares (`vms` and `gpuVms`). */
const VM_FIELDS: Omit<Fields<VmSpec>, "node" | "hardware"> = {
  hostname: text(),
  vmId: VMID,
  image: text(),
  ipv4: text(),
  network: optional(text()),
  cores: optional(GUEST_CORES),
  memoryMiB: optional(GUEST_MEMORY_MIB),
  bootDiskGiB: optional(DISK_GIB),
  // scsi0 is the boot disk; Proxmox has scsi1 to scsi30 for the rest.
  dataDisks: optional(list(dataDisk, { max: 30 })),
  storage: optional(text()),
  macAddress: optional(text()),
  adminUser: optional(text()),
  tags: optional(list(text())),
  pool: optional(text()),
  onBoot: optional(flag()),
  startupOrder: optional(STARTUP_ORDER),
  stateful: optional(flag()),
  inventoryGroups: optional(list(text())),
  tailscale: optional(TAILSCALE_NODE),
  services: optional(list(HOST_SERVICE)),
  description: optional(text()),
};

/** The structure of a plain VM of a site (`vms`). */
export const VM_SPEC: Shape<VmSpec> = object<VmSpec>("a VM", { ...VM_FIELDS, node: text(), hardware: optional(hardware) });

/** The structure of a GPU VM of a site (`gpuVms`). */
export const GPU_VM_SPEC: Shape<GpuVmSpec> = object<GpuVmSpec>("a GPU VM", {
  ...VM_FIELDS,
  node: optional(text()),
  gpu: text(),
  primaryGpu: optional(flag()),
});
