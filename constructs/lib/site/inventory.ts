import { IConstruct } from "constructs";

/** One Ansible group: hosts (host -> host vars), group vars and child groups. */
export interface InventoryGroup {
  readonly hosts?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly vars?: Readonly<Record<string, unknown>>;
  readonly children?: readonly string[];
}

/** Ansible groups by name. Host vars of a host in several fragments are merged. */
export interface InventoryFragment {
  readonly groups: Readonly<Record<string, InventoryGroup>>;
}

/** A construct that contributes hosts to its environment's Ansible inventory. */
export interface InventorySource {
  /** Environment the hosts belong to. */
  readonly inventoryEnvironment: string;
  /** The groups, hosts and vars this construct contributes. */
  readonly inventory: InventoryFragment;
}

const SOURCE = Symbol.for("@homelab/constructs.InventorySource");

/** Marks `construct` as an inventory source (works across copies of this library). */
export function markInventorySource(construct: object): void {
  Object.defineProperty(construct, SOURCE, { value: true });
}

/** Whether `x` contributes to an Ansible inventory. */
export function isInventorySource(x: unknown): x is InventorySource {
  return typeof x === "object" && x !== null && SOURCE in x;
}

/**
 * The Ansible inventory (YAML inventory plugin shape, as a plain object) of `environment`, merged
 * from every inventory source under `root`, groups and hosts sorted by name so the output is stable.
 */
export function collectInventory(root: IConstruct, environment: string): { all: { children: Record<string, unknown> } } {
  const groups = new Map<string, { hosts: Record<string, Record<string, unknown>>; vars: Record<string, unknown>; children: Set<string> }>();
  for (const source of root.node.findAll().flatMap((c) => (isInventorySource(c) ? [c] : []))) {
    if (source.inventoryEnvironment !== environment) continue;
    for (const [name, group] of Object.entries(source.inventory.groups)) {
      const into = groups.get(name) ?? { hosts: {}, vars: {}, children: new Set<string>() };
      for (const [host, vars] of Object.entries(group.hosts ?? {})) into.hosts[host] = { ...into.hosts[host], ...vars };
      Object.assign(into.vars, group.vars ?? {});
      for (const child of group.children ?? []) into.children.add(child);
      groups.set(name, into);
    }
  }
  const children: Record<string, unknown> = {};
  for (const name of [...groups.keys()].sort()) {
    const { hosts, vars, children: kids } = groups.get(name)!;
    children[name] = {
      ...(Object.keys(hosts).length > 0 ? { hosts: Object.fromEntries(Object.keys(hosts).sort().map((h) => [h, hosts[h]])) } : {}),
      ...(Object.keys(vars).length > 0 ? { vars: Object.fromEntries(Object.keys(vars).sort().map((k) => [k, vars[k]])) } : {}),
      ...(kids.size > 0 ? { children: Object.fromEntries([...kids].sort().map((k) => [k, {}])) } : {}),
    };
  }
  return { all: { children } };
}
