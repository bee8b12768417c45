import { IConstruct } from "constructs";
import { problem } from "../core";
import { unique } from "../hosts";
import { ProxmoxNodeSpec, SiteRule, proxmoxOf } from "../site";
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

/**
 * What the guests placed on each node take: no guest more than its node has at all (reported at the
 * guest), and all of them within the node's capacity times the overcommit ratio (reported at the
 * node, with every guest's share, largest first, so the one to shrink or move is plain to see).
 */
function capacity(list: GuestRecord[]): string[] {
  const found: string[] = [];
  const env = list[0].environment;
  const { cpu, memory } = proxmoxOf(env).overcommit;
  const resources = [
    { prop: "cores", unit: "", has: (n: ProxmoxNodeSpec) => n.cores, takes: (g: GuestRecord) => g.cores, ratio: cpu, knob: "cpu" },
    {
      prop: "memoryMiB",
      unit: " MiB",
      has: (n: ProxmoxNodeSpec) => n.memoryMiB,
      takes: (g: GuestRecord) => g.memoryMiB,
      ratio: memory,
      knob: "memory",
    },
  ] as const;
  for (const node of proxmoxOf(env).nodes) {
    const placed = list.filter((g) => g.node === node.name && !g.template);
    for (const r of resources) {
      const limit = r.has(node);
      const tooLarge = placed.filter((g) => r.takes(g) > limit);
      for (const g of tooLarge) {
        found.push(
          problem(
            g.path,
            r.prop,
            `is more than node "${node.name}" has at all (${limit}${r.unit})`,
            r.takes(g),
            `use at most ${limit}, or place the VM on a larger node`,
          ),
        );
      }
      const total = placed.reduce((sum, g) => sum + r.takes(g), 0);
      // A guest larger than its node is the problem already reported; the total would only repeat it.
      if (tooLarge.length > 0 || total <= limit * r.ratio) continue;
      const shares = [...placed]
        .sort((x, y) => r.takes(y) - r.takes(x) || x.hostname.localeCompare(y.hostname))
        .map((g) => `${g.hostname} ${r.takes(g)}${r.unit} (${Math.round((100 * r.takes(g)) / total)}%)`)
        .join(", ");
      const largest = [...placed].sort((x, y) => r.takes(y) - r.takes(x))[0];
      found.push(
        problem(
          env.name,
          `proxmox.nodes.${node.name}.${r.prop}`,
          `is exceeded by its guests: they take ${total}${r.unit}, ` +
            `more than ${limit}${r.unit} x ${r.ratio} overcommit = ${limit * r.ratio}${r.unit} (${shares})`,
          total,
          `shrink or move guests, the largest first (${largest.hostname}, ${largest.path}), or raise proxmox.overcommit.${r.knob}`,
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
