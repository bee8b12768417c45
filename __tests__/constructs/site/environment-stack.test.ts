import { EnvironmentStack } from "@homelab/constructs";
import { join } from "node:path";
import { validateAll } from "@homelab/constructs";
import { ProxmoxVm } from "@homelab/constructs";
import { configProblems, synthJson, testApp, testEnvironment } from "../../helpers/fixtures";

describe("EnvironmentStack", () => {
  test("is named <environment>-<purpose> and has exactly one backend of the environment's kind", () => {
    const stack = new EnvironmentStack(testApp(join(process.cwd(), "cdktf.out")), { environment: testEnvironment(), purpose: "ocean" });
    expect(stack.node.id).toBe("test-ocean");
    expect(synthJson(stack).terraform.backend).toEqual({ local: { path: "../../../state/test-ocean.tfstate" } });
    expect(stack.stateBackend.location).toBe("local:state/test-ocean.tfstate");
  });

  test("rejects a bad purpose", () => {
    expect(configProblems(() => new EnvironmentStack(testApp(), { environment: testEnvironment(), purpose: "Ocean VMs" }))).toEqual([
      'test-Ocean VMs: purpose must be lower-case words joined by \'-\', got "Ocean VMs"; use e.g. "images" or "ocean"',
    ]);
  });

  test("rejects an inconsistent environment before creating the stack", () => {
    const app = testApp();
    const env = testEnvironment();
    const bad = { ...env, networks: { lan: { ...env.networks.lan, cidr: "10.9.0.128/24" } } };
    expect(configProblems(() => new EnvironmentStack(app, { environment: bad, purpose: "k3s" }))).toEqual([
      'test-k3s: networks.lan.cidr is not a canonical network (host bits set), got "10.9.0.128/24"; use "10.9.0.0/24" or fix the prefix length',
    ]);
    expect(app.node.children).toHaveLength(0);
  });

  test("a stack name used twice is an error, not a construct-tree stack trace", () => {
    const app = testApp();
    new EnvironmentStack(app, { environment: testEnvironment(), purpose: "ocean" });
    expect(configProblems(() => new EnvironmentStack(app, { environment: testEnvironment(), purpose: "ocean" }))).toEqual([
      'test-ocean: name is already the name of another stack in the app, got "test-ocean"; give each stack of an environment its own purpose',
    ]);
  });

  test("two different environments with one name are an error; the same description twice is fine", () => {
    const app = testApp();
    new EnvironmentStack(app, { environment: testEnvironment(), purpose: "images" });
    new EnvironmentStack(app, { environment: testEnvironment(), purpose: "ocean" });
    expect(configProblems(() => new EnvironmentStack(app, { environment: testEnvironment({ domain: "other.example" }), purpose: "k3s" }))).toEqual([
      "test-k3s: environment.name is the name of a different environment already in the app, " +
        'got "test"; give every environment its own name (it prefixes stack names and state)',
    ]);
  });

  test("resources without their provider get the library's message naming the connection to add", () => {
    const app = testApp();
    const stack = new EnvironmentStack(app, { environment: testEnvironment(), purpose: "noprovider" });
    new ProxmoxVm(stack, "A", {
      environment: stack.environment,
      hostname: "a",
      vmId: 300,
      node: "pve1",
      template: { vmId: 9001, node: "pve1" },
      ipv4: "10.9.0.20",
    });
    expect(validateAll(app)).toEqual([
      "test-noprovider: providers has no proxmox provider for 1 construct(s) that need it, " +
        'got ["test-noprovider/A/Vm"]; add new ProxmoxConnection(stack, "Proxmox", { environment }) to the stack',
    ]);
  });
});
