import {
  CloudImage,
  EnvironmentStack,
  GpuVm,
  ProxmoxConnection,
  ProxmoxVm,
  ProxmoxVmProps,
  SiteEnvironment,
  StateBackend,
  VmTemplate,
} from "@homelab/constructs";
import { App, TerraformStack } from "cdktf";
import { testApp, testEnvironment } from "../../helpers/fixtures";

const env = testEnvironment();
const vm = (over: Partial<ProxmoxVmProps>): ProxmoxVmProps => ({
  environment: env,
  hostname: "a",
  vmId: 101,
  node: "pve1",
  template: { vmId: 9001, node: "pve1" },
  ipv4: "10.9.0.21",
  ...over,
});

/** Two stacks of the test environment, as the checks must look across stacks. */
function twoStacks(app: App = testApp(), environment: SiteEnvironment = env) {
  return [new EnvironmentStack(app, { environment, purpose: "one" }), new EnvironmentStack(app, { environment, purpose: "two" })];
}

describe("SiteChecks", () => {
  test("a consistent site passes", () => {
    const app = testApp();
    const [one, two] = twoStacks(app);
    new ProxmoxVm(one, "A", vm({}));
    new ProxmoxVm(two, "B", vm({ hostname: "b", vmId: 102, ipv4: "10.9.0.22", macAddress: "BC:24:11:00:00:02" }));
    expect(app.node.validate()).toEqual([]);
  });

  test("duplicate VMIDs (templates included), hostnames, IPs and MACs across stacks", () => {
    const app = testApp();
    const [one, two] = twoStacks(app);
    new ProxmoxVm(one, "A", vm({ macAddress: "BC:24:11:00:00:01" }));
    new ProxmoxVm(two, "B", vm({ macAddress: "BC:24:11:00:00:01" }));
    const image = new CloudImage(two, "img", {
      environment: env,
      name: "debian-12",
      version: "1",
      url: "https://images.example/d.qcow2",
      checksum: { algorithm: "sha256", value: "ab".repeat(32) },
      nodes: ["pve1"],
    });
    new VmTemplate(two, "tpl", { environment: env, image, node: "pve1", vmId: 101 });
    expect(app.node.validate()).toEqual([
      'test-two/B: vmId is already used by test-one/A in environment "test", got 101; choose a free VMID',
      'test-two/tpl: vmId is already used by test-one/A in environment "test", got 101; choose a free VMID',
      'test-two/B: hostname is already used by test-one/A in environment "test", got "a"; give every VM its own hostname',
      'test-two/B: ipv4 is already used by test-one/A in environment "test", got "10.9.0.21"; give every VM its own address',
      'test-two/B: macAddress is already used by test-one/A in environment "test", ' +
        'got "BC:24:11:00:00:01"; give every VM its own MAC or let Proxmox assign one',
    ]);
  });

  test("the same VMID in two environments is fine: environments stay apart", () => {
    const app = testApp();
    const other = testEnvironment({ name: "other" });
    new ProxmoxVm(new EnvironmentStack(app, { environment: env, purpose: "vms" }), "A", vm({}));
    new ProxmoxVm(new EnvironmentStack(app, { environment: other, purpose: "vms" }), "A", vm({ environment: other }));
    expect(app.node.validate()).toEqual([]);
  });

  test("vCPU and memory over a node's capacity times the overcommit ratio", () => {
    const app = testApp();
    const [one, two] = twoStacks(app);
    // pve2: 4 cores x 2 = 8 vCPUs, 8192 MiB x 1.
    new ProxmoxVm(one, "A", vm({ node: "pve2", cores: 4, memoryMiB: 4096 }));
    new ProxmoxVm(two, "B", vm({ node: "pve2", hostname: "b", vmId: 102, ipv4: "10.9.0.22", cores: 3, memoryMiB: 5120 }));
    new ProxmoxVm(two, "C", vm({ node: "pve2", hostname: "c", vmId: 103, ipv4: "10.9.0.23", cores: 2, memoryMiB: 512 }));
    // Reported at the node, with each guest's share, largest first.
    expect(app.node.validate()).toEqual([
      "test: proxmox.nodes.pve2.cores is exceeded by its guests: they take 9, more than 4 x 2 overcommit = 8 (a 4 (44%), b 3 (33%), c 2 (22%)), " +
        "got 9; shrink or move guests, the largest first (a, test-one/A), or raise proxmox.overcommit.cpu",
      "test: proxmox.nodes.pve2.memoryMiB is exceeded by its guests: they take 9728 MiB, more than 8192 MiB x 1 overcommit = 8192 MiB " +
        "(b 5120 MiB (53%), a 4096 MiB (42%), c 512 MiB (5%)), got 9728; shrink or move guests, the largest first (b, test-two/B), " +
        "or raise proxmox.overcommit.memory",
    ]);
  });

  test("a guest larger than its whole node is reported at the guest, and the node's total is not repeated", () => {
    const app = testApp();
    const [one] = twoStacks(app);
    new ProxmoxVm(one, "A", vm({ node: "pve2", cores: 6, memoryMiB: 4096 }));
    expect(app.node.validate()).toEqual([
      'test-one/A: cores is more than node "pve2" has at all (4), got 6; use at most 4, or place the VM on a larger node',
    ]);
  });

  test("a GPU used by two VMs that start on boot, but not when one stays off", () => {
    const build = (secondOnBoot: boolean) => {
      const app = testApp();
      const [one, two] = twoStacks(app);
      new GpuVm(one, "Plex", { ...vm({}), gpu: "gpu0" });
      new GpuVm(two, "Llm", { ...vm({ hostname: "b", vmId: 102, ipv4: "10.9.0.22" }), gpu: "gpu0", onBoot: secondOnBoot });
      return app.node.validate();
    };
    expect(build(true)).toEqual([
      'test-two/Llm: pciDevices use mapping "gpu0" which test-one/Plex also uses, and both start on boot, ' +
        'got "gpu0"; set onBoot: false on one of them (only one can hold the device)',
    ]);
    expect(build(false)).toEqual([]);
  });

  test("two stacks sharing a state location", () => {
    const app = testApp();
    const [one] = twoStacks(app);
    new StateBackend(new TerraformStack(app, "copy"), "StateBackend", { spec: { kind: "local", directory: "state" }, stateName: "test-one" });
    expect(one.stateBackend.location).toBe("local:state/test-one.tfstate");
    expect(app.node.validate()).toEqual([
      "copy/StateBackend: location is also the state of test-one/StateBackend, " +
        'got "local:state/test-one.tfstate"; give each stack its own stateName (a stack\'s state must be its own)',
    ]);
  });

  test("a secret written as a literal, even through an escape hatch, is refused without printing it", () => {
    const app = testApp();
    const [one] = twoStacks(app);
    const vmConstruct = new ProxmoxVm(one, "A", vm({}));
    vmConstruct.vm.addOverride("initialization.user_account.password", "hunter2-literal");
    vmConstruct.vm.addOverride("description", "password is not a key here");
    const problems = app.node.validate();
    expect(problems).toEqual([
      "test-one/A/Vm: initialization.user_account.password is a secret written as a literal, " +
        'got "<redacted>"; keep secrets in Vault and pass a reference (or leave it to the provider\'s environment variable)',
    ]);
    expect(problems.join("\n")).not.toContain("hunter2");
  });

  test("literal secrets in providers and backends are refused too", () => {
    const app = testApp();
    const stack = new EnvironmentStack(app, { environment: { ...env, stateBackend: { kind: "pg", schemaPrefix: "tf_" } }, purpose: "one" });
    stack.stateBackend.backend.addOverride("conn_str", "postgres://user:pw@db/tf");
    new ProxmoxConnection(stack, "Proxmox", { environment: env }).provider.addOverride("api_token", "root@pam!x=abc");
    expect(app.node.validate().map((p) => p.split(" is a secret")[0])).toEqual([
      "test-one/backend: conn_str",
      "test-one/Proxmox/Provider: api_token",
    ]);
  });

  test("references are not literals", () => {
    const app = testApp();
    const [one] = twoStacks(app);
    new ProxmoxVm(one, "A", vm({})).vm.addOverride("initialization.user_account.password", "${data.vault_kv_secret_v2.x.data.pw}");
    expect(app.node.validate()).toEqual([]);
  });

  test("checks are attached once however many stacks there are", () => {
    const app = testApp();
    const [one, two] = twoStacks(app);
    new ProxmoxVm(one, "A", vm({}));
    new ProxmoxVm(two, "B", vm({ hostname: "b", ipv4: "10.9.0.22" }));
    expect(app.node.validate()).toHaveLength(1);
  });
});
