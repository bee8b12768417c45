import { IConstruct } from "constructs";
import { declarations, isToken, problem } from "../core";
import { SiteRule } from "../site";
import { HOSTS } from "./declarations";
import { IHost } from "./interfaces";

/**
 * The site rules about hosts, whatever runs them (Proxmox or not): within an environment, no two
 * hosts share a hostname, an address or a MAC address. Values only known at apply time (tokens) are
 * skipped.
 */
export const HOST_RULES: readonly SiteRule[] = [
  uniqueAmongHosts("hosts.unique-hostnames", "hostname", (h) => h.hostname, "give every VM its own hostname"),
  uniqueAmongHosts("hosts.unique-addresses", "ipv4", (h) => h.ipv4, "give every VM its own address"),
  uniqueAmongHosts("hosts.unique-macs", "macAddress", (h) => h.macAddress?.toUpperCase(), "give every VM its own MAC or let Proxmox assign one"),
];

/** A rule that `key` of the hosts of each environment is unique (hosts without one are skipped). */
function uniqueAmongHosts(name: string, prop: string, key: (h: IHost) => string | undefined, fix: string): SiteRule {
  return {
    name,
    check: (app: IConstruct) =>
      unique(
        declarations(app, HOSTS).map((d) => d.entry),
        (h) => h.node.path,
        (h) => h.environmentName,
        key,
        prop,
        fix,
      ),
  };
}

/**
 * The problems of items whose `key` repeats one seen before within the same `group` (environment),
 * each naming the item (by `pathOf`), the first holder and the value.
 */
export function unique<T, K>(
  items: readonly T[],
  pathOf: (x: T) => string,
  group: (x: T) => string,
  key: (x: T) => K | undefined,
  prop: string,
  fix: string,
): string[] {
  const seen = new Map<string, T>();
  const found: string[] = [];
  for (const item of items) {
    const k = key(item);
    if (k === undefined || isToken(k)) continue; // none, or only known at apply time
    const env = group(item);
    const id = `${env}\u0000${String(k)}`;
    const first = seen.get(id);
    if (first) found.push(problem(pathOf(item), prop, `is already used by ${pathOf(first)} in environment "${env}"`, k, fix));
    else seen.set(id, item);
  }
  return found;
}
