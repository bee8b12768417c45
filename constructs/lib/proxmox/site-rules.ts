import { IConstruct } from "constructs";
import { problem } from "../core";
import { unique } from "../hosts";
import { SiteRule } from "../site";
import { GuestRecord, guestsOf } from "./private/guest";

/**
 * The site rules of Proxmox guests, per environment across every stack: no VMID used twice
 * (templates included); the vCPUs and memory placed on a node within its capacity times the
 * environment's overcommit ratio; a PCI hardware mapping held by at most one guest that starts on boot.
 */
export const PROXMOX_RULES: readonly SiteRule[] = [
  { name: "proxmox.unique-vmids", check: (app) => perEnvironment(app, uniqueVmIds) },
  { name: "proxmox.node-capacity", check: (app) => perEnvironment(app, capacity) },
  { name: "proxmox.shared-pci-devices", check: (app) => perEnvironment(app, sharedDevices) },
];

function perEnvironment(app: IConstruct, rule: (guests: GuestRecord[]) => string[]): string[] {
  const byEnvironment = new Map<string, GuestRecord[]>();
  for (const g of guestsOf(app)) byEnvironment.set(g.environment.name, [...(byEnvironment.get(g.environment.name) ?? []), g]);
  return [...byEnvironment.values()].flatMap(rule);
}

function uniqueVmIds(list: GuestRecord[]): string[] {
  return unique(
    list,
    (g) => g.path,
    (g) => g.environment.name,
    (g) => g.vmId,
    "vmId",
    "choose a free VMID",
  );
}

function capacity(list: GuestRecord[]): string[] {
  const found: string[] = [];
  const env = list[0].environment;
  const { cpu, memory } = env.proxmox.overcommit;
  for (const node of env.proxmox.nodes) {
    const placed = list.filter((g) => g.node === node.name && !g.template);
    const cores = placed.reduce((sum, g) => sum + g.cores, 0);
    const memoryMiB = placed.reduce((sum, g) => sum + g.memoryMiB, 0);
    const names = placed.map((g) => g.hostname).join(", ");
    const last = placed[placed.length - 1]?.path;
    if (cores > node.cores * cpu) {
      found.push(
        problem(
          last,
          "cores",
          `on node "${node.name}" add up to more than ${node.cores} cores x ${cpu} overcommit = ${node.cores * cpu} (${names})`,
          cores,
          "shrink or move VMs, or raise proxmox.overcommit.cpu",
        ),
      );
    }
    if (memoryMiB > node.memoryMiB * memory) {
      found.push(
        problem(
          last,
          "memoryMiB",
          `on node "${node.name}" add up to more than ${node.memoryMiB} MiB x ${memory} overcommit = ${node.memoryMiB * memory} MiB (${names})`,
          memoryMiB,
          "shrink or move VMs, or raise proxmox.overcommit.memory",
        ),
      );
    }
  }
  return found;
}

function sharedDevices(list: GuestRecord[]): string[] {
  const found: string[] = [];
  const holder = new Map<string, GuestRecord>();
  for (const g of list.filter((x) => x.onBoot)) {
    for (const mapping of g.pciMappings) {
      const first = holder.get(mapping);
      if (first)
        found.push(
          problem(
            g.path,
            "pciDevices",
            `use mapping "${mapping}" which ${first.path} also uses, and both start on boot`,
            mapping,
            "set onBoot: false on one of them (only one can hold the device)",
          ),
        );
      else holder.set(mapping, g);
    }
  }
  return found;
}
