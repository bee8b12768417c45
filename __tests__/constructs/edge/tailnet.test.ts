/**
 * Tailnet: the hosts that ask for the overlay (Machine `tailscale`), the policy generated from them
 * (tagOwners, grants), the inventory's tailscale group with the auth key's Vault path, the secret
 * access declared for Ansible, and every check's exact message.
 */
import { collectInventory, declarations, Machine, ProxmoxVm, SECRETS, Tailnet, TailnetProps } from "@homelab/constructs";
import { TerraformStack } from "cdktf";
import { configProblems, testApp, testEnvironment, testStack } from "../../helpers/fixtures";

const environment = testEnvironment();
const authKey = { mount: "secret", path: "homelab/test/tailscale", field: "auth_key" };

function pi(stack: TerraformStack, id: string, hostname: string, ipv4: string, tags: string[], name?: string) {
  return new Machine(stack, id, {
    environment,
    hostname,
    ipv4,
    architecture: "arm64",
    cores: 4,
    memoryMiB: 4096,
    tailscale: { tags, ...(name ? { hostname: name } : {}) },
  });
}

function props(over: Partial<TailnetProps> = {}): TailnetProps {
  return { environment, tailnet: "tail0a1b2c.ts.net", authKey, ...over };
}

function validationProblems(stack: TerraformStack): string[] {
  return stack.node.findAll().flatMap((c) => c.node.validate().map((m) => `${c.node.path}: ${m}`));
}

describe("Tailnet", () => {
  test("defaults: every node tag owned by admins, members reach the tagged nodes; nodes by MagicDNS name; the inventory", () => {
    const app = testApp();
    const stack = testStack(app);
    pi(stack, "Nas", "pi5", "10.9.0.20", ["tag:nas"]);
    pi(stack, "Ci", "pi4", "10.9.0.21", ["tag:ci", "tag:nas"], "builder");
    const tailnet = new Tailnet(stack, "Tailnet", props());
    expect(tailnet.policy).toEqual({
      tagOwners: { "tag:ci": ["autogroup:admin"], "tag:nas": ["autogroup:admin"] },
      grants: [{ src: ["autogroup:member"], dst: ["tag:ci", "tag:nas"], ip: ["*"] }],
    });
    expect(tailnet.nodes).toEqual({
      pi4: { name: "builder.tail0a1b2c.ts.net", tags: ["tag:ci", "tag:nas"] },
      pi5: { name: "pi5.tail0a1b2c.ts.net", tags: ["tag:nas"] },
    });
    const groups = collectInventory(app, "test").all.children as any;
    expect(groups.tailscale).toEqual({
      hosts: {
        pi4: { tailscale_hostname: "builder", tailscale_tags: ["tag:ci", "tag:nas"] },
        pi5: { tailscale_hostname: "pi5", tailscale_tags: ["tag:nas"] },
      },
      vars: { tailscale_auth_key: "secret/data/homelab/test/tailscale:auth_key", tailscale_tailnet: "tail0a1b2c.ts.net" },
    });
    expect(declarations(app, SECRETS).map((d) => d.entry)).toContainEqual({
      mount: "secret",
      path: "homelab/test/tailscale",
      access: "read",
      by: "ansible",
    });
    expect(validationProblems(stack)).toEqual([]);
  });

  test("a VM joins like a machine: its tag owned, its name in the nodes, its host in the inventory's group", () => {
    const app = testApp();
    const stack = testStack(app);
    new ProxmoxVm(stack, "Registry", {
      environment,
      hostname: "registry",
      vmId: 150,
      node: "pve1",
      template: { vmId: 9001, node: "pve1" },
      ipv4: "10.9.0.60",
      tailscale: { tags: ["tag:registry"] },
    });
    const tailnet = new Tailnet(stack, "Tailnet", props());
    expect(tailnet.nodes).toEqual({ registry: { name: "registry.tail0a1b2c.ts.net", tags: ["tag:registry"] } });
    expect((tailnet.policy.tagOwners as any)["tag:registry"]).toEqual(["autogroup:admin"]);
    expect((collectInventory(app, "test").all.children as any).tailscale.hosts).toEqual({
      registry: { tailscale_hostname: "registry", tailscale_tags: ["tag:registry"] },
    });
    expect(
      configProblems(
        () =>
          new ProxmoxVm(stack, "Bad", {
            environment,
            hostname: "bad",
            vmId: 151,
            node: "pve1",
            template: { vmId: 9001, node: "pve1" },
            ipv4: "10.9.0.61",
            tailscale: { tags: ["registry"] },
          }),
      ),
    ).toEqual(['test-stack/Bad: tailscale.tags[0] is not a Tailscale tag, got "registry"; write it like "tag:nas"']);
  });

  test("given owners and grants are written as given, ports defaulting to every port", () => {
    const stack = testStack();
    pi(stack, "Nas", "pi5", "10.9.0.20", ["tag:nas"]);
    const tailnet = new Tailnet(
      stack,
      "Tailnet",
      props({
        tagOwners: { "tag:nas": ["group:ops"] },
        grants: [
          { src: ["group:ops"], dst: ["tag:nas"] },
          { src: ["autogroup:member"], dst: ["tag:nas"], ip: ["tcp:443"] },
        ],
      }),
    );
    expect(tailnet.policy).toEqual({
      tagOwners: { "tag:nas": ["group:ops"] },
      grants: [
        { src: ["group:ops"], dst: ["tag:nas"], ip: ["*"] },
        { src: ["autogroup:member"], dst: ["tag:nas"], ip: ["tcp:443"] },
      ],
    });
  });

  test("the tailnet's mistakes: its name, the key's reference, a tag that is no tag, a grant that allows nothing", () => {
    const stack = testStack();
    expect(
      configProblems(
        () =>
          new Tailnet(
            stack,
            "Tailnet",
            props({
              tailnet: "not a name",
              authKey: { mount: "secret", path: "", field: "auth_key" },
              tagOwners: { nas: ["autogroup:admin"] },
              grants: [{ src: [], dst: [] }],
            }),
          ),
      ),
    ).toEqual([
      'test-stack/Tailnet: tailnet is not a DNS domain, got "not a name"; use the tailnet\'s DNS name, e.g. "tail0a1b2c.ts.net"',
      'test-stack/Tailnet: authKey.path is empty, got ""; e.g. { mount: "secret", path: "homelab/prod/tailscale", field: "auth_key" }',
      'test-stack/Tailnet: tagOwners["nas"] is not a Tailscale tag, got "nas"; write it like "tag:nas"',
      'test-stack/Tailnet: grants[0].src is empty, so the grant allows nothing, got []; name sources, e.g. ["autogroup:member"]',
      'test-stack/Tailnet: grants[0].dst is empty, so the grant allows nothing, got []; name destinations, e.g. ["tag:nas"]',
    ]);
  });

  test("at synth: a node's tag no owner applies, a grant's tag no owner applies, two nodes with one name", () => {
    const stack = testStack();
    pi(stack, "Nas", "pi5", "10.9.0.20", ["tag:nas"]);
    pi(stack, "Ci", "pi4", "10.9.0.21", ["tag:ci"], "pi5");
    new Tailnet(stack, "Tailnet", props({ tagOwners: { "tag:nas": ["autogroup:admin"] }, grants: [{ src: ["tag:kiosk"], dst: ["tag:nas"] }] }));
    expect(validationProblems(stack)).toEqual([
      'test-stack/Tailnet: tagOwners has no owner for tag:ci, which pi4 uses, got ["tag:nas"]; add "tag:ci" to tagOwners',
      'test-stack/Tailnet: grants[0].src uses a tag no owner applies, got "tag:kiosk"; add it to tagOwners, or use one of "tag:nas"',
      'test-stack/Tailnet: nodes has two nodes named pi5 (pi5 and pi4), got "pi5"; give one a tailscale.hostname',
    ]);
  });

  test("a machine's tailscale mistakes: no tag, a tag that is no tag, a hostname that is no DNS label", () => {
    const stack = testStack();
    expect(
      configProblems(
        () =>
          new Machine(stack, "Pi", {
            environment,
            hostname: "pi5",
            ipv4: "10.9.0.20",
            architecture: "arm64",
            cores: 4,
            memoryMiB: 4096,
            tailscale: { tags: [], hostname: "Not_A_Label" },
          }),
      ),
    ).toEqual([
      'test-stack/Pi: tailscale.tags is empty; a node without a tag is owned by whoever added it, got []; give it a tag, e.g. ["tag:nas"]',
      'test-stack/Pi: tailscale.hostname must be a DNS label (a-z, 0-9, \'-\', at most 63 characters), got "Not_A_Label"; use e.g. "pi5"',
    ]);
    expect(configProblems(() => pi(stack, "Pi2", "pi6", "10.9.0.26", ["nas"]))).toEqual([
      'test-stack/Pi2: tailscale.tags[0] is not a Tailscale tag, got "nas"; write it like "tag:nas"',
    ]);
  });
});
