/**
 * The network domain's pure parts: the zone serial that follows the content, reverse zone names,
 * PTR choice, the DHCP checks with their exact messages, and the nftables ruleset's shape.
 */
import { dhcpProblems, forwardRecords, nftRuleset, reverseRecords, reverseZoneOf, serialOf, zoneFile } from "@homelab/constructs";

const lan = {
  cidr: "192.168.1.0/24",
  gateway: "192.168.1.1",
  bridge: "vmbr0",
  dnsServers: ["192.168.1.2"],
  searchDomain: "home.arpa",
  dhcpPool: { start: "192.168.1.200", end: "192.168.1.249" },
};

describe("zone serials", () => {
  const zone = (records: string[]) => ({ name: "home.arpa", primary: "ns1.home.arpa", nameServers: ["ns1.home.arpa"], ttlSeconds: 300, records });

  test("start at 1, stay while the content stays, and go up by one when it changes", () => {
    const first = zoneFile(zone(["a IN A 192.168.1.10"]), "prod");
    expect(serialOf(first)).toBe(1);
    expect(zoneFile(zone(["a IN A 192.168.1.10"]), "prod", first)).toBe(first);
    const second = zoneFile(zone(["a IN A 192.168.1.11"]), "prod", first);
    expect(serialOf(second)).toBe(2);
    expect(serialOf(zoneFile(zone(["a IN A 192.168.1.12"]), "prod", second))).toBe(3);
    // A TTL change is a content change too.
    expect(serialOf(zoneFile({ ...zone(["a IN A 192.168.1.11"]), ttlSeconds: 600 }, "prod", second))).toBe(3);
  });
});

describe("reverse zones", () => {
  test("are named by the whole octets of the prefix", () => {
    expect(reverseZoneOf("192.168.1.0/24")).toBe("1.168.192.in-addr.arpa");
    expect(reverseZoneOf("10.20.0.0/16")).toBe("20.10.in-addr.arpa");
    expect(reverseZoneOf("10.0.0.0/20")).toBe("0.10.in-addr.arpa");
  });

  test("point each address at its host's name before any other name, and skip wildcards", () => {
    const records = [
      { name: "plex.home.arpa", address: "192.168.1.143", declaredBy: "publication plex" },
      { name: "ocean.home.arpa", address: "192.168.1.143", declaredBy: "host ocean", canonical: true },
      { name: "*.apps.home.arpa", address: "192.168.1.180", declaredBy: "platform" },
      { name: "other.example.net", address: "10.0.0.1", declaredBy: "elsewhere" },
    ];
    expect(reverseRecords("1.168.192.in-addr.arpa", records)).toEqual(["143 IN PTR ocean.home.arpa."]);
    expect(forwardRecords("home.arpa", records)).toEqual(["*.apps IN A 192.168.1.180", "ocean IN A 192.168.1.143", "plex IN A 192.168.1.143"]);
  });
});

describe("DHCP checks", () => {
  const r = (hostname: string, macAddress: string, address: string) => ({ hostname, macAddress, address });

  test("a reservation outside every network", () => {
    expect(dhcpProblems({ lan }, [r("nas", "BC:24:11:00:00:01", "10.9.0.5")], [])).toEqual([
      'dhcp.reservations.nas is outside every network of the environment (192.168.1.0/24), got "10.9.0.5"; give the host an address in one of them',
    ]);
  });

  test("the same MAC twice, in any case", () => {
    expect(dhcpProblems({ lan }, [r("a", "BC:24:11:00:00:01", "192.168.1.10"), r("b", "bc:24:11:00:00:01", "192.168.1.11")], [])).toEqual([
      'dhcp.reservations.b has the MAC address of a, got "bc:24:11:00:00:01"; give each host its own MAC address',
    ]);
  });

  test("the same address twice", () => {
    expect(dhcpProblems({ lan }, [r("a", "BC:24:11:00:00:01", "192.168.1.10"), r("b", "BC:24:11:00:00:02", "192.168.1.10")], [])).toEqual([
      'dhcp.reservations.b has the address of a, got "192.168.1.10"; give each host its own address',
    ]);
  });

  test("a pool that holds a VIP or a MetalLB pool", () => {
    const withPool = { ...lan, reserved: [{ start: "192.168.1.240", end: "192.168.1.245", purpose: "metallb" }] };
    expect(dhcpProblems({ lan: withPool }, [], [{ address: "192.168.1.210", what: "kube-api.home.arpa (K3s cluster kube (API VIP))" }])).toEqual([
      "dhcp hands out the pool 192.168.1.200-192.168.1.249 of networks.lan, which holds kube-api.home.arpa (K3s cluster kube (API VIP)), " +
        'got "192.168.1.210"; move the address out of the pool, or shrink the pool',
      'dhcp hands out the pool 192.168.1.200-192.168.1.249 of networks.lan, which holds the reserved range metallb, got "192.168.1.240"; ' +
        "move the address out of the pool, or shrink the pool",
      'dhcp hands out the pool 192.168.1.200-192.168.1.249 of networks.lan, which holds the reserved range metallb, got "192.168.1.245"; ' +
        "move the address out of the pool, or shrink the pool",
    ]);
  });

  test("reservations outside the pool and unique pass", () => {
    expect(dhcpProblems({ lan }, [r("a", "BC:24:11:00:00:01", "192.168.1.10")], [{ address: "192.168.1.50", what: "a VIP" }])).toEqual([]);
  });
});

describe("nftables ruleset", () => {
  test("replaces its own table only, drops by default and opens what it is told", () => {
    const text = nftRuleset(
      {
        hostname: "h",
        adminCidrs: ["10.0.9.0/24"],
        peers: ["10.0.0.3", "10.0.0.2"],
        allows: [{ protocol: "udp", port: 53, from: [], why: 'dns "x"' }],
      },
      "lab",
    );
    expect(text).not.toContain("flush ruleset");
    expect(text).toContain("table inet homelab_host\ndelete table inet homelab_host\ntable inet homelab_host {");
    expect(text).toContain("policy drop;");
    expect(text).toContain('tcp dport 22 ip saddr 10.0.9.0/24 accept comment "ssh from the admin networks"');
    expect(text).toContain('ip saddr { 10.0.0.2, 10.0.0.3 } accept comment "cluster peers"');
    expect(text).toContain("udp dport 53 accept comment \"dns 'x'\"");
  });
});
