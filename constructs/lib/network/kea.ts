import { inSpan, message, parseCidr, parseIpv4 } from "../core";
import type { NetworkSpec } from "../site";

/** A host that gets a fixed lease: its MAC address, its address and its name. */
export interface DhcpReservation {
  /** Hostname (a DNS label). */
  readonly hostname: string;
  /** MAC address, `aa:bb:cc:dd:ee:ff`. */
  readonly macAddress: string;
  /** IPv4 address. */
  readonly address: string;
}

/** Another holder of an address the pool must not hand out (a static host, a VIP, a declared name). */
export interface AddressHolder {
  /** The address. */
  readonly address: string;
  /** What holds it, for the message: `host ocean`. */
  readonly what: string;
}

/** What kea-dhcp4.conf is made of. */
export interface KeaConfig {
  /** The networks, by name. */
  readonly networks: Readonly<Record<string, NetworkSpec>>;
  /** The DNS servers handed out (the resolvers). */
  readonly dnsServers: readonly string[];
  /** The domain handed out. */
  readonly domain: string;
  /** The reservations. */
  readonly reservations: readonly DhcpReservation[];
  /** Lease lifetime, in seconds. */
  readonly leaseSeconds: number;
  /**
   * Where the leases are kept.
   * @default `/var/lib/kea/kea-leases4.csv`
   */
  readonly leaseFile?: string;
  /**
   * Interfaces it serves.
   * @default every interface (`*`)
   */
  readonly interfaces?: readonly string[];
}

/** A stable subnet ID for `cidr`: its network address over 256 (leases keep their subnet across synths). */
function subnetId(cidr: string): number {
  const net = parseCidr(cidr)!;
  return Math.max(1, Math.floor(net.first / 256));
}

/**
 * kea-dhcp4.conf: each network's pool, its router, DNS servers and domain, and a reservation for
 * every host with a MAC address in the subnet its address is in. Reservations are outside the pool
 * (the model's convention: static addresses never are in it), so Kea is told it need not check
 * pool leases against them (`reservations-out-of-pool`).
 */
export function keaDhcp4Conf(c: KeaConfig): Record<string, unknown> {
  const subnets = Object.entries(c.networks).map(([, n]) => {
    const net = parseCidr(n.cidr)!;
    const mine = c.reservations.filter((r) => inSpan(parseIpv4(r.address) ?? -1, net));
    return {
      id: subnetId(n.cidr),
      subnet: n.cidr,
      pools: [{ pool: `${n.dhcpPool.start} - ${n.dhcpPool.end}` }],
      "reservations-out-of-pool": true,
      "option-data": [
        { name: "routers", data: n.gateway },
        { name: "domain-name-servers", data: c.dnsServers.join(", ") },
        { name: "domain-name", data: c.domain },
        { name: "domain-search", data: n.searchDomain },
      ],
      reservations: [...mine]
        .sort((a, b) => parseIpv4(a.address)! - parseIpv4(b.address)!)
        .map((r) => ({ "hw-address": r.macAddress.toLowerCase(), "ip-address": r.address, hostname: r.hostname })),
    };
  });
  return {
    Dhcp4: {
      "interfaces-config": { interfaces: c.interfaces ?? ["*"] },
      "lease-database": { type: "memfile", persist: true, name: c.leaseFile ?? "/var/lib/kea/kea-leases4.csv", "lfc-interval": 3600 },
      "valid-lifetime": c.leaseSeconds,
      "renew-timer": Math.floor(c.leaseSeconds / 2),
      "rebind-timer": Math.floor((c.leaseSeconds * 7) / 8),
      subnet4: subnets,
      loggers: [{ name: "kea-dhcp4", output_options: [{ output: "stdout" }], severity: "INFO" }],
    },
  };
}

/**
 * What is wrong with the reservations and the pools, as messages (prop `dhcp...`): a reservation
 * outside every network, a MAC address or an address reserved twice, a pool that holds an address
 * something else of the model has.
 */
export function dhcpProblems(
  networks: Readonly<Record<string, NetworkSpec>>,
  reservations: readonly DhcpReservation[],
  holders: readonly AddressHolder[],
): string[] {
  const problems: string[] = [];
  const nets = Object.entries(networks).map(([name, n]) => ({ name, n, span: parseCidr(n.cidr) }));
  const macs = new Map<string, string>();
  const addresses = new Map<string, string>();
  for (const r of reservations) {
    const prop = `dhcp.reservations.${r.hostname}`;
    const ip = parseIpv4(r.address);
    if (ip === undefined || !nets.some((x) => x.span && inSpan(ip, x.span)))
      problems.push(
        message(
          prop,
          `is outside every network of the environment (${nets.map((x) => x.n.cidr).join(", ")})`,
          r.address,
          "give the host an address in one of them",
        ),
      );
    const mac = r.macAddress.toLowerCase();
    const sameMac = macs.get(mac);
    if (sameMac) problems.push(message(prop, `has the MAC address of ${sameMac}`, r.macAddress, "give each host its own MAC address"));
    else macs.set(mac, r.hostname);
    const sameAddress = addresses.get(r.address);
    if (sameAddress) problems.push(message(prop, `has the address of ${sameAddress}`, r.address, "give each host its own address"));
    else addresses.set(r.address, r.hostname);
  }
  for (const { name, n } of nets) {
    const first = parseIpv4(n.dhcpPool.start);
    const last = parseIpv4(n.dhcpPool.end);
    if (first === undefined || last === undefined) continue;
    const inside = [
      ...holders.map((h) => ({ ...h, ip: parseIpv4(h.address) })),
      ...(n.reserved ?? []).flatMap((r) => [
        { address: r.start, what: `the reserved range ${r.purpose}`, ip: parseIpv4(r.start) },
        { address: r.end, what: `the reserved range ${r.purpose}`, ip: parseIpv4(r.end) },
      ]),
    ].filter((h) => h.ip !== undefined && h.ip >= first && h.ip <= last);
    for (const h of inside)
      problems.push(
        message(
          "dhcp",
          `hands out the pool ${n.dhcpPool.start}-${n.dhcpPool.end} of networks.${name}, which holds ${h.what}`,
          h.address,
          "move the address out of the pool, or shrink the pool",
        ),
      );
  }
  return problems;
}
