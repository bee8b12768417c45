import { ProxmoxConnection, SiteEnvironment } from "@homelab/constructs";
import { configProblems, synthJson, testEnvironment, testStack } from "../helpers/fixtures";

const fromVault = (vault: Partial<SiteEnvironment["vault"]> = {}): SiteEnvironment => {
  const env = testEnvironment();
  return { ...env, proxmox: { ...env.proxmox, credentials: { source: "vault" } }, vault: { ...env.vault, ...vault } };
};

describe("ProxmoxConnection", () => {
  test("environment credentials: an empty provider block, so the provider reads PROXMOX_VE_*", () => {
    const stack = testStack();
    const connection = new ProxmoxConnection(stack, "Proxmox", { environment: testEnvironment() });
    const json = synthJson(stack);
    expect(json.provider).toEqual({ proxmox: [{}] });
    expect(json.data).toBeUndefined();
    expect(connection.secret).toBeUndefined();
  });

  test("vault credentials: endpoint and token are lookups into a KV v2 secret, never literals", () => {
    const stack = testStack();
    new ProxmoxConnection(stack, "Proxmox", { environment: fromVault() });
    const json = synthJson(stack);
    const [secretId] = Object.keys(json.data.vault_kv_secret_v2);
    expect(json.data.vault_kv_secret_v2[secretId]).toMatchObject({ mount: "secret", name: "homelab/test/proxmox" });
    expect(json.provider.vault).toEqual([{ address: "https://vault.test.example:8200", skip_child_token: true }]);
    expect(json.provider.proxmox).toEqual([{
      endpoint: `\${data.vault_kv_secret_v2.${secretId}.data.endpoint}`,
      api_token: `\${data.vault_kv_secret_v2.${secretId}.data.api_token}`,
    }]);
  });

  test.each<[string, Partial<SiteEnvironment["vault"]>, string]>([
    ["a Vault address that is not a URL", { address: "vault:8200" }, 'test-stack/Proxmox: environment.vault.address must be an http(s) URL, got "vault:8200"; write it like "https://vault.example.net:8200"'],
    ["an absolute secret path", { proxmoxSecret: "/secret/x" }, 'test-stack/Proxmox: environment.vault needs kvMount and a relative proxmoxSecret path, got {"kvMount":"secret","proxmoxSecret":"/secret/x"}; e.g. kvMount "secret", proxmoxSecret "homelab/prod/proxmox"'],
  ])("rejects %s", (_, vault, message) => {
    expect(configProblems(() => new ProxmoxConnection(testStack(), "Proxmox", { environment: fromVault(vault) }))).toEqual([message]);
  });
});
