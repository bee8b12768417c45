import {
  checkCidr,
  checkDnsLabel,
  checkDnsName,
  checkIntegerRange,
  checkIpv4,
  checkKvMount,
  checkSecretPath,
  checkSshPublicKey,
  checkUnique,
  checkUrl,
  formatIpv4,
  inSpan,
  Ipv4Span,
  parseCidr,
  parseIpv4,
  problem,
  ProblemSink,
  spansOverlap,
} from "../core";
import { AddressRange, NetworkSpec, SiteEnvironment, proxmoxOf } from "./model";

/**
 * Checks that an environment description is self-consistent and that every value written in a
 * known format parses as that format: names, domains, node API addresses, SSH public keys, the Vault
 * address, storages (unique per node; a shared storage listed the same on every node), canonical
 * CIDRs, gateways, DNS servers, pools and reserved ranges inside their networks and apart from each
 * other, unique node names and mappings. Returns every problem found, each naming `path`, the field,
 * the value and the fix.
 */
export function validateEnvironment(path: string, env: SiteEnvironment, fieldPrefix = ""): string[] {
  const found: string[] = [];
  const add = (prop: string, what: string, got: unknown, fix: string) => found.push(problem(path, `${fieldPrefix}${prop}`, what, got, fix));
  const check: ProblemSink = { add };

  if (!/^[a-z][a-z0-9]*$/.test(env.name)) {
    add(fieldPrefix ? "name" : "environment.name", "must be lower-case letters and digits", env.name, 'use a short name such as "prod" or "lab"');
  }

  checkDnsName(check, "domain", env.domain, 'write it like "home.arpa"');
  // Parsed in full: the key blob must decode and be the key its type says (the cloud-init of every VM takes it as is).
  env.sshPublicKeys.forEach((key, i) => checkSshPublicKey(check, `sshPublicKeys[${i}]`, key));
  const vaultWhat = "is not an http(s) URL of a Vault server";
  checkUrl(check, "vault.address", env.vault.address, 'write it like "https://vault.home.arpa:8200"', vaultWhat, { originOnly: true });
  checkKvMount(
    check,
    "vault.kvMount",
    env.vault.kvMount,
    'name the KV v2 mount, e.g. "secret"',
    "must be a KV v2 mount name (letters, digits, '_' and '-')",
  );
  // Every stack's pipeline (or Terraform, with credentials from Vault) reads the Proxmox credentials here.
  if (env.vault.proxmoxSecret !== undefined)
    checkSecretPath(
      check,
      "vault.proxmoxSecret",
      env.vault.proxmoxSecret,
      `write the path under vault.kvMount of the secret with endpoint and api_token, e.g. "homelab/${env.name}/proxmox"`,
    );
  if (env.proxmox && proxmoxOf(env).nodes.length === 0) add("proxmox.nodes", "is empty", [], "list the Proxmox nodes of the cluster");

  const nodeNames = new Set<string>();
  const mappingOwner = new Map<string, string>();
  const sharedStorages = new Map<string, { node: string; type: string; content: string }>();
  for (const node of proxmoxOf(env).nodes) {
    if (nodeNames.has(node.name)) {
      add("proxmox.nodes", `has node "${node.name}" twice`, node.name, "give every Proxmox node one entry");
    }
    nodeNames.add(node.name);
    const nodeWhat = "is not a Proxmox node name (a DNS label)";
    checkDnsLabel(check, `proxmox.nodes.${node.name}.name`, node.name, 'use the name Proxmox shows, e.g. "pve1"', nodeWhat);
    checkIpv4(check, `proxmox.nodes.${node.name}.apiAddress`, node.apiAddress, 'write it like "192.168.1.5"');
    checkUnique(
      check,
      `proxmox.nodes.${node.name}.storages`,
      node.storages.map((st) => st.name),
      "storage",
      "list each storage of a node once",
    );
    for (const storage of node.storages.filter((st) => st.shared)) {
      const shape = { node: node.name, type: storage.type, content: [...storage.content].sort().join(",") };
      const first = sharedStorages.get(storage.name);
      if (!first) sharedStorages.set(storage.name, shape);
      else if (first.type !== shape.type || first.content !== shape.content) {
        add(
          `proxmox.nodes.${node.name}.storages.${storage.name}`,
          `is shared but differs from its entry on node "${first.node}" (type ${first.type}, content ${first.content})`,
          { type: storage.type, content: storage.content },
          "a shared storage is one storage: give it the same type and content on every node",
        );
      }
    }
    if (!(node.cores > 0) || !(node.memoryMiB > 0)) {
      add(
        `proxmox.nodes.${node.name}`,
        "must have positive cores and memoryMiB",
        { cores: node.cores, memoryMiB: node.memoryMiB },
        "write the capacity guests may use",
      );
    }
    for (const device of node.pciDevices ?? []) {
      const owner = mappingOwner.get(device.mapping);
      if (owner) {
        add(
          `proxmox.nodes.${node.name}.pciDevices`,
          `maps "${device.mapping}" which node "${owner}" already owns`,
          device.mapping,
          "give each hardware mapping one owning node",
        );
      }
      mappingOwner.set(device.mapping, node.name);
    }
  }
  const { cpu, memory } = proxmoxOf(env).overcommit;
  if (!(cpu >= 1) || !(memory >= 1)) {
    add("proxmox.overcommit", "ratios must be at least 1", proxmoxOf(env).overcommit, "use e.g. { cpu: 4, memory: 1 }");
  }

  for (const [name, network] of Object.entries(env.networks)) {
    found.push(...validateNetwork(path, `${fieldPrefix}networks.${name}`, network));
  }
  return found;
}

function validateNetwork(path: string, prefix: string, network: NetworkSpec): string[] {
  const found: string[] = [];
  const add = (prop: string, what: string, got: unknown, fix: string) => found.push(problem(path, `${prefix}.${prop}`, what, got, fix));
  const check: ProblemSink = { add };

  if (!checkCidr(check, "cidr", network.cidr, 'write it like "192.168.1.0/24"')) return found;
  const cidr = parseCidr(network.cidr)!;
  if (cidr.canonical !== network.cidr) {
    add("cidr", "is not a canonical network (host bits set)", network.cidr, `use "${cidr.canonical}" or fix the prefix length`);
  }
  const inside = (prop: string, address: string): number | undefined => {
    if (!checkIpv4(check, prop, address, 'write it like "192.168.1.1"')) return undefined;
    const value = parseIpv4(address)!;
    if (inSpan(value, cidr)) return value;
    add(prop, `is outside ${network.cidr}`, address, `use an address in ${network.cidr}`);
    return undefined;
  };
  inside("gateway", network.gateway);
  checkDnsName(check, "searchDomain", network.searchDomain, 'write it like "home.arpa"');
  if (!/^[A-Za-z][A-Za-z0-9_.-]*$/.test(network.bridge))
    add("bridge", "is not a Linux bridge name", network.bridge, 'use the node\'s bridge, e.g. "vmbr0"');
  network.dnsServers.forEach((server, i) => checkIpv4(check, `dnsServers[${i}]`, server, 'write it like "192.168.1.2"'));
  if (network.vlan !== undefined) checkIntegerRange(check, "vlan", network.vlan, 1, 4094, "use the switch's VLAN id, or omit it for untagged");

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
      add(
        `reserved[${i}]`,
        `(${r.purpose}) overlaps the DHCP pool ${network.dhcpPool.start}-${network.dhcpPool.end}`,
        `${r.start}-${r.end}`,
        "move the range or shrink the DHCP pool",
      );
    }
    for (const other of reserved) {
      if (other.i < i && other.s && spansOverlap(s, other.s)) {
        add(
          `reserved[${i}]`,
          `(${r.purpose}) overlaps reserved[${other.i}] (${other.r.purpose})`,
          `${r.start}-${r.end}`,
          "keep reserved ranges apart",
        );
      }
    }
  }
  const gw = parseIpv4(network.gateway);
  if (gw !== undefined && dhcp && inSpan(gw, dhcp)) {
    add("gateway", "lies inside the DHCP pool", formatIpv4(gw), "exclude the gateway from the DHCP pool");
  }
  return found;
}
