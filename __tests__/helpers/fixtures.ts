import { HomelabConfigError, SiteEnvironment } from "@homelab/constructs";
import { App, TerraformStack, Testing } from "cdktf";

/** A small valid environment; tests change one field at a time. Addresses are data only. */
export function testEnvironment(overrides: Partial<SiteEnvironment> = {}): SiteEnvironment {
  return {
    name: "test",
    domain: "test.example",
    proxmox: {
      nodes: [
        {
          name: "pve1",
          apiAddress: "10.9.0.11",
          cores: 8,
          memoryMiB: 16384,
          storages: [
            { name: "local", type: "dir", content: ["iso", "import", "snippets"] },
            { name: "fast", type: "lvmthin", content: ["images", "rootdir"] },
          ],
          pciDevices: [
            { mapping: "gpu0", kind: "gpu", description: "test GPU" },
            { mapping: "nic0", kind: "nic" },
          ],
        },
        {
          name: "pve2",
          apiAddress: "10.9.0.12",
          cores: 4,
          memoryMiB: 8192,
          storages: [
            { name: "local", type: "dir", content: ["iso"] },
            { name: "slow", type: "dir", content: ["images"] },
          ],
        },
      ],
      credentials: { source: "environment" },
      overcommit: { cpu: 2, memory: 1 },
    },
    networks: {
      lan: {
        cidr: "10.9.0.0/24",
        gateway: "10.9.0.1",
        bridge: "vmbr0",
        vlan: 9,
        dnsServers: ["10.9.0.2"],
        searchDomain: "test.example",
        dhcpPool: { start: "10.9.0.100", end: "10.9.0.199" },
        reserved: [{ start: "10.9.0.50", end: "10.9.0.59", purpose: "metallb" }],
      },
    },
    sshPublicKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIND5/vAN18Z0cnvpqCqT+HKs4kty5CrVjD3+aTN8LzKt ops@test"],
    vault: { address: "https://vault.test.example:8200", kvMount: "secret", proxmoxSecret: "homelab/test/proxmox" },
    stateBackend: { kind: "local", directory: "state" },
    ...overrides,
  };
}

/** An app whose annotations carry no stack traces, like the real one. */
export function testApp(outdir?: string): App {
  return Testing.app({ outdir, stackTraces: false });
}

/** A bare stack to put constructs in. */
export function testStack(app: App = testApp(), name = "test-stack"): TerraformStack {
  return new TerraformStack(app, name);
}

/** Synthesizes `stack` and returns its Terraform JSON. */
export function synthJson(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack));
}

/** The resources of one type in synthesized JSON, as a list. */
export function resources(json: any, type: string): any[] {
  return Object.values(json.resource?.[type] ?? {});
}

/** Runs `fn`, expecting a HomelabConfigError; returns its problems. */
export function configProblems(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof HomelabConfigError) return err.problems;
    throw err;
  }
  throw new Error("expected a HomelabConfigError, but nothing was thrown");
}
