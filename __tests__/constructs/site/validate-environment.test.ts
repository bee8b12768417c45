import { NetworkSpec } from "@homelab/constructs";
import { validateEnvironment } from "../../../constructs/lib/site/validate-environment";
import { testEnvironment } from "../../helpers/fixtures";

const lan = testEnvironment().networks.lan;
const withLan = (change: Partial<NetworkSpec>) => testEnvironment({ networks: { lan: { ...lan, ...change } } });

describe("validateEnvironment", () => {
  test("accepts the test environment", () => {
    expect(validateEnvironment("s", testEnvironment())).toEqual([]);
  });

  test("rejects a non-canonical CIDR with the canonical one as the fix", () => {
    expect(
      validateEnvironment(
        "prod-k3s",
        withLan({ cidr: "10.0.250.0/20", gateway: "10.0.240.1", dnsServers: [], dhcpPool: { start: "10.0.241.0", end: "10.0.241.9" }, reserved: [] }),
      ),
    ).toEqual([
      'prod-k3s: networks.lan.cidr is not a canonical network (host bits set), got "10.0.250.0/20"; use "10.0.240.0/20" or fix the prefix length',
    ]);
  });

  test("rejects a malformed CIDR", () => {
    expect(validateEnvironment("s", withLan({ cidr: "10.9.0.0/40" }))).toEqual([
      's: networks.lan.cidr is not an IPv4 CIDR, got "10.9.0.0/40"; write it like "192.168.1.0/24"',
    ]);
  });

  test("rejects a gateway outside the network, bad DNS servers and a bad VLAN", () => {
    expect(validateEnvironment("s", withLan({ gateway: "10.8.0.1", dnsServers: ["dns.example"], vlan: 5000 }))).toEqual([
      's: networks.lan.gateway is outside 10.9.0.0/24, got "10.8.0.1"; use an address in 10.9.0.0/24',
      's: networks.lan.dnsServers[0] is not an IPv4 address, got "dns.example"; write it like "192.168.1.2"',
      "s: networks.lan.vlan must be an integer from 1 to 4094, got 5000; use the switch's VLAN id, or omit it for untagged",
    ]);
  });

  test("rejects reserved ranges overlapping the DHCP pool or each other, and reversed ranges", () => {
    const problems = validateEnvironment(
      "s",
      withLan({
        reserved: [
          { start: "10.9.0.150", end: "10.9.0.160", purpose: "metallb" },
          { start: "10.9.0.155", end: "10.9.0.155", purpose: "k3s-api-vip" },
          { start: "10.9.0.30", end: "10.9.0.20", purpose: "backwards" },
        ],
      }),
    );
    expect(problems).toEqual([
      's: networks.lan.reserved[2] starts after it ends, got "10.9.0.30-10.9.0.20"; swap start and end',
      "s: networks.lan.reserved[0] (metallb) overlaps the DHCP pool 10.9.0.100-10.9.0.199, " +
        'got "10.9.0.150-10.9.0.160"; move the range or shrink the DHCP pool',
      "s: networks.lan.reserved[1] (k3s-api-vip) overlaps the DHCP pool 10.9.0.100-10.9.0.199, " +
        'got "10.9.0.155-10.9.0.155"; move the range or shrink the DHCP pool',
      's: networks.lan.reserved[1] (k3s-api-vip) overlaps reserved[0] (metallb), got "10.9.0.155-10.9.0.155"; keep reserved ranges apart',
    ]);
  });

  test("rejects a gateway that is not an address", () => {
    expect(validateEnvironment("s", withLan({ gateway: "router" }))).toEqual([
      's: networks.lan.gateway is not an IPv4 address, got "router"; write it like "192.168.1.1"',
    ]);
  });

  test("rejects a DHCP pool outside the network and a gateway inside the pool", () => {
    expect(validateEnvironment("s", withLan({ dhcpPool: { start: "10.9.0.100", end: "10.9.1.10" } }))).toEqual([
      's: networks.lan.dhcpPool.end is outside 10.9.0.0/24, got "10.9.1.10"; use an address in 10.9.0.0/24',
    ]);
    expect(validateEnvironment("s", withLan({ dhcpPool: { start: "10.9.0.1", end: "10.9.0.20" } }))).toEqual([
      's: networks.lan.gateway lies inside the DHCP pool, got "10.9.0.1"; exclude the gateway from the DHCP pool',
    ]);
  });

  test("rejects duplicate nodes, a mapping owned twice, bad capacity, bad overcommit and a bad name", () => {
    const env = testEnvironment();
    const [pve1, pve2] = env.proxmox!.nodes;
    const problems = validateEnvironment("s", {
      ...env,
      name: "Prod",
      proxmox: {
        ...env.proxmox!,
        nodes: [pve1, { ...pve2, cores: 0, pciDevices: [{ mapping: "gpu0", kind: "gpu" }] }, pve1],
        overcommit: { cpu: 0.5, memory: 1 },
      },
    });
    expect(problems).toEqual([
      's: environment.name must be lower-case letters and digits, got "Prod"; use a short name such as "prod" or "lab"',
      's: proxmox.nodes.pve2 must have positive cores and memoryMiB, got {"cores":0,"memoryMiB":8192}; write the capacity guests may use',
      's: proxmox.nodes.pve2.pciDevices maps "gpu0" which node "pve1" already owns, got "gpu0"; give each hardware mapping one owning node',
      's: proxmox.nodes has node "pve1" twice, got "pve1"; give every Proxmox node one entry',
      's: proxmox.nodes.pve1.pciDevices maps "gpu0" which node "pve2" already owns, got "gpu0"; give each hardware mapping one owning node',
      's: proxmox.nodes.pve1.pciDevices maps "nic0" which node "pve1" already owns, got "nic0"; give each hardware mapping one owning node',
      's: proxmox.overcommit ratios must be at least 1, got {"cpu":0.5,"memory":1}; use e.g. { cpu: 4, memory: 1 }',
    ]);
  });

  test("every value written in a known format is parsed as that format", () => {
    const env = testEnvironment();
    const bad = testEnvironment({
      domain: "Home Lab",
      sshPublicKeys: ["AAAAC3NzaC1lZDI1NTE5AAAAITestKeyWithoutItsType"],
      vault: { ...env.vault, address: "vault.example:8200" },
      proxmox: {
        ...env.proxmox!,
        nodes: [
          { ...env.proxmox!.nodes[0], apiAddress: "pve1.example", storages: [...env.proxmox!.nodes[0].storages, env.proxmox!.nodes[0].storages[0]] },
          env.proxmox!.nodes[1],
        ],
      },
      networks: { lan: { ...lan, searchDomain: "under_score", bridge: "vmbr 0" } },
    });
    expect(validateEnvironment("s", bad)).toEqual([
      's: domain is not a DNS domain, got "Home Lab"; write it like "home.arpa"',
      "s: sshPublicKeys[0] is not an OpenSSH public key line (it does not start with a key type), " +
        'got "AAAAC3NzaC1lZDI1NTE5AAAAITestKeyWithoutI..."; paste the whole line of the .pub file, e.g. "ssh-ed25519 AAAA... user@host"',
      's: vault.address is not an http(s) URL of a Vault server, got "vault.example:8200"; write it like "https://vault.home.arpa:8200"',
      's: proxmox.nodes.pve1.apiAddress is not an IPv4 address, got "pve1.example"; write it like "192.168.1.5"',
      's: proxmox.nodes.pve1.storages list a storage more than once, got ["local"]; list each storage of a node once',
      's: networks.lan.searchDomain is not a DNS domain, got "under_score"; write it like "home.arpa"',
      's: networks.lan.bridge is not a Linux bridge name, got "vmbr 0"; use the node\'s bridge, e.g. "vmbr0"',
    ]);
  });

  test("a shared storage must be the same storage on every node that lists it", () => {
    const env = testEnvironment();
    const nas = { name: "nas", type: "nfs", content: ["images", "import"] as const, shared: true };
    const nodes = [
      { ...env.proxmox!.nodes[0], storages: [...env.proxmox!.nodes[0].storages, { ...nas, content: [...nas.content] }] },
      { ...env.proxmox!.nodes[1], storages: [...env.proxmox!.nodes[1].storages, { ...nas, type: "cifs", content: [...nas.content] }] },
    ];
    expect(validateEnvironment("s", testEnvironment({ proxmox: { ...env.proxmox!, nodes } }))).toEqual([
      's: proxmox.nodes.pve2.storages.nas is shared but differs from its entry on node "pve1" (type nfs, content images,import), ' +
        'got {"type":"cifs","content":["images","import"]}; ' +
        "a shared storage is one storage: give it the same type and content on every node",
    ]);
  });
});
