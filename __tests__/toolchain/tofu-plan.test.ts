/**
 * Offline plans with the real provider: the Proxmox provider is configured against a dummy endpoint
 * on 127.0.0.1 (nothing listens there) with a token-shaped dummy; a plan that only creates resources
 * does not call the API. The pg-backed prod stacks are planned
 * with their own PostgreSQL roles in state-roles.test.ts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dummyProxmox, must, repoRoot, requireToolchain, stackCopy, tofu } from "../helpers/tofu";

const stackDir = (name: string) => join(repoRoot, "cdktf.out", "stacks", name);

/**
 * Plans a copy of a local-state stack with a state file inside the copy; returns `tofu show -json`.
 * A Vault provider is pointed at 127.0.0.1 (the model's Vault address is data, never a target), with
 * the lookups a configure step could make switched off.
 */
function planOffline(name: string, env: Record<string, string> = {}): any {
  const copy = stackCopy(stackDir(name));
  try {
    // The stack's local state path points into the repository; plan against a state in the copy.
    const file = join(copy.dir, "cdk.tf.json");
    const json = JSON.parse(readFileSync(file, "utf8"));
    delete json.terraform.backend;
    if (json.provider?.vault) json.provider.vault = [{ ...json.provider.vault[0], address: "https://127.0.0.1:1", skip_get_vault_version: true }];
    writeFileSync(file, JSON.stringify(json));
    must(tofu(["init", "-input=false", "-no-color"], copy.dir), `${name}: tofu init`);
    must(tofu(["plan", "-input=false", "-no-color", "-out=plan.bin"], copy.dir, { ...dummyProxmox, ...env }), `${name}: tofu plan`);
    return JSON.parse(must(tofu(["show", "-json", "plan.bin"], copy.dir), `${name}: tofu show`));
  } finally {
    copy.remove();
  }
}

describe("offline tofu plan", () => {
  beforeAll(requireToolchain);

  test("lab-ocean plans the GPU VM with the attributes the model asked for", () => {
    const plan = planOffline("lab-ocean");
    // The VM, and its Proxmox firewall (lab turns network.firewall.proxmox on).
    expect(plan.resource_changes.map((r: any) => [r.type, r.change.actions]).sort()).toEqual([
      ["proxmox_virtual_environment_firewall_options", ["create"]],
      ["proxmox_virtual_environment_firewall_rules", ["create"]],
      ["proxmox_virtual_environment_vm", ["create"]],
    ]);
    const after = plan.resource_changes.find((r: any) => r.type === "proxmox_virtual_environment_vm").change.after;
    expect(after).toMatchObject({
      node_name: "labnode1",
      vm_id: 1143,
      name: "ocean-lab",
      machine: "q35",
      bios: "ovmf",
      migrate: false,
      protection: false,
      on_boot: true,
      tags: ["gpu", "lab", "media"],
      clone: [{ vm_id: 9901, full: true }],
      hostpci: [{ device: "hostpci0", mapping: "lab-gpu", pcie: true }],
      memory: [{ dedicated: 8192, floating: 0 }],
      efi_disk: [{ datastore_id: "local-lvm", type: "4m" }],
      network_device: [{ bridge: "vmbr0", model: "virtio", queues: 4, vlan_id: 20, firewall: true, mac_address: "BC:24:11:20:00:43" }],
      initialization: [
        {
          ip_config: [{ ipv4: [{ address: "10.20.0.43/24", gateway: "10.20.0.1" }] }],
          dns: [{ domain: "lab.home.arpa", servers: ["10.20.0.2"] }],
          user_account: [{ username: "ops" }],
        },
      ],
    });
    expect(plan.planned_values.outputs).toMatchObject({ ocean_lab_ipv4: { value: "10.20.0.43" }, ocean_lab_vmid: { value: 1143 } });
    const options = plan.resource_changes.find((r: any) => r.type === "proxmox_virtual_environment_firewall_options").change.after;
    expect(options).toMatchObject({ node_name: "labnode1", vm_id: 1143, enabled: true, input_policy: "DROP", output_policy: "ACCEPT" });
    const rules = plan.resource_changes.find((r: any) => r.type === "proxmox_virtual_environment_firewall_rules").change.after.rule;
    expect(rules).toContainEqual(expect.objectContaining({ type: "in", action: "ACCEPT", proto: "tcp", dport: "22", source: "10.20.0.0/24" }));
  });

  test("lab-k3s plans the cluster's server and agent in start order", () => {
    const plan = planOffline("lab-k3s");
    const vms = plan.resource_changes
      .filter((r: any) => r.type === "proxmox_virtual_environment_vm")
      .map((r: any) => [r.change.after.name, r.change.actions[0], r.change.after.startup[0].order, r.change.after.tags]);
    expect(vms.sort()).toEqual([
      ["kube-lab01", "create", 10, ["k3s", "k3s-server", "lab"]],
      ["kube-lab02", "create", 20, ["k3s", "k3s-agent", "lab"]],
    ]);
    expect(plan.planned_values.outputs.kube_lab_api_endpoint.value).toBe("https://10.20.0.50:6443");
  });

  test("lab-edge plans the tunnel, its catch-all route and the Access policy without the Cloudflare API, and reads no token", () => {
    // Configure builds API clients without calling them; creating resources needs no read. Nothing
    // reads the connector token (the cloudflared role fetches it) and nothing writes Vault.
    const plan = planOffline("lab-edge", { CLOUDFLARE_API_TOKEN: "0".repeat(40) });
    const changes = plan.resource_changes.map((r: any) => [r.type, r.change.actions.join(",")]).sort();
    expect(changes).toEqual(
      [
        ["cloudflare_zero_trust_access_policy", "create"],
        ["cloudflare_zero_trust_tunnel_cloudflared", "create"],
        ["cloudflare_zero_trust_tunnel_cloudflared_config", "create"],
      ].sort(),
    );
    const after = (type: string) => plan.resource_changes.find((r: any) => r.type === type).change.after;
    expect(after("cloudflare_zero_trust_tunnel_cloudflared")).toMatchObject({
      name: "homelab-lab",
      config_src: "cloudflare",
      account_id: "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
    });
    expect(after("cloudflare_zero_trust_tunnel_cloudflared_config").config.ingress.map((r: any) => [r.hostname ?? null, r.service])).toEqual([
      ["plex.example.org", "http://10.20.0.43:32400"],
      [null, "http_status:404"],
    ]);
    expect(after("cloudflare_zero_trust_access_policy")).toMatchObject({
      name: "lab-admin",
      decision: "allow",
      include: [{ email: { email: "ops@example.org" } }],
    });
    expect(JSON.stringify(plan)).not.toContain("cloudflared_token");
  });
});
