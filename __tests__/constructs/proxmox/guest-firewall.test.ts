/**
 * The Proxmox firewall of a VM (`ProxmoxVm.enableFirewall`): the NIC's firewall flag, options that
 * drop inbound by default, and the rules of the network plan's policy rendered at synth.
 */
import { guestRules, networkPlans } from "@homelab/constructs";
import { Testing } from "cdktf";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../../../src/app";

describe("GuestFirewall", () => {
  const dir = mkdtempSync(join(tmpdir(), "homelab-guest-fw-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const app = buildApp(join(dir, "out"));
  const stackJson = (name: string) => JSON.parse(Testing.synth(app.node.findChild(name) as never));

  test("renders the policy as ordered Proxmox rules", () => {
    expect(
      guestRules({
        adminCidrs: ["10.0.9.0/24", "10.0.8.0/24"],
        peers: ["10.0.0.3", "10.0.0.2"],
        allows: [
          { protocol: "udp", port: 67, from: [], why: "dhcp" },
          { protocol: "tcp", port: 53, from: ["10.0.0.0/24"], why: "dns" },
        ],
      }),
    ).toEqual([
      { type: "in", action: "ACCEPT", macro: "Ping", comment: "ICMP echo" },
      { type: "in", action: "ACCEPT", proto: "tcp", dport: "22", source: "10.0.9.0/24,10.0.8.0/24", comment: "ssh from the admin networks" },
      { type: "in", action: "ACCEPT", source: "10.0.0.2,10.0.0.3", comment: "cluster peers" },
      { type: "in", action: "ACCEPT", proto: "tcp", dport: "53", source: "10.0.0.0/24", comment: "dns" },
      { type: "in", action: "ACCEPT", proto: "udp", dport: "67", comment: "dhcp" },
    ]);
  });

  test("lab's VMs (firewall.proxmox) get the flag, the options and their ruleset's rules; prod's do not", () => {
    const lab = stackJson("lab-ocean");
    const vm = Object.values(lab.resource.proxmox_virtual_environment_vm as Record<string, any>)[0];
    expect(vm.network_device[0].firewall).toBe(true);
    const options = Object.values(lab.resource.proxmox_virtual_environment_firewall_options as Record<string, any>)[0];
    expect(options).toMatchObject({ enabled: true, input_policy: "DROP", output_policy: "ACCEPT", node_name: "labnode1", vm_id: 1143 });
    const rules = Object.values(lab.resource.proxmox_virtual_environment_firewall_rules as Record<string, any>)[0];
    const plan = networkPlans(app).get("lab")!;
    const ocean = plan.hosts.find((h) => h.hostname === "ocean-lab")!;
    expect(rules.rule).toEqual(guestRules(plan.firewallOf(ocean)));
    expect(rules.rule).toContainEqual(expect.objectContaining({ dport: "32400", proto: "tcp", source: "10.20.0.0/24" }));
    const k3s = stackJson("lab-k3s");
    expect(Object.keys(k3s.resource.proxmox_virtual_environment_firewall_rules)).toHaveLength(2);
    const prod = stackJson("prod-ocean");
    expect(prod.resource.proxmox_virtual_environment_firewall_rules).toBeUndefined();
    for (const v of Object.values(prod.resource.proxmox_virtual_environment_vm as Record<string, any>))
      expect(v.network_device[0].firewall).toBe(false);
  });
});
