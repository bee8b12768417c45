import { checkIpv4, inSpan, Ipv4Span, parseCidr, parseIpv4, ProblemSink } from "../core";
import { NetworkSpec, SiteEnvironment, proxmoxOf } from "./model";

/**
 * Records a problem with `prop` unless `address` can be a static VM address in `network`: inside it,
 * not its network, broadcast or gateway address, outside the DHCP pool and the reserved ranges, and,
 * with `environment`, not an address the environment gives its own infrastructure (a Proxmox node's
 * API, a DNS server); returns whether it can.
 */
export function checkStaticAddress(check: ProblemSink, prop: string, network: NetworkSpec, address: string, environment?: SiteEnvironment): boolean {
  if (!checkIpv4(check, prop, address, 'write it like "192.168.1.50"')) return false;
  const bad = staticAddressProblem(network, parseIpv4(address)!) ?? (environment && infrastructureProblem(environment, address));
  if (bad) check.add(prop, bad[0], address, bad[1]);
  return bad === undefined;
}

/** Why the address `value` cannot be a static VM address in `network`, as `[what is wrong, how to fix]`. */
function staticAddressProblem(network: NetworkSpec, value: number): [string, string] | undefined {
  const cidr = parseCidr(network.cidr);
  if (!cidr) return undefined; // reported by the environment check
  if (!inSpan(value, cidr)) return [`is outside the network ${network.cidr}`, `use an address in ${network.cidr}`];
  if (cidr.prefix < 31 && (value === cidr.first || value === cidr.last)) {
    return [`is the network or broadcast address of ${network.cidr}`, "use a host address"];
  }
  if (value === parseIpv4(network.gateway)) return ["is the gateway address", "use a free host address"];
  const pool = network.dhcpPool;
  const poolFirst = parseIpv4(pool.start);
  const poolLast = parseIpv4(pool.end);
  if (poolFirst !== undefined && poolLast !== undefined && inSpan(value, { first: poolFirst, last: poolLast })) {
    return [`is inside the DHCP pool ${pool.start}-${pool.end}`, "use a static address outside the pool"];
  }
  for (const range of network.reserved ?? []) {
    const first = parseIpv4(range.start);
    const last = parseIpv4(range.end);
    if (first !== undefined && last !== undefined && inSpan(value, { first, last })) {
      return [`is inside the reserved range ${range.start}-${range.end} (${range.purpose})`, "use an address outside reserved ranges"];
    }
  }
  return undefined;
}

/**
 * What of the environment's own infrastructure has `address` (`the API address of Proxmox node
 * "pve1"`, `the gateway of networks.lan`), if anything: every address the model gives out is in one IPAM.
 */
export function infrastructureAt(env: SiteEnvironment, address: string): string | undefined {
  const node = proxmoxOf(env).nodes.find((n) => n.apiAddress === address);
  if (node) return `the API address of Proxmox node "${node.name}"`;
  for (const [name, network] of Object.entries(env.networks)) {
    if (network.gateway === address) return `the gateway of networks.${name}`;
    const i = network.dnsServers.indexOf(address);
    if (i >= 0) return `the DNS server networks.${name}.dnsServers[${i}]`;
  }
  return undefined;
}

function infrastructureProblem(env: SiteEnvironment, address: string): [string, string] | undefined {
  const what = infrastructureAt(env, address);
  return what ? [`is ${what}`, "use a free host address"] : undefined;
}

/** Parses an inclusive `start`-`end` range; undefined when either end is not an address or it is reversed. */
export function parseRange(range: { start: string; end: string }): Ipv4Span | undefined {
  const first = parseIpv4(range.start);
  const last = parseIpv4(range.end);
  return first !== undefined && last !== undefined && first <= last ? { first, last } : undefined;
}

/** The host name (or address) in the environment's Vault address: `vault.home.arpa` of `https://vault.home.arpa:8200`. */
export function vaultHostOf(env: SiteEnvironment): string | undefined {
  return /^[a-z]+:\/\/([^/:]+)/.exec(env.vault.address)?.[1];
}
