import { Annotations } from "cdktf";
import { Construct } from "constructs";
import {
  checkCidr,
  checkDnsName,
  checkIpv4,
  declare,
  DeclarationKind,
  declarations,
  declareSecretAccess,
  deriveAtSynth,
  isDnsName,
  message,
  parseIpv4,
  Problems,
  quoted,
  type PreviousFile,
} from "../core";
import {
  declaredIn,
  declareInventorySource,
  HOST_GROUPS,
  hostsOf,
  IHost,
  InventoryFragment,
  InventorySource,
  KUBERNETES_CLUSTERS,
  NAMES,
  PUBLICATIONS,
  SERVICES,
} from "../hosts";
import { proxmoxOf, type SiteEnvironment, type VaultSecretRef } from "../site";
import { vaultLookupPath } from "../vault";
import { BindLayout, BindPeer, BindZones, namedOptions, primaryZonesConf, secondaryZonesConf } from "./bind";
import { AddressHolder, dhcpProblems, DhcpReservation, keaDdnsConf, keaDhcp4Conf } from "./kea";
import type { NetworkServicesSpec } from "./model";
import { FirewallAllow, HostFirewall, nftRuleset } from "./nftables";
import { unboundConf } from "./unbound";
import { AddressRecord, forwardRecords, ownerIn, reverseRecords, reverseZoneOf, zoneFile } from "./zones";

/** Props of {@link NetworkPlan}. */
export interface NetworkPlanProps {
  /** The environment it serves. */
  readonly environment: SiteEnvironment;
  /** The site's `network`. */
  readonly spec: NetworkServicesSpec;
  /** The host of the BIND primary. */
  readonly primary: IHost;
  /**
   * The hosts of the BIND secondaries.
   * @default none
   */
  readonly secondaries?: readonly IHost[];
  /**
   * The hosts of the resolvers.
   * @default none
   */
  readonly resolvers?: readonly IHost[];
  /**
   * The host of the DHCP server.
   * @default none
   */
  readonly dhcpServer?: IHost;
  /**
   * The monitoring server, which the firewall lets scrape every host's node exporter.
   * @default none
   */
  readonly monitoringServer?: IHost;
}

/** The names of an environment's TSIG keys (of its key files and in its configuration). */
export interface TsigKeyNames {
  /**
   * The key transfers and notifies are signed with, `<env>-transfer`.
   * @default none: no transferKey
   */
  readonly transfer?: string;
  /**
   * The key dynamic updates are signed with, `<env>-update`.
   * @default none: no updateKey
   */
  readonly update?: string;
}

/** Where a resolver listens and whom it asks, when not where the model puts them (a test on loopback). */
export interface UnboundOptions {
  /**
   * Addresses it listens on.
   * @default the host's address and 127.0.0.1
   */
  readonly interfaces?: readonly string[];
  /**
   * Port it listens on.
   * @default 53
   */
  readonly port?: number;
  /**
   * The authoritative servers it asks for the internal zones.
   * @default the BIND primary and secondaries of the model
   */
  readonly authoritative?: readonly BindPeer[];
  /**
   * Extra lines for its server clause.
   * @default none
   */
  readonly extra?: readonly string[];
}

/** Where Kea keeps its leases and which interfaces it serves, when not the defaults. */
export interface KeaOptions {
  /**
   * Lease file.
   * @default `/var/lib/kea/kea-leases4.csv`
   */
  readonly leaseFile?: string;
  /**
   * Interfaces served.
   * @default every interface
   */
  readonly interfaces?: readonly string[];
}

/** Where kea-dhcp-ddns finds its key and sends its updates, when not where the model puts them (a test). */
export interface KeaDdnsOptions {
  /**
   * The file with the update key's entry.
   * @default `/etc/kea/tsig-keys.json`
   */
  readonly keyFile?: string;
  /**
   * The primary it updates.
   * @default the model's BIND primary, port 53
   */
  readonly primary?: BindPeer;
  /**
   * The port it listens on at 127.0.0.1.
   * @default 53001
   */
  readonly port?: number;
}

/** The registry's kind for network plans (one per environment). */
export const NETWORK_PLANS = new DeclarationKind<NetworkPlan>("network-plans");

/** Where the kea_dhcp4 role writes the update key's entry for kea-dhcp-ddns. */
const KEA_DDNS_KEY_FILE = "/etc/kea/tsig-keys.json";
/** The port kea-dhcp-ddns listens on at 127.0.0.1 (Kea's default). */
const KEA_DDNS_PORT = 53001;

/** Port of the node exporter the monitoring server scrapes on every host. */
const NODE_EXPORTER_PORT = 9100;

/**
 * The network services of an environment, derived from what its constructs declare: the
 * authoritative zones (every host, Proxmox node, VIP, cluster API, ingress, Vault and app name
 * and every publication's internal name; a reverse zone per network) served by a BIND9 primary and
 * its secondaries with transfers and notifies signed by a TSIG key from Vault; Unbound resolvers
 * that ask those servers for the internal zones, the upstreams for the rest, and answer the
 * blocklist NXDOMAIN; Kea DHCPv4 with each network's pool and a reservation for every host with a
 * MAC address; and an nftables ruleset per host, default deny inbound, open where the services
 * declare they are reached.
 *
 * It creates no Terraform resources: {@link NetworkPlan.files} are written under `network/<env>/`
 * by `writeNetwork`, and the inventory groups `bind_primary`, `bind_secondary`, `unbound_resolver`,
 * `kea_dhcp4` and `host_firewall` let Ansible deploy them.
 *
 * @example
 * ```ts
 * new NetworkPlan(stack, "Network", {
 *   environment: prod,
 *   primary: ocean,
 *   spec: {
 *     dns: {
 *       primary: "Ocean",
 *       transferKey: { mount: "secret", path: "homelab/prod/dns", field: "transfer_key" },
 *     },
 *   },
 * });
 * ```
 */
export class NetworkPlan extends Construct implements InventorySource {
  /** The environment of the inventory hosts. */
  public readonly inventoryEnvironment: string;
  /** The spec. */
  public readonly spec: NetworkServicesSpec;
  /** The host of the BIND primary. */
  public readonly primary: IHost;
  /** The hosts of the BIND secondaries. */
  public readonly secondaries: readonly IHost[];
  /** The hosts of the resolvers. */
  public readonly resolvers: readonly IHost[];
  /** The host of the DHCP server, if any. */
  public readonly dhcpServer?: IHost;
  private readonly environment: SiteEnvironment;
  private readonly monitoringServer?: IHost;

  constructor(scope: Construct, id: string, props: NetworkPlanProps) {
    super(scope, id);
    this.environment = props.environment;
    this.inventoryEnvironment = props.environment.name;
    this.spec = props.spec;
    this.primary = props.primary;
    this.secondaries = props.secondaries ?? [];
    this.resolvers = props.resolvers ?? [];
    this.dhcpServer = props.dhcpServer;
    this.monitoringServer = props.monitoringServer;
    this.validate();
    this.declare();
    this.node.addValidation({ validate: () => this.synthProblems() });
    deriveAtSynth(this, () => this.warn());
  }

  /** The TSIG key names (`<env>-transfer`, `<env>-update`), for the key files and the configuration. */
  public get keyNames(): TsigKeyNames {
    const env = this.environment.name;
    return {
      ...(this.spec.dns.transferKey ? { transfer: `${env}-transfer` } : {}),
      ...(this.spec.dns.updateKey ? { update: `${env}-update` } : {}),
    };
  }

  /** Every address record of the environment, read from the declarations at synth. */
  public get records(): AddressRecord[] {
    const env = this.environment;
    const out: AddressRecord[] = [
      ...hostsOf(this, env.name).map((h) => ({
        name: `${h.hostname}.${env.domain}`,
        address: h.ipv4,
        declaredBy: `host ${h.hostname}`,
        canonical: true,
      })),
      ...proxmoxOf(env).nodes.map((n) => ({
        name: `${n.name}.${env.domain}`,
        address: n.apiAddress,
        declaredBy: `Proxmox node ${n.name}`,
        canonical: true,
      })),
      ...declaredIn(this, NAMES, env.name).map((d) => ({ name: d.entry.name, address: d.entry.address, declaredBy: d.entry.declaredBy })),
      ...declaredIn(this, PUBLICATIONS, env.name).flatMap((d) => {
        const host = /^[a-z]+:\/\/([^/:]+)/.exec(d.entry.internalUrl)?.[1];
        return host && parseIpv4(host) !== undefined
          ? [{ name: `${d.entry.name}.${env.domain}`, address: host, declaredBy: `publication ${d.entry.name}` }]
          : [];
      }),
      ...Object.entries(this.spec.dns.records ?? {}).map(([label, address]) => ({
        name: `${label}.${env.domain}`,
        address,
        declaredBy: `network.dns.records.${label}`,
      })),
    ];
    return out;
  }

  /**
   * The zones: the forward zone of the environment's domain, a reverse zone per network, and with
   * an update key the dynamic zone `dhcp.<domain>`, delegated from the forward zone.
   */
  public get zoneNames(): string[] {
    const reverse = Object.values(this.environment.networks)
      .map((n) => reverseZoneOf(n.cidr))
      .filter((z): z is string => z !== undefined);
    return [this.environment.domain, ...new Set(reverse), ...(this.dynamicZone ? [this.dynamicZone] : [])];
  }

  /** The zone DHCP clients' names go to by dynamic update, with an update key. */
  public get dynamicZone(): string | undefined {
    return this.spec.dns.updateKey ? `dhcp.${this.environment.domain}` : undefined;
  }

  /**
   * The generated files, by path under `network/<env>/`. `previous` gives the committed version of a
   * file: a zone's serial stays the committed one while its content does not change.
   */
  public files(
    previous: PreviousFile = () => undefined,
    layout: (host: IHost) => BindLayout = (h) => ({ listen: [h.ipv4, "127.0.0.1"] }),
  ): Record<string, string> {
    const env = this.environment.name;
    const out: Record<string, string> = {};
    for (const [name, text] of Object.entries(this.zoneFiles(previous))) out[`dns/zones/${name}`] = text;
    const z = this.bindZones;
    const peer = (h: IHost): BindPeer => ({ address: layout(h).source ?? layout(h).listen[0], port: layout(h).port });
    out[`dns/${this.primary.hostname}/named.conf.options`] = namedOptions(layout(this.primary), env);
    out[`dns/${this.primary.hostname}/named.conf.local`] = primaryZonesConf(z, layout(this.primary), this.secondaries.map(peer), env);
    for (const s of this.secondaries) {
      out[`dns/${s.hostname}/named.conf.options`] = namedOptions(layout(s), env);
      out[`dns/${s.hostname}/named.conf.local`] = secondaryZonesConf(z, layout(s), peer(this.primary), env);
    }
    for (const r of this.resolvers) out[`resolver/${r.hostname}/unbound.conf`] = this.unbound(r);
    if (this.dhcpServer) out["dhcp/kea-dhcp4.conf"] = `${JSON.stringify(this.kea(), null, 2)}\n`;
    if (this.dhcpServer && this.dynamicZone) out["dhcp/kea-dhcp-ddns.conf"] = this.keaDdns();
    if (this.spec.firewall) for (const h of hostsOf(this, env)) out[`firewall/${h.hostname}.nft`] = nftRuleset(this.firewallOf(h), env);
    return out;
  }

  /** The zone files by file name (`db.<zone>`). */
  public zoneFiles(previous: PreviousFile = () => undefined): Record<string, string> {
    const records = this.records;
    const domain = this.environment.domain;
    const ns = [this.primary, ...this.secondaries].map((h) => `${h.hostname}.${domain}`);
    const ttlSeconds = this.spec.dns.ttlSeconds ?? 3600;
    const out: Record<string, string> = {};
    for (const zone of this.zoneNames) {
      const delegation = zone === domain && this.dynamicZone ? ns.map((n) => `${ownerIn(this.dynamicZone!, domain)} IN NS ${n}.`) : [];
      const lines =
        zone === this.dynamicZone ? [] : zone === domain ? [...delegation, ...forwardRecords(zone, records)] : reverseRecords(zone, records);
      const file = `db.${zone}`;
      out[file] = zoneFile(
        { name: zone, primary: ns[0], nameServers: ns, ttlSeconds, records: lines },
        this.environment.name,
        previous(`dns/zones/${file}`),
      );
    }
    return out;
  }

  /** The zones and keys the BIND servers share. */
  public get bindZones(): BindZones {
    const k = this.keyNames;
    return {
      zones: this.zoneNames,
      forwardZone: this.environment.domain,
      dynamicZone: this.dynamicZone,
      transferKey: k.transfer,
      updateKey: k.update,
    };
  }

  /** The unbound.conf of resolver `host`, asking `authoritative` (the BIND servers, by default where the model puts them). */
  public unbound(host: IHost, options: UnboundOptions = {}): string {
    const r = this.spec.resolvers!;
    return unboundConf(
      {
        interfaces: options.interfaces ?? [host.ipv4, "127.0.0.1"],
        port: options.port,
        clients: Object.values(this.environment.networks).map((n) => n.cidr),
        internalZones: this.zoneNames,
        authoritative: options.authoritative ?? [this.primary, ...this.secondaries].map((h) => ({ address: h.ipv4 })),
        upstreams: r.upstreams.map((address) => ({ address })),
        blocked: [...(r.blocklist ?? [])].sort(),
        blocklistFile: r.blocklistFile,
        extraServer: options.extra,
      },
      this.environment.name,
    );
  }

  /** The DNS servers DHCP hands out: the resolvers, or the networks' own when the model has none. */
  private get clientDnsServers(): string[] {
    if (this.resolvers.length > 0) return this.resolvers.map((r) => r.ipv4);
    return [...new Set(Object.values(this.environment.networks).flatMap((n) => n.dnsServers))];
  }

  /** The hosts of the environment (every one gets a ruleset with `firewall`). */
  public get hosts(): IHost[] {
    return hostsOf(this, this.environment.name);
  }

  /** Every host with a MAC address, as a reservation. */
  public get reservations(): DhcpReservation[] {
    return hostsOf(this, this.environment.name)
      .filter((h) => h.macAddress !== undefined)
      .map((h) => ({ hostname: h.hostname, macAddress: h.macAddress!, address: h.ipv4 }));
  }

  /** kea-dhcp4.conf as an object. */
  public kea(options: KeaOptions = {}): Record<string, unknown> {
    return keaDhcp4Conf({
      networks: this.environment.networks,
      dnsServers: this.clientDnsServers,
      domain: this.environment.domain,
      reservations: this.reservations,
      leaseSeconds: this.spec.dhcp?.leaseSeconds ?? 86400,
      ...(this.dynamicZone ? { ddns: { zone: this.dynamicZone, port: KEA_DDNS_PORT } } : {}),
      ...options,
    });
  }

  /**
   * kea-dhcp-ddns.conf: the DHCP clients' names to the primary's dynamic zone, with the update key
   * (its entry written by Ansible from Vault into `keyFile`).
   */
  public keaDdns(options: KeaDdnsOptions = {}): string {
    return keaDdnsConf({
      zone: this.dynamicZone!,
      keyName: this.keyNames.update!,
      keyFile: options.keyFile ?? KEA_DDNS_KEY_FILE,
      primary: options.primary ?? { address: this.primary.ipv4 },
      port: options.port ?? KEA_DDNS_PORT,
    });
  }

  /** The inbound firewall of `host`: SSH from the admin networks, its cluster peers, what it serves. */
  public firewallOf(host: IHost): HostFirewall {
    const env = this.environment;
    const lan = Object.values(env.networks).map((n) => n.cidr);
    const addresses = new Map(hostsOf(this, env.name).map((h) => [h.hostname, h.ipv4]));
    const peers = new Set<string>();
    for (const g of declarations(this, HOST_GROUPS).filter((d) => d.entry.environment === env.name)) {
      const members = g.entry.members.map((m) => m.hostname);
      if (!members.includes(host.hostname)) continue;
      for (const m of members) if (m !== host.hostname && addresses.has(m)) peers.add(addresses.get(m)!);
    }
    // Pods and services reach their nodes (the API through its service address, exporters on the host network).
    for (const c of declarations(this, KUBERNETES_CLUSTERS).map((d) => d.entry))
      if (c.environmentName === env.name && c.nodes.some((n) => n.hostname === host.hostname))
        for (const cidr of c.clusterCidrs ?? []) peers.add(cidr);
    const allows: FirewallAllow[] = [];
    const seen = new Set<string>();
    const allow = (a: FirewallAllow) => {
      const key = `${a.protocol}/${a.port}/${a.from.join(",")}`;
      if (seen.has(key)) return;
      allows.push(a);
      seen.add(key);
    };
    const scraper = this.monitoringServer && this.monitoringServer.hostname !== host.hostname ? this.monitoringServer.ipv4 : undefined;
    for (const s of declaredIn(this, SERVICES, env.name)
      .filter((d) => d.entry.host === host.hostname)
      .map((d) => d.entry)) {
      const protocol = s.protocol === "udp" ? "udp" : "tcp";
      // A metrics endpoint answers the monitoring server alone (on its own host, Prometheus comes over loopback).
      if (s.exposure === "monitoring" && scraper)
        allow({ protocol, port: s.port, from: [scraper], why: `service ${s.name}, scraped by the monitoring server` });
      if ((s.exposure ?? "network") === "network")
        allow({ protocol, port: s.port, from: lan, why: `service ${s.name}, from the environment's networks` });
    }
    if (scraper) allow({ protocol: "tcp", port: NODE_EXPORTER_PORT, from: [scraper], why: "node exporter, scraped by the monitoring server" });
    const dns = [this.primary, ...this.secondaries, ...this.resolvers].some((h) => h.hostname === host.hostname);
    if (dns) for (const protocol of ["udp", "tcp"] as const) allow({ protocol, port: 53, from: lan, why: "DNS, from the environment's networks" });
    if (this.dhcpServer?.hostname === host.hostname) allow({ protocol: "udp", port: 67, from: [], why: "DHCP (clients have no address yet)" });
    return { hostname: host.hostname, adminCidrs: this.spec.firewall?.adminCidrs ?? [], peers: [...peers], allows };
  }

  /** The groups `bind_primary`, `bind_secondary`, `unbound_resolver`, `kea_dhcp4` and `host_firewall`. */
  public get inventory(): InventoryFragment {
    const env = this.environment.name;
    const dir = `network/${env}`;
    const keys = (names: ReadonlyArray<readonly [string | undefined, VaultSecretRef | undefined]>) =>
      names.filter(([n, r]) => n && r).map(([name, ref]) => ({ name, vault_path: vaultLookupPath(ref!) }));
    const k = this.keyNames;
    const groups: Record<string, { hosts?: Record<string, Record<string, unknown>>; vars?: Record<string, unknown> }> = {
      bind_primary: {
        hosts: { [this.primary.hostname]: {} },
        vars: {
          bind_mode: "primary",
          bind_files: `${dir}/dns`,
          bind_dynamic_zone: this.dynamicZone ?? "",
          bind_keys: keys([
            [k.transfer, this.spec.dns.transferKey],
            [k.update, this.spec.dns.updateKey],
          ]),
        },
      },
    };
    if (this.secondaries.length > 0)
      groups.bind_secondary = {
        hosts: Object.fromEntries(this.secondaries.map((h) => [h.hostname, {}])),
        vars: { bind_mode: "secondary", bind_files: `${dir}/dns`, bind_keys: keys([[k.transfer, this.spec.dns.transferKey]]) },
      };
    if (this.resolvers.length > 0)
      groups.unbound_resolver = {
        hosts: Object.fromEntries(this.resolvers.map((h) => [h.hostname, {}])),
        vars: { unbound_files: `${dir}/resolver` },
      };
    if (this.dhcpServer)
      groups.kea_dhcp4 = {
        hosts: { [this.dhcpServer.hostname]: {} },
        vars: {
          kea_files: `${dir}/dhcp`,
          ...(this.dynamicZone ? { kea_ddns_key: { name: k.update, vault_path: vaultLookupPath(this.spec.dns.updateKey!) } } : {}),
        },
      };
    if (this.spec.firewall)
      groups.host_firewall = {
        hosts: Object.fromEntries(hostsOf(this, env).map((h) => [h.hostname, {}])),
        vars: { host_firewall_files: `${dir}/firewall` },
      };
    return { groups };
  }

  private validate(): void {
    const s = this.spec;
    const check = new Problems(this.node.path);
    const secondaries = s.dns.secondaries ?? [];
    if (secondaries.length > 0 && !s.dns.transferKey)
      check.add(
        "dns.secondaries",
        "names secondaries, but dns.transferKey is not set, so they could not transfer the zones",
        secondaries,
        "set dns.transferKey to the TSIG secret in Vault, " +
          `e.g. { mount: "secret", path: "homelab/${this.environment.name}/dns", field: "transfer_key" }`,
      );
    const servers = [s.dns.primary, ...secondaries];
    for (const key of s.resolvers?.hosts ?? [])
      if (servers.includes(key))
        check.add("resolvers.hosts", "names a host that runs BIND too: both would listen on port 53", key, "run the resolver on another host");
    if (new Set(servers).size !== servers.length)
      check.add("dns.secondaries", "names the primary or a host twice", secondaries, "name each secondary once, not the primary");
    for (const label of Object.keys(s.dns.records ?? {}))
      checkDnsName(
        check,
        `dns.records["${label}"]`,
        label,
        "use lower-case letters, digits and '-' between dots, e.g. \"nas\"",
        "is not a DNS name under the domain",
      );
    for (const [label, address] of Object.entries(s.dns.records ?? {}))
      checkIpv4(check, `dns.records["${label}"]`, address, 'write it like "192.168.1.10"');
    (s.resolvers?.upstreams ?? []).forEach((u, i) => checkIpv4(check, `resolvers.upstreams[${i}]`, u, 'write it like "1.1.1.1"'));
    (s.resolvers?.blocklist ?? []).forEach((d, i) => checkDnsName(check, `resolvers.blocklist[${i}]`, d, 'write it like "ads.example.com"'));
    (s.firewall?.adminCidrs ?? []).forEach((c, i) => checkCidr(check, `firewall.adminCidrs[${i}]`, c, 'write it like "192.168.1.0/24"'));
    check.throwIfAny();
  }

  /** Ansible reads the TSIG keys; the hosts join the inventory. */
  private declare(): void {
    for (const ref of [this.spec.dns.transferKey, this.spec.dns.updateKey])
      if (ref) declareSecretAccess(this, { ...ref, access: "read", by: "ansible" });
    declareInventorySource(this);
    declare(this, NETWORK_PLANS, this);
  }

  /** What only the whole app can tell: names that are not DNS names or that answer two addresses, reservations, pools. */
  private synthProblems(): string[] {
    const problems: string[] = [];
    const byName = new Map<string, AddressRecord[]>();
    for (const r of this.records) byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
    for (const [name, rs] of byName) {
      if (!isDnsName(name.replace(/^\*\./, "")))
        problems.push(
          message(
            "dns",
            `would serve the name ${rs[0].declaredBy} declares, which is not a DNS name`,
            name,
            "rename it: lower-case letters, digits and '-' between dots",
          ),
        );
      const addresses = [...new Set(rs.map((r) => r.address))];
      const by = [...new Set(rs.map((r) => r.declaredBy))];
      if (addresses.length > 1 && by.length > 1)
        problems.push(
          message("dns", `would answer ${name} with ${addresses.join(" and ")}, declared by ${quoted(by)}`, name, "give each of them its own name"),
        );
    }
    if (this.dhcpServer) {
      const holders: AddressHolder[] = this.records.map((r) => ({ address: r.address, what: `${r.name} (${r.declaredBy})` }));
      problems.push(...dhcpProblems(this.environment.networks, this.reservations, holders));
    }
    return problems;
  }

  private warn(): void {
    const env = this.environment;
    const zones = this.zoneNames;
    for (const r of this.records.filter((x) => parseIpv4(x.address) !== undefined)) {
      if (!zones.some((z) => ownerIn(r.name, z) !== undefined))
        Annotations.of(this).addWarning(`${r.name} (${r.declaredBy}) is in no zone of ${env.name}, so the internal DNS does not answer it`);
    }
    const handed = [...new Set(Object.values(env.networks).flatMap((n) => n.dnsServers))];
    const resolvers = this.resolvers.map((r) => r.ipv4);
    if (resolvers.length > 0 && handed.join(",") !== resolvers.join(","))
      Annotations.of(this).addWarning(
        `the networks' dnsServers (${handed.join(", ")}) are not the resolvers (${resolvers.join(", ")}): ` +
          "VMs configured by cloud-init ask the former, DHCP clients the latter",
      );
  }
}
