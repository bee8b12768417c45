import { collectInventory, K3sCluster, K3sClusterProps, K3sNode, ProxmoxVm, SiteEnvironment } from "@homelab/constructs";
import { configProblems, resources, synthJson, testApp, testEnvironment, testStack } from "../../helpers/fixtures";

/** The test environment with a k3s VIP and a bigger pve2 so clusters fit. */
function k3sEnvironment(): SiteEnvironment {
  const env = testEnvironment();
  return {
    ...env,
    proxmox: { ...env.proxmox!, nodes: env.proxmox!.nodes.map((n) => ({ ...n, cores: 32, memoryMiB: 131072 })) },
    networks: {
      lan: { ...env.networks.lan, reserved: [...env.networks.lan.reserved!, { start: "10.9.0.60", end: "10.9.0.60", purpose: "k3s-api-vip" }] },
    },
  };
}

const node = (n: number, extra: Partial<K3sNode> = {}): K3sNode => ({ hostname: `kube0${n}`, vmId: 200 + n, ipv4: `10.9.0.${60 + n}`, ...extra });
const base = (over: Partial<K3sClusterProps> = {}): K3sClusterProps => ({
  environment: k3sEnvironment(),
  name: "kube",
  k3sVersion: "v1.33.5+k3s1",
  servers: [node(1), node(2), node(3)],
  agents: [node(4), node(5), node(6, { gpu: "gpu0" })],
  template: { templateFor: (n) => ({ vmId: n === "pve1" ? 9001 : 9002, node: n }) },
  token: { mount: "secret", path: "homelab/test/k3s", field: "token" },
  // Three servers on the two-node test environment.
  allowSharedServerHosts: true,
  ...over,
});

describe("K3sCluster", () => {
  test("servers spread over nodes, agents on the least-loaded node, the GPU agent on the GPU's node", () => {
    const stack = testStack();
    const cluster = new K3sCluster(stack, "Kube", base());
    const json = synthJson(stack);
    const vms: Record<string, any> = Object.fromEntries(resources(json, "proxmox_virtual_environment_vm").map((vm) => [vm.name, vm]));
    expect(
      Object.fromEntries(
        Object.entries(vms).map(([n, vm]) => [
          n,
          [vm.node_name, vm.clone.vm_id, vm.cpu.cores, vm.memory.dedicated, vm.disk[0].size, vm.startup.order],
        ]),
      ),
    ).toEqual({
      kube01: ["pve1", 9001, 4, 8192, 64, 10],
      kube02: ["pve2", 9002, 4, 8192, 64, 10],
      kube03: ["pve1", 9001, 4, 8192, 64, 10],
      kube04: ["pve2", 9002, 8, 16384, 128, 20],
      kube05: ["pve1", 9001, 8, 16384, 128, 20],
      kube06: ["pve1", 9001, 8, 16384, 128, 20],
    });
    expect(vms.kube06).toMatchObject({ machine: "q35", hostpci: [{ mapping: "gpu0" }], tags: ["gpu", "k3s", "k3s-agent", "test"] });
    expect(vms.kube01.tags).toEqual(["k3s", "k3s-server", "test"]);
    expect(json.output).toEqual(
      expect.objectContaining({
        kube_api_endpoint: { value: "https://10.9.0.60:6443", description: "Kubernetes API of kube" },
        kube_servers: { value: { kube01: "10.9.0.61", kube02: "10.9.0.62", kube03: "10.9.0.63" }, description: "server addresses of kube" },
        kube_agents: { value: { kube04: "10.9.0.64", kube05: "10.9.0.65", kube06: "10.9.0.66" }, description: "agent addresses of kube" },
      }),
    );
    expect(cluster.apiEndpoint).toBe("https://10.9.0.60:6443");
    expect([...cluster.servers.keys()]).toEqual(["kube01", "kube02", "kube03"]);
  });

  test("refuses servers that must share a Proxmox node, unless allowSharedServerHosts accepts it", () => {
    expect(configProblems(() => new K3sCluster(testStack(), "Kube", base({ allowSharedServerHosts: false })))).toEqual([
      'test-stack/Kube: servers place kube01, kube03 on the same Proxmox node "pve1", so losing it takes 2 of 3 etcd members, ' +
        'got ["kube01","kube03"]; put servers on distinct nodes (the environment has 2), or set allowSharedServerHosts to accept the risk',
    ]);
  });

  test("allowSharedServerHosts and allowSingleServer accept the situation without a warning", () => {
    expect(new K3sCluster(testStack(), "Kube", base({ allowSharedServerHosts: true })).node.metadata).toEqual([]);
    expect(new K3sCluster(testStack(), "Kube", base({ servers: [node(1)], allowSingleServer: true })).node.metadata).toEqual([]);
  });

  test("placement counts the VMs other stacks already put on a node", () => {
    const app = testApp();
    // pve1 already carries a big VM from another stack, so new members go to pve2 first.
    new ProxmoxVm(testStack(app, "other"), "Big", {
      environment: k3sEnvironment(),
      hostname: "big",
      vmId: 150,
      node: "pve1",
      template: { vmId: 9001, node: "pve1" },
      ipv4: "10.9.0.30",
      cores: 24,
      memoryMiB: 65536,
    });
    const cluster = new K3sCluster(testStack(app), "Kube", base({ servers: [node(1)], agents: [node(4), node(5)], allowSingleServer: true }));
    expect([...cluster.members].map((vm) => [vm.hostname, vm.nodeName])).toEqual([
      ["kube01", "pve2"],
      ["kube04", "pve2"],
      ["kube05", "pve2"],
    ]);
  });

  test("servers are stateful by default; members take storage, pool, tags and start order like a plain VM", () => {
    const stack = testStack();
    new K3sCluster(
      stack,
      "Kube",
      base({
        servers: [node(1, { node: "pve1", storage: "fast", pool: "k3s", tags: ["etcd"], startupOrder: 5 })],
        agents: [node(4, { stateful: true })],
        allowSingleServer: true,
      }),
    );
    const vms: Record<string, any> = Object.fromEntries(resources(synthJson(stack), "proxmox_virtual_environment_vm").map((vm) => [vm.name, vm]));
    expect(vms.kube01).toMatchObject({
      protection: true,
      lifecycle: { prevent_destroy: true },
      pool_id: "k3s",
      tags: ["etcd", "k3s", "k3s-server", "test"],
      startup: { order: 5 },
      disk: [{ datastore_id: "fast" }],
    });
    expect(vms.kube04).toMatchObject({ protection: true, lifecycle: { prevent_destroy: true } });
  });

  test("addAgent adds a member after construction, in the outputs and the inventory", () => {
    const app = testApp();
    const stack = testStack(app);
    const cluster = new K3sCluster(stack, "Kube", base({ agents: [] }));
    const vm = cluster.addAgent(node(7));
    expect(vm.nodeName).toBe("pve2"); // pve1 carries two of the three servers
    expect(synthJson(stack).output.kube_agents.value).toEqual({ kube07: "10.9.0.67" });
    expect((collectInventory(app, "test").all.children as any).k3s_agents.hosts).toEqual({ kube07: {} });
    expect(configProblems(() => cluster.addAgent(node(7)))).toEqual([
      'test-stack/Kube: agents list a hostname more than once, got ["kube07"]; give every node its own hostname',
    ]);

    // A late agent gets the address checks the constructor's members got.
    const withPool = new K3sCluster(
      testStack(app, "pool"),
      "Kube",
      base({ agents: [], apiVip: "10.9.0.70", metallbPools: [{ start: "10.9.0.80", end: "10.9.0.89" }] }),
    );
    expect(configProblems(() => withPool.addAgent({ hostname: "late1", vmId: 281, ipv4: "10.9.0.70" }))).toEqual([
      'pool/Kube: apiVip is the address of node late1, got "10.9.0.70"; use an address no VM has',
    ]);
    expect(configProblems(() => withPool.addAgent({ hostname: "late2", vmId: 282, ipv4: "10.9.0.85" }))).toEqual([
      'pool/Kube: metallbPools[0] contains the addresses of late2, got "10.9.0.80-10.9.0.89"; keep VM addresses out of MetalLB pools',
    ]);
  });

  test("a single server is allowed with a warning; explicit placement and addresses are kept", () => {
    const stack = testStack();
    const cluster = new K3sCluster(
      stack,
      "Kube",
      base({
        servers: [node(1, { node: "pve2", cores: 2, memoryMiB: 4096, bootDiskGiB: 40 })],
        agents: [],
        apiVip: "10.9.0.70",
        metallbPools: [{ start: "10.9.0.80", end: "10.9.0.89" }],
        podCidr: "10.100.0.0/16",
        serviceCidr: "10.101.0.0/16",
      }),
    );
    expect(cluster.node.metadata.map((m) => m.data)).toEqual([
      "servers has a single server, so the control plane has no redundancy; use 3 servers, or set allowSingleServer to accept it",
    ]);
    expect(resources(synthJson(stack), "proxmox_virtual_environment_vm")[0]).toMatchObject({
      node_name: "pve2",
      cpu: { cores: 2 },
      memory: { dedicated: 4096 },
    });
    expect(cluster.inventory.groups.k3s_cluster.vars).toMatchObject({
      k3s_api_vip: "10.9.0.70",
      k3s_metallb_pools: ["10.9.0.80-10.9.0.89"],
      k3s_pod_cidr: "10.100.0.0/16",
      k3s_service_cidr: "10.101.0.0/16",
    });
  });

  test("contributes k3s_servers and k3s_agents under k3s_cluster with the cluster vars; hosts come from their VMs", () => {
    const app = testApp();
    new K3sCluster(testStack(app), "Kube", base());
    const { children } = collectInventory(app, "test").all as any;
    expect(Object.keys(children)).toEqual(["gpu", "k3s_agents", "k3s_cluster", "k3s_init", "k3s_servers", "vms"]);
    expect(children.k3s_init).toEqual({ hosts: { kube01: {} } });
    expect(children.k3s_servers).toEqual({ hosts: { kube01: {}, kube02: {}, kube03: {} }, vars: { k3s_role: "server" } });
    expect(children.k3s_agents).toEqual({ hosts: { kube04: {}, kube05: {}, kube06: {} }, vars: { k3s_role: "agent" } });
    expect(children.gpu).toEqual({ hosts: { kube06: {} } });
    expect(children.vms.hosts.kube06).toEqual({
      ansible_host: "10.9.0.66",
      ansible_user: "ops",
      admin_user: "ops",
      proxmox_node: "pve1",
      proxmox_vmid: 206,
      pci_mappings: ["gpu0"],
    });
    expect(children.vms.hosts.kube02).toEqual({
      ansible_host: "10.9.0.62",
      ansible_user: "ops",
      admin_user: "ops",
      proxmox_node: "pve2",
      proxmox_vmid: 202,
    });
    expect(children.k3s_cluster).toEqual({
      children: { k3s_agents: {}, k3s_servers: {} },
      vars: {
        k3s_api_endpoint: "https://10.9.0.60:6443",
        k3s_api_vip: "10.9.0.60",
        k3s_cluster_init_host: "kube01",
        k3s_cluster_name: "kube",
        k3s_metallb_pools: ["10.9.0.50-10.9.0.59"],
        k3s_pod_cidr: "10.42.0.0/16",
        k3s_service_cidr: "10.43.0.0/16",
        k3s_token_vault_path: "secret/data/homelab/test/k3s:token",
        k3s_version: "v1.33.5+k3s1",
      },
    });
    expect(collectInventory(app, "other")).toEqual({ all: { children: {} } });
  });

  test.each<[string, Partial<K3sClusterProps>, string[]]>([
    [
      "an even number of servers",
      { servers: [node(1), node(2)] },
      ["test-stack/Kube: servers must be an odd number to keep etcd quorum, got 2; use 1, 3 or 5 servers"],
    ],
    ["no servers", { servers: [] }, ["test-stack/Kube: servers must be an odd number to keep etcd quorum, got 0; use 1, 3 or 5 servers"]],
    [
      "an unpinned version",
      { k3sVersion: "latest" },
      ['test-stack/Kube: k3sVersion must be a pinned k3s release, got "latest"; write it like "v1.33.5+k3s1" (never "latest" or a channel)'],
    ],
    ["a bad name", { name: "Kube" }, ['test-stack/Kube: name must be lower-case letters, digits and \'-\', got "Kube"; use e.g. "kube"']],
    [
      "a duplicate hostname",
      { agents: [node(1, { vmId: 299, ipv4: "10.9.0.69" })] },
      ['test-stack/Kube: servers/agents list a hostname more than once, got ["kube01"]; give every node its own hostname'],
    ],
    [
      "a GPU on a server",
      { servers: [node(1, { gpu: "gpu0" }), node(2), node(3)] },
      ['test-stack/Kube: servers.kube01.gpu is set on a server, got "gpu0"; put GPUs on agents; servers run the control plane'],
    ],
    [
      "a token that is not a Vault reference",
      { token: { mount: "secret", path: "/abs", field: "token" } },
      [
        `test-stack/Kube: token.path must be relative, without a leading or trailing '/', got "/abs"; e.g. { ` +
          'mount: "secret", path: "homelab/prod/k3s", field: "token" }',
      ],
    ],
    [
      "a token path that names a folder",
      { token: { mount: "secret", path: "homelab/prod/", field: "token" } },
      [
        `test-stack/Kube: token.path must be relative, without a leading or trailing '/', got "homelab/prod/"; ` +
          'e.g. { mount: "secret", path: "homelab/prod/k3s", field: "token" }',
      ],
    ],
    ["an unknown network", { network: "dmz" }, ['test-stack/Kube: network is not a network of environment "test", got "dmz"; use one of "lan"']],
    [
      "a VIP outside the network",
      { apiVip: "10.8.0.60" },
      ['test-stack/Kube: apiVip is outside the network 10.9.0.0/24, got "10.8.0.60"; use a free address in 10.9.0.0/24'],
    ],
    [
      "a VIP in the DHCP pool",
      { apiVip: "10.9.0.150" },
      ['test-stack/Kube: apiVip is inside the DHCP pool 10.9.0.100-10.9.0.199, got "10.9.0.150"; use an address outside the DHCP pool'],
    ],
    [
      "a VIP on a node's address",
      { apiVip: "10.9.0.62" },
      ['test-stack/Kube: apiVip is the address of node kube02, got "10.9.0.62"; use an address no VM has'],
    ],
    ["a malformed VIP", { apiVip: "vip" }, ['test-stack/Kube: apiVip is not an IPv4 address, got "vip"; write it like "192.168.1.50"']],
    [
      "a MetalLB pool outside the network",
      { metallbPools: [{ start: "10.9.1.1", end: "10.9.1.9" }] },
      ['test-stack/Kube: metallbPools[0] is not inside the network 10.9.0.0/24, got "10.9.1.1-10.9.1.9"; use addresses in 10.9.0.0/24'],
    ],
    [
      "a reversed MetalLB pool",
      { metallbPools: [{ start: "10.9.0.90", end: "10.9.0.80" }] },
      [
        'test-stack/Kube: metallbPools[0] is not a range of IPv4 addresses (start <= end), got "10.9.0.90-10.9.0.80"; write it like { start: ' +
          '"192.168.1.180", end: "192.168.1.199" }',
      ],
    ],
    [
      "a MetalLB pool over the DHCP pool, the VIP, nodes and another pool",
      {
        metallbPools: [
          { start: "10.9.0.80", end: "10.9.0.89" },
          { start: "10.9.0.60", end: "10.9.0.105" },
        ],
      },
      [
        'test-stack/Kube: metallbPools[1] overlaps the DHCP pool 10.9.0.100-10.9.0.199, got "10.9.0.60-10.9.0.105"; move the pool or shrink the ' +
          "DHCP pool",
        'test-stack/Kube: metallbPools[1] contains the API VIP 10.9.0.60, got "10.9.0.60-10.9.0.105"; keep the VIP out of MetalLB pools',
        'test-stack/Kube: metallbPools[1] contains the addresses of kube01, kube02, kube03, kube04, kube05, kube06, got "10.9.0.60-10.9.0.105"; ' +
          "keep VM addresses out of MetalLB pools",
        'test-stack/Kube: metallbPools[1] overlaps the pool 10.9.0.80-10.9.0.89, got "10.9.0.60-10.9.0.105"; keep MetalLB pools apart',
      ],
    ],
    [
      "the seeds' non-canonical service CIDR",
      { serviceCidr: "10.0.250.0/20", podCidr: "10.0.0.0/16" },
      ['test-stack/Kube: serviceCidr is not a canonical network (host bits set), got "10.0.250.0/20"; use "10.0.240.0/20" or fix the prefix length'],
    ],
    [
      "a pod CIDR overlapping the LAN",
      { podCidr: "10.9.0.0/16" },
      ['test-stack/Kube: podCidr overlaps the node network 10.9.0.0/24, got "10.9.0.0/16"; pick a private range the LAN does not use'],
    ],
    [
      "a malformed pod CIDR",
      { podCidr: "10.42.0.0" },
      ['test-stack/Kube: podCidr is not an IPv4 CIDR, got "10.42.0.0"; write it like "10.42.0.0/16"'],
    ],
    [
      "a service CIDR inside the pod CIDR",
      { podCidr: "10.0.0.0/16", serviceCidr: "10.0.240.0/20" },
      ['test-stack/Kube: serviceCidr overlaps podCidr 10.0.0.0/16, got "10.0.240.0/20"; use a range outside 10.0.0.0/16, e.g. "10.1.0.0/20"'],
    ],
  ])("rejects %s", (_, props, messages) => {
    expect(configProblems(() => new K3sCluster(testStack(), "Kube", base(props)))).toEqual(messages);
  });

  test("a network without a reserved VIP and no apiVip names the fix", () => {
    const env = testEnvironment();
    expect(configProblems(() => new K3sCluster(testStack(), "Kube", base({ environment: env })))).toEqual([
      'test-stack/Kube: apiVip is not set and the network reserves no single-address "k3s-api-vip" range, got undefined; reserve one address with ' +
        'purpose "k3s-api-vip" in the site model or set apiVip',
    ]);
  });
});
