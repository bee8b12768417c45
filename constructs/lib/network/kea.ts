import { inSpan, message, parseCidr, parseIpv4 } from "../core";
import type { NetworkSpec } from "../site";
import type { BindPeer } from "./bind";

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
  /**
   * Send the clients' names to kea-dhcp-ddns (on loopback), which updates them in `zone`.
   * @default no dynamic DNS
   */
  readonly ddns?: KeaDdnsTarget;
}

/** Where kea-dhcp4 sends its clients' names: kea-dhcp-ddns on loopback, and the zone they go to. */
export interface KeaDdnsTarget {
  /** The zone the names go to, e.g. `dhcp.home.arpa`. */
  readonly zone: string;
  /** The port kea-dhcp-ddns listens on at 127.0.0.1. */
  readonly port: number;
}

/** What kea-dhcp-ddns.conf is made of. */
export interface KeaDdnsConfig {
  /** The zone it updates, e.g. `dhcp.home.arpa`. */
  readonly zone: string;
  /** The TSIG key's name. */
  readonly keyName: string;
  /** The file holding the key's JSON entry (`{ "name", "algorithm", "secret" }`), which Ansible writes from Vault. */
  readonly keyFile: string;
  /** The primary it sends the updates to. */
  readonly primary: BindPeer;
  /** The port it listens on at 127.0.0.1. */
  readonly port: number;
}

/**
 * kea-dhcp-ddns.conf (as text: it includes the TSIG key's file, written from Vault, with Kea's
 * `<?include?>`): the clients' names go to the primary, signed with the update key; reverse updates
 * are not sent (the reverse zones are the model's and take no update).
 */
export function keaDdnsConf(c: KeaDdnsConfig): string {
  const body = {
    DhcpDdns: {
      "ip-address": "127.0.0.1",
      port: c.port,
      "dns-server-timeout": 500,
      "tsig-keys": ["@KEY@"],
      "forward-ddns": {
        "ddns-domains": [
          { name: `${c.zone}.`, "key-name": c.keyName, "dns-servers": [{ "ip-address": c.primary.address, port: c.primary.port ?? 53 }] },
        ],
      },
      "reverse-ddns": { "ddns-domains": [] },
      loggers: [{ name: "kea-dhcp-ddns", output_options: [{ output: "stdout" }], severity: "INFO" }],
    },
  };
  return `${JSON.stringify(body, null, 2).replace('"@KEY@"', `<?include "${c.keyFile}"?>`)}\n`;
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
      ...(c.ddns
        ? {
            "dhcp-ddns": { "enable-updates": true, "server-ip": "127.0.0.1", "server-port": c.ddns.port },
            "ddns-send-updates": true,
            "ddns-qualifying-suffix": `${c.ddns.zone}.`,
            "ddns-override-client-update": true,
            "ddns-replace-client-name": "when-not-present",
            "ddns-generated-prefix": "dhcp",
          }
        : {}),
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
