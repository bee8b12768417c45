import { problem } from "../core/errors";
import { formatIpv4, inSpan, Ipv4Span, parseCidr, parseIpv4, spansOverlap } from "./ipv4";
import { AddressRange, NetworkSpec, SiteEnvironment } from "../site/model";

/**
 * Checks that an environment description is self-consistent: canonical CIDRs, gateways, pools and
 * reserved ranges inside their networks and apart from each other, unique node names and mappings.
 * Returns every problem found, each naming `path`, the field, the value and the fix.
 */
export function validateEnvironment(path: string, env: SiteEnvironment): string[] {
  const found: string[] = [];
  const add = (prop: string, what: string, got: unknown, fix: string) => found.push(problem(path, prop, what, got, fix));

  if (!/^[a-z][a-z0-9]*$/.test(env.name)) {
    add("environment.name", "must be lower-case letters and digits", env.name, "use a short name such as \"prod\" or \"lab\"");
  }

  const nodeNames = new Set<string>();
  const mappingOwner = new Map<string, string>();
  for (const node of env.proxmox.nodes) {
    if (nodeNames.has(node.name)) {
      add("proxmox.nodes", `has node "${node.name}" twice`, node.name, "give every Proxmox node one entry");
    }
    nodeNames.add(node.name);
    if (!(node.cores > 0) || !(node.memoryMiB > 0)) {
      add(`proxmox.nodes.${node.name}`, "must have positive cores and memoryMiB", { cores: node.cores, memoryMiB: node.memoryMiB }, "write the capacity guests may use");
    }
    for (const device of node.pciDevices ?? []) {
      const owner = mappingOwner.get(device.mapping);
      if (owner) {
        add(`proxmox.nodes.${node.name}.pciDevices`, `maps "${device.mapping}" which node "${owner}" already owns`, device.mapping, "give each hardware mapping one owning node");
      }
      mappingOwner.set(device.mapping, node.name);
    }
  }
  const { cpu, memory } = env.proxmox.overcommit;
  if (!(cpu >= 1) || !(memory >= 1)) {
    add("proxmox.overcommit", "ratios must be at least 1", env.proxmox.overcommit, "use e.g. { cpu: 4, memory: 1 }");
  }

  for (const [name, network] of Object.entries(env.networks)) {
    found.push(...validateNetwork(path, `networks.${name}`, network));
  }
  return found;
}

function validateNetwork(path: string, prefix: string, network: NetworkSpec): string[] {
  const found: string[] = [];
  const add = (prop: string, what: string, got: unknown, fix: string) => found.push(problem(path, `${prefix}.${prop}`, what, got, fix));

  const cidr = parseCidr(network.cidr);
  if (!cidr) {
    add("cidr", "is not an IPv4 CIDR", network.cidr, "write it like \"192.168.1.0/24\"");
    return found;
  }
  if (cidr.canonical !== network.cidr) {
    add("cidr", "is not a canonical network (host bits set)", network.cidr, `use "${cidr.canonical}" or fix the prefix length`);
  }
  const inside = (prop: string, address: string): number | undefined => {
    const value = parseIpv4(address);
    if (value === undefined) add(prop, "is not an IPv4 address", address, "write it like \"192.168.1.1\"");
    else if (!inSpan(value, cidr)) add(prop, `is outside ${network.cidr}`, address, `use an address in ${network.cidr}`);
    else return value;
    return undefined;
  };
  inside("gateway", network.gateway);
  network.dnsServers.forEach((server, i) => {
    if (parseIpv4(server) === undefined) add(`dnsServers[${i}]`, "is not an IPv4 address", server, "write it like \"192.168.1.2\"");
  });
  if (network.vlan !== undefined && !(Number.isInteger(network.vlan) && network.vlan >= 1 && network.vlan <= 4094)) {
    add("vlan", "must be an integer from 1 to 4094", network.vlan, "use the switch's VLAN id, or omit it for untagged");
  }

  const span = (prop: string, range: AddressRange): Ipv4Span | undefined => {
    const first = inside(`${prop}.start`, range.start);
    const last = inside(`${prop}.end`, range.end);
    if (first === undefined || last === undefined) return undefined;
    if (first > last) {
      add(prop, "starts after it ends", `${range.start}-${range.end}`, "swap start and end");
      return undefined;
    }
    return { first, last };
  };
  const dhcp = span("dhcpPool", network.dhcpPool);
  const reserved = (network.reserved ?? []).map((r, i) => ({ r, i, s: span(`reserved[${i}]`, r) }));
  for (const { r, i, s } of reserved) {
    if (!s) continue;
    if (dhcp && spansOverlap(s, dhcp)) {
      add(`reserved[${i}]`, `(${r.purpose}) overlaps the DHCP pool ${network.dhcpPool.start}-${network.dhcpPool.end}`, `${r.start}-${r.end}`, "move the range or shrink the DHCP pool");
    }
    for (const other of reserved) {
      if (other.i < i && other.s && spansOverlap(s, other.s)) {
        add(`reserved[${i}]`, `(${r.purpose}) overlaps reserved[${other.i}] (${other.r.purpose})`, `${r.start}-${r.end}`, "keep reserved ranges apart");
      }
    }
  }
  const gw = parseIpv4(network.gateway);
  if (gw !== undefined && dhcp && inSpan(gw, dhcp)) {
    add("gateway", "lies inside the DHCP pool", formatIpv4(gw), "exclude the gateway from the DHCP pool");
  }
  return found;
}
