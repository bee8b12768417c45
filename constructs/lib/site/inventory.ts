import { IConstruct } from "constructs";

/** Ansible groups with their hosts (host -> host vars) and group vars. */
export interface InventoryFragment {
  readonly groups: Readonly<Record<string, { readonly hosts: Readonly<Record<string, Readonly<Record<string, unknown>>>>; readonly vars?: Readonly<Record<string, unknown>> }>>;
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
  const groups = new Map<string, { hosts: Record<string, Record<string, unknown>>; vars: Record<string, unknown> }>();
  for (const source of root.node.findAll().flatMap((c) => (isInventorySource(c) ? [c] : []))) {
    if (source.inventoryEnvironment !== environment) continue;
    for (const [name, group] of Object.entries(source.inventory.groups)) {
      const into = groups.get(name) ?? { hosts: {}, vars: {} };
      for (const [host, vars] of Object.entries(group.hosts)) into.hosts[host] = { ...into.hosts[host], ...vars };
      Object.assign(into.vars, group.vars ?? {});
      groups.set(name, into);
    }
  }
  const children: Record<string, unknown> = {};
  for (const name of [...groups.keys()].sort()) {
    const { hosts, vars } = groups.get(name)!;
    children[name] = {
      hosts: Object.fromEntries(Object.keys(hosts).sort().map((h) => [h, hosts[h]])),
      ...(Object.keys(vars).length > 0 ? { vars: Object.fromEntries(Object.keys(vars).sort().map((k) => [k, vars[k]])) } : {}),
    };
  }
  return { all: { children } };
}
