import { EnvironmentStack, ProxmoxConnection, SiteEnvironment, validateAll, VaultConnection, VaultServers } from "@homelab/constructs";
import { synthJson, testApp, testEnvironment } from "../../helpers/fixtures";

/** The test environment with Proxmox credentials from Vault. */
function fromVault(): SiteEnvironment {
  const env = testEnvironment();
  return { ...env, proxmox: { ...env.proxmox!, credentials: { source: "vault" } } };
}

const servers = [{ hostname: "vault1", vmId: 401, ipv4: "10.9.0.40", node: "pve1" }];

describe("the bootstrap tier", () => {
  test("a bootstrap stack's provider takes the environment's bootstrap credentials and reads nothing from Vault; the others read Vault", () => {
    const app = testApp();
    const env = fromVault();
    const images = new EnvironmentStack(app, { environment: env, purpose: "images", bootstrap: true });
    const boot = new ProxmoxConnection(images, "Proxmox", { environment: env });
    const ocean = new EnvironmentStack(app, { environment: env, purpose: "ocean" });
    const normal = new ProxmoxConnection(ocean, "Proxmox", { environment: env });
    expect([images.bootstrap, ocean.bootstrap]).toEqual([true, false]);
    expect([boot.mode, normal.mode]).toEqual(["bootstrap", "vault"]);
    expect(synthJson(images).ephemeral).toBeUndefined();
    expect(synthJson(images).provider.proxmox).toEqual([{}]);
    expect(Object.values(synthJson(ocean).ephemeral.vault_kv_secret_v2)).toEqual([{ mount: "secret", name: "homelab/test/proxmox" }]);
  });

  test("the Vault servers in a stack that reads its Proxmox credentials from Vault cannot be bootstrapped", () => {
    const app = testApp();
    const env = fromVault();
    const stack = new EnvironmentStack(app, { environment: env, purpose: "vault" });
    new ProxmoxConnection(stack, "Proxmox", { environment: env });
    new VaultServers(stack, "Servers", { environment: env, servers, template: { vmId: 9001, node: "pve1" } });
    expect(validateAll(app)).toContain(
      "test-vault/Servers: servers are in test-vault, which reads its Proxmox credentials from the Vault these servers run, so the first deploy " +
        'cannot create them, got ["vault1"]; build them in a stack of their own with EnvironmentStackProps.bootstrap set ' +
        "(it uses the environment's bootstrap credentials)",
    );
  });

  test("in a bootstrap stack they can; with credentials from the environment the rule does not apply", () => {
    for (const [env, bootstrap] of [
      [fromVault(), true],
      [testEnvironment(), false],
    ] as const) {
      const app = testApp();
      const stack = new EnvironmentStack(app, { environment: env, purpose: "vault-servers", bootstrap });
      new ProxmoxConnection(stack, "Proxmox", { environment: env });
      new VaultServers(stack, "Servers", { environment: env, servers, template: { vmId: 9001, node: "pve1" } });
      expect(validateAll(app)).toEqual([]);
    }
  });

  test("a bootstrap stack may depend only on bootstrap stacks, and Terraform in it may read nothing from Vault", () => {
    const app = testApp();
    const env = testEnvironment();
    const later = new EnvironmentStack(app, { environment: env, purpose: "ocean" });
    const boot = new EnvironmentStack(app, { environment: env, purpose: "images", bootstrap: true });
    boot.addDependency(later);
    VaultConnection.of(boot, env).readSecret("Token", { mount: "secret", path: "homelab/test/token" });
    expect(validateAll(app)).toEqual([
      "test-images: bootstrap is set, but the stack depends on test-ocean, which is not a bootstrap stack (it is deployed after Vault), " +
        'got "test-ocean"; move what this stack takes from test-ocean into a bootstrap stack, or make test-ocean one',
      "test-images: bootstrap is set, but test-images/Vault/Token reads secret/homelab/test/token from Vault during plan, before Vault exists, " +
        'got "secret/homelab/test/token"; build it in a stack that is not a bootstrap stack',
    ]);
  });
});
