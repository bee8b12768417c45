import { allOptional, flag, integer, list, object, optional, PLAIN_KEY, record, Shape, text } from "../core";
import { SECRET_REF } from "../site";
import type { DhcpSpec, DnsSpec, FirewallSpec, NetworkServicesSpec, ResolverSpec } from "./model";

// The structure of a site's network services (see core/shape.ts); what it means is checked by NetworkPlan.

const DNS: Shape<DnsSpec> = object<DnsSpec>("the DNS { primary, secondaries, transferKey, updateKey, ttlSeconds, records }", {
  primary: text(),
  ...allOptional({
    secondaries: list(text()),
    transferKey: SECRET_REF,
    updateKey: SECRET_REF,
    ttlSeconds: integer(60, 604800, "seconds"),
    records: record(text(), PLAIN_KEY),
  }),
});

const RESOLVERS: Shape<ResolverSpec> = object<ResolverSpec>("the resolvers { hosts, upstreams, blocklist, blocklistFile }", {
  hosts: list(text(), { min: 1 }),
  upstreams: list(text(), { min: 1 }),
  ...allOptional({ blocklist: list(text()), blocklistFile: text() }),
});

const DHCP: Shape<DhcpSpec> = object<DhcpSpec>("the DHCP { server, leaseSeconds }", {
  server: text(),
  leaseSeconds: optional(integer(300, 31536000, "seconds")),
});

const FIREWALL: Shape<FirewallSpec> = object<FirewallSpec>("the firewall { adminCidrs, proxmox }", {
  adminCidrs: list(text(), { min: 1 }),
  proxmox: optional(flag()),
});

/** The structure of a site's `network`. */
export const NETWORK_SERVICES_SPEC: Shape<NetworkServicesSpec> = object<NetworkServicesSpec>(
  "the network services { dns, resolvers, dhcp, firewall }",
  {
    dns: DNS,
    ...allOptional({ resolvers: RESOLVERS, dhcp: DHCP, firewall: FIREWALL }),
  },
);
