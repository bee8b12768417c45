import { Problems } from "../core/errors";
import { NetworkSpec, ProxmoxNodeSpec, SiteEnvironment, StorageContent } from "./model";

/**
 * Look-ups of the site model shared by the VM-like constructs; each records a problem (in the
 * project's message shape) when the name is not in the model.
 */

/** The node called `name`, or undefined after recording a problem with `prop`. */
export function findNode(check: Problems, env: SiteEnvironment, name: string, prop = "node"): ProxmoxNodeSpec | undefined {
  const node = env.proxmox.nodes.find((n) => n.name === name);
  if (!node) check.add(prop, `is not a node of environment "${env.name}"`, name, `use one of ${quoted(env.proxmox.nodes.map((n) => n.name))}`);
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
export function checkVmId(check: Problems, vmId: number, fix: string): void {
  if (!Number.isInteger(vmId) || vmId < 100 || vmId > 999999999) check.add("vmId", "must be an integer from 100 to 999999999", vmId, fix);
}

function quoted(names: string[]): string {
  return names.map((n) => `"${n}"`).join(", ");
}
