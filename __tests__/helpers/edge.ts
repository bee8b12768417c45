import { GpuVm, SiteEnvironment } from "@homelab/constructs";
import { TerraformStack } from "cdktf";
import { testEnvironment } from "./fixtures";

/** The test environment with a Cloudflare account and a zone given by ID. */
export function edgeEnvironment(): SiteEnvironment {
  return testEnvironment({
    cloudflare: {
      accountId: "0123456789abcdef0123456789abcdef",
      zone: { name: "example.net", id: "fedcba9876543210fedcba9876543210" },
      credentials: { source: "environment" },
    },
  });
}

/** The GPU host that runs cloudflared and the apps. */
export function connector(stack: TerraformStack, environment = edgeEnvironment()): GpuVm {
  return new GpuVm(stack, "Ocean", {
    environment,
    hostname: "ocean",
    vmId: 143,
    gpu: "gpu0",
    template: { vmId: 9001, node: "pve1" },
    ipv4: "10.9.0.43",
    // Room for the apps the tests run on it (the stack counts their memory against the host's).
    memoryMiB: 12288,
  });
}
