/**
 * Every synthesized stack in cdktf.out passes `tofu init -backend=false` + `tofu validate` with the
 * providers the toolchain built: no errors and no warnings (deprecations fail too).
 */
import { EnvironmentStack, ProxmoxConnection, ProxmoxVm } from "@homelab/constructs";
import { Testing } from "cdktf";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testApp, testEnvironment } from "../helpers/fixtures";
import { repoRoot, requiredProviders, requireToolchain, stackCopy, unavailableProviders, validateStack } from "../helpers/tofu";

const stacksDir = join(repoRoot, "cdktf.out", "stacks");
const stacks = readdirSync(stacksDir).sort();
const unavailable = unavailableProviders();

describe("tofu validate", () => {
  beforeAll(requireToolchain);

  test("cdktf.out holds the stacks of every environment", () => {
    expect(stacks).toEqual([
      "lab-backups",
      "lab-edge",
      "lab-images",
      "lab-k3s",
      "lab-media",
      "lab-ocean",
      "lab-platform",
      "lab-vault",
      "lab-vault-servers",
      "pi-backups",
      "pi-docker",
      "pi-machines",
      "prod-backups",
      "prod-edge",
      "prod-elastic",
      "prod-images",
      "prod-k3s",
      "prod-media",
      "prod-ocean",
      "prod-platform",
      "prod-vault",
      "prod-vault-servers",
    ]);
  });

  test.each(stacks)("%s is valid with the real providers", (stack) => {
    const json = JSON.parse(readFileSync(join(stacksDir, stack, "cdk.tf.json"), "utf8"));
    const missing = Object.keys(requiredProviders(json)).filter((name) => unavailable.has(name));
    if (missing.length > 0) {
      throw new Error(`${stack} needs providers the toolchain could not build: ${missing.map((m) => `${m} (${unavailable.get(m)})`).join("; ")}`);
    }
    const copy = stackCopy(join(stacksDir, stack));
    try {
      expect(validateStack(copy.dir, stack)).toEqual([]);
    } finally {
      copy.remove();
    }
  });
});

/** Synthesizes a one-VM stack into a temp folder and validates it; returns the diagnostics. */
function validateSynthesized(build: (stack: EnvironmentStack) => void): string[] {
  const environment = testEnvironment();
  const stack = new EnvironmentStack(testApp(), { environment, purpose: "probe" });
  build(stack);
  const dir = mkdtempSync(join(tmpdir(), "homelab-probe-"));
  try {
    writeFileSync(join(dir, "cdk.tf.json"), Testing.synth(stack));
    return validateStack(dir, "probe");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const vmProps = {
  hostname: "probe",
  vmId: 150,
  node: "pve1",
  template: { vmId: 9001, node: "pve1" },
  ipv4: "10.9.0.30",
};

describe("tofu validate catches what the constructs get wrong", () => {
  beforeAll(requireToolchain);

  test("an attribute the provider does not have is an error", () => {
    const diagnostics = validateSynthesized((stack) => {
      new ProxmoxConnection(stack, "Proxmox", { environment: stack.environment });
      new ProxmoxVm(stack, "Probe", { ...vmProps, environment: stack.environment }).vm.addOverride("cpu.cores_per_socket", 2);
    });
    expect(diagnostics).toEqual([expect.stringMatching(/^probe: error: Extraneous JSON object property: /)]);
  });

  test("Proxmox credentials read from Vault (ephemeral, never in state) validate with the real vault provider", () => {
    const diagnostics = validateSynthesized((stack) => {
      const env = stack.environment;
      new ProxmoxConnection(stack, "Proxmox", { environment: { ...env, proxmox: { ...env.proxmox!, credentials: { source: "vault" } } } });
      new ProxmoxVm(stack, "Probe", { ...vmProps, environment: env });
    });
    expect(diagnostics).toEqual([]);
  });
});
