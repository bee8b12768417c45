import { collectInventory, ClusterNode, VaultServers } from "@homelab/constructs";
import { configProblems, resources, synthJson, testApp, testEnvironment, testStack } from "../../helpers/fixtures";

const env = testEnvironment();
const server = (n: number, extra: Partial<ClusterNode> = {}): ClusterNode => ({
  hostname: `vault0${n}`,
  vmId: 400 + n,
  ipv4: `10.9.0.4${n}`,
  ...extra,
});
const template = { templateFor: (node: string) => ({ vmId: node === "pve1" ? 9001 : 9002, node }) };

describe("VaultServers", () => {
  test("stateful servers, spread over nodes, Raft peers and the API address in the inventory", () => {
    const app = testApp();
    const stack = testStack(app);
    new VaultServers(stack, "Servers", { environment: env, template, servers: [server(1)], flavor: "openbao" });
    const [vm] = resources(synthJson(stack), "proxmox_virtual_environment_vm");
    expect(vm).toMatchObject({
      name: "vault01",
      protection: true,
      lifecycle: { prevent_destroy: true },
      tags: ["test", "vault"],
      startup: { order: 5 },
    });
    expect((collectInventory(app, "test").all.children as any).vault_servers).toEqual({
      hosts: { vault01: {} },
      vars: {
        vault_api_addr: "https://vault.test.example:8200",
        vault_flavor: "openbao",
        vault_raft_peers: [{ hostname: "vault01", address: "10.9.0.41" }],
        vault_snapshot_secret_id_vault_path: "secret/data/homelab/test/vault-snapshot:secret_id",
        vault_version: "2.6.2",
      },
    });
  });

  test.each<[string, ClusterNode[], string]>([
    [
      "two servers (Raft needs an odd count)",
      [server(1), server(2)],
      "test-stack/Servers: servers must hold 1, 3 or 5 servers (Raft needs an odd count for a quorum), got 2; use 3 servers for high availability, " +
        "or 1",
    ],
    [
      "three servers on two nodes",
      [server(1), server(2), server(3)],
      'test-stack/Servers: servers place vault01, vault03 on the same Proxmox node "pve1", so losing it takes 2 of 3 Raft voters, ' +
        'got ["vault01","vault03"]; put servers on distinct nodes (the environment has 2), or run fewer servers',
    ],
  ])("rejects %s", (_, servers, message) => {
    expect(configProblems(() => new VaultServers(testStack(), "Servers", { environment: env, template, servers }))).toEqual([message]);
  });
});
