import { EnvironmentStack } from "@homelab/constructs";
import { configProblems, synthJson, testApp, testEnvironment } from "../helpers/fixtures";

describe("EnvironmentStack", () => {
  test("is named <environment>-<purpose> and has exactly one backend of the environment's kind", () => {
    const stack = new EnvironmentStack(testApp(), { environment: testEnvironment(), purpose: "ocean" });
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
});
