import { InventorySource } from "../inventory";

const SOURCE = Symbol.for("@homelab/constructs.InventorySource");

/** Marks `construct` as an inventory source (works across copies of this library). */
export function markInventorySource(construct: object): void {
  Object.defineProperty(construct, SOURCE, { value: true });
}

/** Whether `x` contributes to an Ansible inventory. */
export function isInventorySource(x: unknown): x is InventorySource {
  return typeof x === "object" && x !== null && SOURCE in x;
}
