import { GpuVm, GpuVmProps } from "@homelab/constructs";
import { configProblems, resources, synthJson, testEnvironment, testStack } from "../../helpers/fixtures";

const base: GpuVmProps = {
  environment: testEnvironment(),
  hostname: "ocean",
  vmId: 143,
  gpu: "gpu0",
  template: { vmId: 9001, node: "pve1" },
  ipv4: "10.9.0.43",
  cores: 6,
  memoryMiB: 8192,
};

describe("GpuVm", () => {
  test("passes the GPU through by mapping on q35 + OVMF, on the owning node, without ballooning or migration", () => {
    const stack = testStack();
    const gpu = new GpuVm(stack, "Ocean", base);
    const vm = resources(synthJson(stack), "proxmox_virtual_environment_vm")[0];
    expect(vm).toMatchObject({
      node_name: "pve1",
      machine: "q35",
      bios: "ovmf",
      efi_disk: { datastore_id: "fast", type: "4m" },
      hostpci: [{ device: "hostpci0", mapping: "gpu0", pcie: true, xvga: false }],
      memory: { dedicated: 8192, floating: 0 },
      migrate: false,
      tags: ["gpu", "test"],
    });
    expect(JSON.stringify(vm.hostpci)).not.toMatch(/"id"/);
    expect(gpu.gpu).toBe("gpu0");
    expect(gpu.gpus).toEqual(["gpu0"]);
    expect(gpu.inventory.groups).toEqual({
      vms: {
        hosts: {
          ocean: {
            ansible_host: "10.9.0.43",
            ansible_user: "ops",
            admin_user: "ops",
            proxmox_node: "pve1",
            proxmox_vmid: 143,
            pci_mappings: ["gpu0"],
          },
        },
        vars: { admin_ssh_keys: base.environment.sshPublicKeys, domain: "test.example" },
      },
      gpu: { hosts: { ocean: {} } },
    });
  });

  test("primaryGpu sets x-vga and an explicit owning node is accepted", () => {
    const stack = testStack();
    new GpuVm(stack, "Ocean", { ...base, node: "pve1", primaryGpu: true });
    expect(resources(synthJson(stack), "proxmox_virtual_environment_vm")[0].hostpci[0].xvga).toBe(true);
  });

  test.each<[string, Partial<GpuVmProps>, string]>([
    [
      "an unknown mapping",
      { gpu: "rtx4090" },
      'test-stack/Ocean: gpu is not a hardware mapping of environment "test", got "rtx4090"; use one of "gpu0" (pve1)',
    ],
    [
      "a mapping that is not a GPU",
      { gpu: "nic0" },
      'test-stack/Ocean: gpu names a nic device, not a GPU, got "nic0"; use a mapping whose kind is "gpu"',
    ],
    [
      "a node that does not own the GPU",
      { node: "pve2" },
      'test-stack/Ocean: node does not own GPU mapping "gpu0" (node "pve1" does), got "pve2"; omit node or use "pve1"',
    ],
  ])("rejects %s", (_, props, message) => {
    expect(configProblems(() => new GpuVm(testStack(), "Ocean", { ...base, ...props }))).toEqual([message]);
  });

  test("an environment without GPUs says where to add one", () => {
    const env = testEnvironment();
    const noGpus = { ...env, proxmox: { ...env.proxmox!, nodes: env.proxmox!.nodes.map((n) => ({ ...n, pciDevices: [] })) } };
    expect(configProblems(() => new GpuVm(testStack(), "Ocean", { ...base, environment: noGpus }))).toEqual([
      'test-stack/Ocean: gpu is not a hardware mapping of environment "test", got "gpu0"; add the GPU to its node\'s pciDevices in the site model',
    ]);
  });

  test("the VM's own checks still apply", () => {
    expect(configProblems(() => new GpuVm(testStack(), "Ocean", { ...base, ipv4: "10.9.0.120" }))).toEqual([
      'test-stack/Ocean: ipv4 is inside the DHCP pool 10.9.0.100-10.9.0.199, got "10.9.0.120"; use a static address outside the pool',
    ]);
  });
});
