import { IConstruct } from "constructs";
import { checkIntegerRange, Problems, quoted } from "../core";
import { NetworkSpec, ProxmoxNodeSpec, SiteEnvironment, StorageContent, proxmoxOf } from "../site";
import { guestsOf } from "./private/guest";

/**
 * Look-ups of the site model shared by the VM-like constructs; each records a problem (in the
 * project's message shape) when the name is not in the model.
 */

/** The node called `name`, or undefined after recording a problem with `prop`. */
export function findNode(check: Problems, env: SiteEnvironment, name: string, prop = "node"): ProxmoxNodeSpec | undefined {
  const node = proxmoxOf(env).nodes.find((n) => n.name === name);
  if (!node) check.add(prop, `is not a node of environment "${env.name}"`, name, `use one of ${quoted(proxmoxOf(env).nodes.map((n) => n.name))}`);
  return node;
}

/** The network called `name`, or undefined after recording a problem. */
export function findNetwork(check: Problems, env: SiteEnvironment, name: string): NetworkSpec | undefined {
  const network = env.networks[name];
  if (!network) check.add("network", `is not a network of environment "${env.name}"`, name, `use one of ${quoted(Object.keys(env.networks))}`);
  return network;
}

/** The first storage of `node` that may hold `content`. */
export function firstStorageWith(node: ProxmoxNodeSpec | undefined, content: StorageContent): string | undefined {
  return node?.storages.find((s) => s.content.includes(content))?.name;
}

/** Whether `node` has a storage called `name` that may hold `content`. */
export function storageHolds(node: ProxmoxNodeSpec, name: string | undefined, content: StorageContent): boolean {
  return node.storages.some((s) => s.name === name && s.content.includes(content));
}

/** Records a problem unless `vmId` is a valid Proxmox VMID. */
export function checkVmId(check: Problems, vmId: number, fix: string): boolean {
  return checkIntegerRange(check, "vmId", vmId, 100, 999999999, fix);
}

/** vCPUs and memory placed on a node. */
export interface NodeLoad {
  cores: number;
  memoryMiB: number;
}

/**
 * What every VM of `env` already in the app (every stack built so far) takes from each node, so a
 * construct that places VMs itself can spread them over the least-loaded nodes.
 */
export function nodeLoads(scope: IConstruct, env: SiteEnvironment): Map<string, NodeLoad> {
  const loads = new Map(proxmoxOf(env).nodes.map((n) => [n.name, { cores: 0, memoryMiB: 0 }]));
  for (const guest of guestsOf(scope)) {
    if (guest.environment.name !== env.name || guest.template) continue;
    const load = loads.get(guest.node);
    if (load) {
      load.cores += guest.cores;
      load.memoryMiB += guest.memoryMiB;
    }
  }
  return loads;
}

/**
 * The node among `candidates` to place the next VM on: lowest `rank` first (e.g. how many members of
 * the same role it has), then the lowest share of its capacity in use (the larger of the vCPU and
 * memory shares), then by name, so the choice is stable.
 */
export function leastLoaded(
  env: SiteEnvironment,
  loads: ReadonlyMap<string, NodeLoad>,
  candidates: readonly string[],
  rank: (node: string) => number = () => 0,
): string {
  const share = (name: string) => {
    const node = proxmoxOf(env).nodes.find((n) => n.name === name)!;
    const load = loads.get(name) ?? { cores: 0, memoryMiB: 0 };
    return Math.max(load.cores / node.cores, load.memoryMiB / node.memoryMiB);
  };
  return [...candidates].sort((a, b) => rank(a) - rank(b) || share(a) - share(b) || (a < b ? -1 : a > b ? 1 : 0))[0];
}

/** Adds a VM's vCPUs and memory to `node`'s load. */
export function addLoad(loads: Map<string, NodeLoad>, node: string, cores: number, memoryMiB: number): void {
  const load = loads.get(node) ?? { cores: 0, memoryMiB: 0 };
  loads.set(node, { cores: load.cores + cores, memoryMiB: load.memoryMiB + memoryMiB });
}
