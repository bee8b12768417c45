import { collectInventory, DATA, declarations, HOSTS, ProxmoxVm, ProxmoxVmProps } from "@homelab/constructs";
import { Fn, Token } from "cdktf";
import { configProblems, resources, synthJson, testApp, testEnvironment, testStack } from "../../helpers/fixtures";

const env = testEnvironment();
const base: ProxmoxVmProps = {
  environment: env,
  hostname: "web1",
  vmId: 120,
  node: "pve1",
  template: { vmId: 9001, node: "pve1" },
  ipv4: "10.9.0.20",
};

function vmJson(props: Partial<ProxmoxVmProps> = {}) {
  const stack = testStack();
  new ProxmoxVm(stack, "Web1", { ...base, ...props });
  const json = synthJson(stack);
  return { json, vm: resources(json, "proxmox_virtual_environment_vm")[0] };
}

function problemsOf(props: Partial<ProxmoxVmProps>) {
  return configProblems(() => new ProxmoxVm(testStack(), "Web1", { ...base, ...props }));
}

describe("ProxmoxVm", () => {
  test("defaults: clone, cloud-init from the model, virtio NIC with multiqueue, agent, no protection", () => {
    const { vm, json } = vmJson();
    expect(vm).toMatchObject({
      node_name: "pve1",
      vm_id: 120,
      name: "web1",
      description: "Managed by cdktf (test-stack/Web1)",
      tags: ["test"],
      on_boot: true,
      started: true,
      protection: false,
      migrate: true,
      machine: "pc",
      bios: "seabios",
      clone: { vm_id: 9001, full: true },
      agent: { enabled: true, trim: true },
      cpu: { cores: 2, sockets: 1, type: "host" },
      memory: { dedicated: 2048, floating: 2048 },
      scsi_hardware: "virtio-scsi-single",
      disk: [{ interface: "scsi0", datastore_id: "fast", size: 32, iothread: true, discard: "on", ssd: true }],
      network_device: [{ bridge: "vmbr0", model: "virtio", queues: 2, vlan_id: 9, mac_address: null, firewall: false }],
      initialization: {
        datastore_id: "fast",
        ip_config: [{ ipv4: { address: "10.9.0.20/24", gateway: "10.9.0.1" } }],
        dns: { servers: ["10.9.0.2"], domain: "test.example" },
        user_account: { username: "ops", keys: env.sshPublicKeys },
      },
      lifecycle: { ignore_changes: ["clone"] },
    });
    expect(vm.clone.node_name).toBeUndefined();
    expect(vm.efi_disk).toBeUndefined();
    expect(vm.startup).toBeUndefined();
    expect(vm.hostpci).toBeUndefined();
    expect(json.output).toEqual({
      web1_ipv4: { value: "10.9.0.20", description: "ipv4 of web1" },
      web1_hostname: { value: "web1", description: "hostname of web1" },
      web1_vmid: { value: 120, description: "vmid of web1" },
    });
  });

  test("every prop reaches the VM", () => {
    const { vm } = vmJson({
      node: "pve2",
      template: { vmId: 9001, node: "pve1" },
      cores: 12,
      memoryMiB: 4096,
      bootDiskGiB: 40,
      dataDisks: [{ sizeGiB: 100 }, { sizeGiB: 10, storage: "slow" }],
      macAddress: "BC:24:11:00:01:20",
      adminUser: "admin",
      tags: ["web", "test"],
      pool: "apps",
      onBoot: false,
      startupOrder: 5,
      stateful: true,
      description: "frontend",
    });
    expect(vm).toMatchObject({
      node_name: "pve2",
      clone: { vm_id: 9001, node_name: "pve1", full: true },
      cpu: { cores: 12 },
      memory: { dedicated: 4096, floating: 4096 },
      disk: [
        { interface: "scsi0", datastore_id: "slow", size: 40 },
        { interface: "scsi1", datastore_id: "slow", size: 100, file_format: "raw" },
        { interface: "scsi2", datastore_id: "slow", size: 10 },
      ],
      network_device: [{ mac_address: "BC:24:11:00:01:20", queues: 8 }],
      initialization: { user_account: { username: "admin" } },
      tags: ["test", "web"],
      pool_id: "apps",
      on_boot: false,
      startup: { order: 5 },
      protection: true,
      description: "frontend",
    });
  });

  test("hardware: q35, OVMF with an EFI disk, PCI mapping, no ballooning, no migration", () => {
    const { vm } = vmJson({
      hardware: { machine: "q35", firmware: "ovmf", pciDevices: [{ mapping: "nic0", pcie: false }], ballooning: false, migratable: false },
    });
    expect(vm).toMatchObject({
      machine: "q35",
      bios: "ovmf",
      efi_disk: { datastore_id: "fast", type: "4m", pre_enrolled_keys: false },
      hostpci: [{ device: "hostpci0", mapping: "nic0", pcie: false, xvga: false, rombar: true }],
      memory: { floating: 0 },
      migrate: false,
    });
  });

  test("is an Ansible host in vms and its inventoryGroups", () => {
    const vm = new ProxmoxVm(testStack(), "Web1", { ...base, inventoryGroups: ["web"] });
    expect(vm.inventory).toEqual({
      groups: {
        vms: {
          hosts: { web1: { ansible_host: "10.9.0.20", ansible_user: "ops", admin_user: "ops", proxmox_node: "pve1", proxmox_vmid: 120 } },
          vars: { admin_ssh_keys: base.environment.sshPublicKeys, domain: "test.example" },
        },
        web: { hosts: { web1: {} } },
      },
    });
    expect(vm.inventoryEnvironment).toBe("test");
  });

  test("exposes what other constructs and the site checks need", () => {
    const vm = new ProxmoxVm(testStack(), "Web1", base);
    expect([vm.hostname, vm.ipv4, vm.vmId, vm.nodeName]).toEqual(["web1", "10.9.0.20", 120, "pve1"]);
    expect([vm.environmentName, vm.architecture, vm.cores, vm.memoryMiB, vm.gpus, vm.os, vm.proxmoxNode]).toEqual([
      "test",
      "amd64",
      2,
      2048,
      [],
      "linux",
      "pve1",
    ]);
    vm.addInventoryGroup("media");
    expect(vm.inventoryGroups).toEqual(["media"]);
    // Declared once as a host, and, as a stateless VM, with no data to keep.
    expect(declarations(vm, HOSTS).map((d) => d.entry)).toEqual([vm]);
    expect(declarations(vm, DATA)).toEqual([]);
  });

  test("a stateful VM declares its disks as data that must survive a rebuild, with its guest and the storages of its disks", () => {
    const vm = new ProxmoxVm(testStack(), "Web1", { ...base, stateful: true });
    const [data] = declarations(vm, DATA).map((d) => d.entry);
    expect(data).toMatchObject({
      name: "disks",
      environment: "test",
      host: "web1",
      kind: "vm-disk",
      location: "every disk of the VM",
      description: "web1: a stateful VM (protected; a rebuild loses what is on its disks)",
      guest: { vmId: 120, node: "pve1" },
    });
    expect(data.guest?.storages).toEqual(["fast"]);
  });

  test.each<[string, Partial<ProxmoxVmProps>, string]>([
    [
      "a bad hostname",
      { hostname: "Web_1" },
      'test-stack/Web1: hostname must be a DNS label (a-z, 0-9, \'-\', at most 63 characters), got "Web_1"; use e.g. "ocean" or "kube01"',
    ],
    ["a VMID below 100", { vmId: 99 }, "test-stack/Web1: vmId must be an integer from 100 to 999999999, got 99; pick a free VMID such as 143"],
    [
      "a node that does not exist",
      { node: "pve9" },
      'test-stack/Web1: node is not a node of environment "test", got "pve9"; use one of "pve1", "pve2"',
    ],
    ["an unknown network", { network: "dmz" }, 'test-stack/Web1: network is not a network of environment "test", got "dmz"; use one of "lan"'],
    [
      "an IP outside the network",
      { ipv4: "10.8.0.20" },
      'test-stack/Web1: ipv4 is outside the network 10.9.0.0/24, got "10.8.0.20"; use an address in 10.9.0.0/24',
    ],
    [
      "an IP in the DHCP pool",
      { ipv4: "10.9.0.150" },
      'test-stack/Web1: ipv4 is inside the DHCP pool 10.9.0.100-10.9.0.199, got "10.9.0.150"; use a static address outside the pool',
    ],
    [
      "an IP in a reserved range",
      { ipv4: "10.9.0.55" },
      'test-stack/Web1: ipv4 is inside the reserved range 10.9.0.50-10.9.0.59 (metallb), got "10.9.0.55"; use an address outside reserved ranges',
    ],
    ["the gateway's IP", { ipv4: "10.9.0.1" }, 'test-stack/Web1: ipv4 is the gateway address, got "10.9.0.1"; use a free host address'],
    [
      "the broadcast address",
      { ipv4: "10.9.0.255" },
      'test-stack/Web1: ipv4 is the network or broadcast address of 10.9.0.0/24, got "10.9.0.255"; use a host address',
    ],
    ["a malformed IP", { ipv4: "10.9.0.300" }, 'test-stack/Web1: ipv4 is not an IPv4 address, got "10.9.0.300"; write it like "192.168.1.50"'],
    ["zero cores", { cores: 0 }, "test-stack/Web1: cores must be a whole number of at least 1, got 0; use 1 or more"],
    [
      "too little memory",
      { memoryMiB: 256 },
      "test-stack/Web1: memoryMiB must be a whole number of at least 512, got 256; give the VM 512 MiB or more",
    ],
    ["a fractional disk", { bootDiskGiB: 1.5 }, "test-stack/Web1: bootDiskGiB must be a whole number of GiB, at least 1, got 1.5; use e.g. 32"],
    [
      "a zero data disk",
      { dataDisks: [{ sizeGiB: 0 }] },
      "test-stack/Web1: dataDisks[0].sizeGiB must be a whole number of GiB, at least 1, got 0; use e.g. 32",
    ],
    [
      "a storage without images",
      { storage: "local" },
      'test-stack/Web1: storage is not a storage with images content on node "pve1", got "local"; use one of "fast"',
    ],
    [
      "a data disk storage on another node",
      { dataDisks: [{ sizeGiB: 5, storage: "slow" }] },
      'test-stack/Web1: dataDisks[0].storage is not a storage with images content on node "pve1", got "slow"; use one of "fast"',
    ],
    [
      "a GPU mapping the node does not own",
      { node: "pve2", hardware: { machine: "q35", firmware: "ovmf", pciDevices: [{ mapping: "gpu0" }] } },
      'test-stack/Web1: hardware.pciDevices maps "gpu0" which node "pve2" does not own, got "gpu0"; place the VM on node "pve1"',
    ],
    [
      "a mapping nobody owns",
      { hardware: { machine: "q35", firmware: "ovmf", pciDevices: [{ mapping: "tpu" }] } },
      'test-stack/Web1: hardware.pciDevices maps "tpu" which node "pve1" does not own, ' +
        'got "tpu"; add the mapping to the owning node in the site model',
    ],
    [
      "passthrough without q35/OVMF",
      { hardware: { pciDevices: [{ mapping: "gpu0" }] } },
      "test-stack/Web1: hardware passes PCI devices through without machine q35 and ovmf firmware, " +
        'got {"machine":"pc","firmware":"seabios"}; set machine: "q35" and firmware: "ovmf" (or use GpuVm)',
    ],
    [
      "a lower-case MAC",
      { macAddress: "bc:24:11:00:01:20" },
      'test-stack/Web1: macAddress must be six upper-case hex pairs separated by \':\', got "bc:24:11:00:01:20"; write it like "BC:24:11:00:01:43"',
    ],
    [
      "a multicast MAC",
      { macAddress: "01:24:11:00:01:20" },
      'test-stack/Web1: macAddress is a multicast address, got "01:24:11:00:01:20"; use a unicast MAC (first byte even), e.g. "BC:24:11:..."',
    ],
    ["a negative start order", { startupOrder: -1 }, "test-stack/Web1: startupOrder must be a whole number of at least 0, got -1; use e.g. 10"],
    [
      "an upper-case tag",
      { tags: ["Web"] },
      "test-stack/Web1: tags holds a tag Proxmox would rewrite, got \"Web\"; use lower-case letters, digits, '-', '_' or '.'",
    ],
    ["root as admin user", { adminUser: "root" }, 'test-stack/Web1: adminUser must be a non-root Linux user name, got "root"; use e.g. "ops"'],
    [
      "no SSH keys",
      { environment: testEnvironment({ sshPublicKeys: [] }) },
      "test-stack/Web1: environment.sshPublicKeys is empty, so nobody could log in, got []; add at least one SSH public key to the site model",
    ],
  ])("rejects %s", (_, props, message) => {
    expect(problemsOf(props)).toEqual([message]);
  });

  test("rejects a node without any storage for disks when none is given", () => {
    const noImages = testEnvironment();
    const nodes = noImages.proxmox!.nodes.map((n) =>
      n.name === "pve2" ? { ...n, storages: [{ name: "local", type: "dir", content: ["iso" as const] }] } : n,
    );
    expect(problemsOf({ environment: { ...noImages, proxmox: { ...noImages.proxmox!, nodes } }, node: "pve2" })).toEqual([
      'test-stack/Web1: storage has no default: node "pve2" has no storage with images content, ' +
        "got undefined; add one to the site model or set storage",
    ]);
  });

  test("reports every problem at once, before creating anything", () => {
    const stack = testStack();
    const problems = configProblems(() => new ProxmoxVm(stack, "Web1", { ...base, cores: 0, ipv4: "10.9.0.150", vmId: 5 }));
    expect(problems).toHaveLength(3);
    expect(stack.node.findAll().map((c) => c.node.path)).toEqual(["test-stack", "test-stack/Web1"]);
  });

  test("a stateful VM refuses any plan that would destroy or replace it", () => {
    expect(vmJson({ stateful: true }).vm.lifecycle).toEqual({ ignore_changes: ["clone"], prevent_destroy: true });
    expect(vmJson().vm.lifecycle).toEqual({ ignore_changes: ["clone"] });
  });

  test("values produced by other resources (tokens) skip the format checks and reach the output", () => {
    const stack = testStack();
    const ip = Token.asString(Fn.cidrhost("10.9.0.0/24", 77));
    const host = Token.asString(Fn.lower("WEB7"));
    new ProxmoxVm(stack, "Web7", { ...base, hostname: host, ipv4: ip, vmId: 130 });
    const vm = resources(synthJson(stack), "proxmox_virtual_environment_vm")[0];
    expect(vm.name).toBe('${lower("WEB7")}');
    expect(vm.initialization.ip_config[0].ipv4.address).toBe('${cidrhost("10.9.0.0/24", 77)}/24');
  });

  test("addDataDisk and addInventoryGroup after construction reach the output and the inventory", () => {
    const app = testApp();
    const stack = testStack(app);
    const vm = new ProxmoxVm(stack, "Web1", { ...base, dataDisks: [{ sizeGiB: 10 }] });
    expect(vm.addDataDisk({ sizeGiB: 100, storage: "fast" })).toBe("scsi2");
    vm.addInventoryGroup("web");
    const disks = resources(synthJson(stack), "proxmox_virtual_environment_vm")[0].disk;
    expect(disks.map((d: any) => [d.interface, d.size, d.datastore_id])).toEqual([
      ["scsi0", 32, "fast"],
      ["scsi1", 10, "fast"],
      ["scsi2", 100, "fast"],
    ]);
    expect((collectInventory(app, "test").all.children as any).web).toEqual({ hosts: { web1: {} } });
    expect(configProblems(() => vm.addDataDisk({ sizeGiB: 0, storage: "local" }))).toEqual([
      "test-stack/Web1: dataDisks[2].sizeGiB must be a whole number of GiB, at least 1, got 0; use e.g. 32",
      'test-stack/Web1: dataDisks[2].storage is not a storage with images content on node "pve1", got "local"; use one of "fast"',
    ]);
    expect(configProblems(() => vm.addInventoryGroup("Web Servers"))).toEqual([
      'test-stack/Web1: inventory group must be lower-case letters, digits and \'_\', got "Web Servers"; use e.g. "media"',
    ]);
  });
});
