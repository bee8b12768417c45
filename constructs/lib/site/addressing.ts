import { inSpan, Ipv4Span, parseCidr, parseIpv4 } from "../core";
import { NetworkSpec } from "./model";

/**
 * Why `address` cannot be a static VM address in `network`, or undefined when it can. The answer is
 * a `[what is wrong, how to fix]` pair for an error message.
 */
export function staticAddressProblem(network: NetworkSpec, address: string): [string, string] | undefined {
  const value = parseIpv4(address);
  if (value === undefined) return ["is not an IPv4 address", "write it like \"192.168.1.50\""];
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

/** Parses an inclusive `start`-`end` range; undefined when either end is not an address or it is reversed. */
export function parseRange(range: { start: string; end: string }): Ipv4Span | undefined {
  const first = parseIpv4(range.start);
  const last = parseIpv4(range.end);
  return first !== undefined && last !== undefined && first <= last ? { first, last } : undefined;
}
