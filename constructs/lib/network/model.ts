import type { VaultSecretRef } from "../site";

/** The authoritative DNS of an environment: a BIND9 primary, its secondaries, their keys. */
export interface DnsSpec {
  /** Key of the host (in `vms`, `gpuVms` or `machines`) that runs the primary. */
  readonly primary: string;
  /**
   * Keys of the hosts that run secondaries, which transfer the zones from the primary.
   * @default none
   */
  readonly secondaries?: readonly string[];
  /**
   * The TSIG secret (base64, HMAC-SHA256) that zone transfers and notifies between the servers are
   * signed with; Ansible writes it into a key file the configuration includes. Required with secondaries.
   * @default none: no secondary may transfer
   */
  readonly transferKey?: VaultSecretRef;
  /**
   * The TSIG secret dynamic updates must be signed with (the DHCP server's, for its clients' names
   * under `dhcp.<domain>` and their PTR records).
   * @default none: the zones take no dynamic update
   */
  readonly updateKey?: VaultSecretRef;
  /**
   * TTL of every record, in seconds.
   * @default 3600
   */
  readonly ttlSeconds?: number;
  /**
   * Names the model has no construct for (a NAS, a printer), label under the domain to address,
   * e.g. `{ nas: "192.168.1.10" }`.
   * @default none
   */
  readonly records?: Readonly<Record<string, string>>;
}

/** The resolvers the clients ask: Unbound, blocking what the blocklist names. */
export interface ResolverSpec {
  /** Keys of the hosts that run a resolver. */
  readonly hosts: readonly string[];
  /** Upstream resolvers for every name outside the internal domain, e.g. `["1.1.1.1", "9.9.9.9"]`. */
  readonly upstreams: readonly string[];
  /**
   * Domains answered NXDOMAIN with everything under them, e.g. `["doubleclick.net"]`.
   * @default none
   */
  readonly blocklist?: readonly string[];
  /**
   * A blocklist file on the resolver hosts (one `local-zone: "<domain>." always_nxdomain` a line),
   * which the configuration includes; Ansible places it, nothing is downloaded at synth.
   * @default none
   */
  readonly blocklistFile?: string;
}

/** DHCPv4 with Kea: each network's pool and a reservation for every host with a MAC address. */
export interface DhcpSpec {
  /** Key of the host that runs kea-dhcp4. */
  readonly server: string;
  /**
   * Lease lifetime in seconds.
   * @default 86400
   */
  readonly leaseSeconds?: number;
}

/** The host firewall: default deny inbound, allow-lists from what the services declare. */
export interface FirewallSpec {
  /** Networks SSH is allowed from, e.g. `["192.168.1.0/24"]`. */
  readonly adminCidrs: readonly string[];
  /**
   * Also turn on the Proxmox firewall of every VM, with the same rules (its NIC's firewall flag, the
   * guest's options and rules): the hypervisor drops what the guest's own ruleset would.
   * @default false: only the nftables ruleset in each host
   */
  readonly proxmox?: boolean;
}

/** The network services of an environment (the site's `network`). */
export interface NetworkServicesSpec {
  /** The authoritative DNS. */
  readonly dns: DnsSpec;
  /**
   * The resolvers.
   * @default none: clients ask what the networks' dnsServers name
   */
  readonly resolvers?: ResolverSpec;
  /**
   * DHCPv4.
   * @default none
   */
  readonly dhcp?: DhcpSpec;
  /**
   * The host firewall.
   * @default none: every service listens to the whole network
   */
  readonly firewall?: FirewallSpec;
}
