// A generated homelab of N VMs for `npm run bench`: one environment, enough nodes for the VMs, one
// stack per 50 VMs, every VM a full ProxmoxVm. Bundled by scripts/bench.mjs; argv[2] is N.
import { EnvironmentStack, HomelabApp, ProxmoxConnection, ProxmoxVm, SiteEnvironment, synthesizeHomelab } from "@homelab/constructs";
import { formatIpv4 } from "../constructs/lib/core/ipv4";

const count = Number(process.argv[2] ?? "10");
const perNode = 25;
const nodes = Array.from({ length: Math.ceil(count / perNode) }, (_, i) => ({
  name: `node${String(i + 1).padStart(3, "0")}`,
  apiAddress: formatIpv4(0x0a640000 + i + 2),
  cores: 64,
  memoryMiB: 256 * 1024,
  storages: [{ name: "local-lvm", type: "lvmthin", content: ["images" as const] }],
}));
const environment: SiteEnvironment = {
  name: "bench",
  domain: "bench.example",
  proxmox: { nodes, credentials: { source: "environment" }, overcommit: { cpu: 4, memory: 1 } },
  networks: {
    lan: {
      cidr: "10.100.0.0/16",
      gateway: "10.100.0.1",
      bridge: "vmbr0",
      dnsServers: ["10.100.0.2"],
      searchDomain: "bench.example",
      dhcpPool: { start: "10.100.255.0", end: "10.100.255.254" },
    },
  },
  sshPublicKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIND5/vAN18Z0cnvpqCqT+HKs4kty5CrVjD3+aTN8LzKt bench@example"],
  vault: { address: "https://vault.bench.example:8200", kvMount: "secret", proxmoxSecret: "bench/proxmox" },
  stateBackend: { kind: "local", directory: "state" },
};

process.exitCode = synthesizeHomelab(() => {
  const app = new HomelabApp();
  let stack: EnvironmentStack | undefined;
  for (let i = 0; i < count; i++) {
    if (i % 50 === 0) {
      stack = new EnvironmentStack(app, { environment, purpose: `vms${i / 50}` });
      new ProxmoxConnection(stack, "Proxmox", { environment });
    }
    const node = nodes[Math.floor(i / perNode)].name;
    new ProxmoxVm(stack!, `vm${i}`, {
      environment,
      hostname: `vm${i}`,
      vmId: 1000 + i,
      node,
      template: { vmId: 900, node },
      ipv4: formatIpv4(0x0a640100 + i),
      cores: 2,
      memoryMiB: 4096,
    });
  }
  return app;
});
