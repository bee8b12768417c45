import { ProxmoxConnection, SiteEnvironment, VaultConnection } from "@homelab/constructs";
import { configProblems, synthJson, testEnvironment, testStack } from "../../helpers/fixtures";

const fromVault = (vault: Partial<SiteEnvironment["vault"]> = {}): SiteEnvironment => {
  const env = testEnvironment();
  return { ...env, proxmox: { ...env.proxmox!, credentials: { source: "vault" } }, vault: { ...env.vault, ...vault } };
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

  test("vault credentials: endpoint and token come from an ephemeral KV v2 read, never literals, never state", () => {
    const stack = testStack();
    const connection = new ProxmoxConnection(stack, "Proxmox", { environment: fromVault() });
    const json = synthJson(stack);
    expect(json.data).toBeUndefined();
    const [secretId] = Object.keys(json.ephemeral.vault_kv_secret_v2);
    expect(json.ephemeral.vault_kv_secret_v2[secretId]).toEqual({ mount: "secret", name: "homelab/test/proxmox" });
    expect(json.provider.vault).toEqual([{ address: "https://vault.test.example:8200", skip_child_token: true }]);
    expect(json.provider.proxmox).toEqual([
      {
        endpoint: `\${ephemeral.vault_kv_secret_v2.${secretId}.data.endpoint}`,
        api_token: `\${ephemeral.vault_kv_secret_v2.${secretId}.data.api_token}`,
      },
    ]);
    // The stack's one Vault provider is shared with every other construct that reads Vault.
    expect(VaultConnection.of(stack, fromVault())).toBe(connection.secret!.node.scope);
  });

  test("a second VaultConnection in one stack is refused", () => {
    const stack = testStack();
    VaultConnection.of(stack, fromVault());
    expect(configProblems(() => new VaultConnection(stack, "Other", { environment: fromVault() }))).toEqual([
      'test-stack/Other: stack already has a VaultConnection, got "test-stack/Vault"; share it with VaultConnection.of(stack, environment)',
    ]);
  });

  test("an ephemeral read refuses a path outside the mount's relative form", () => {
    expect(configProblems(() => VaultConnection.of(testStack(), fromVault()).readSecret("S", { mount: "secret", path: "/abs/" }))).toEqual([
      `test-stack/Vault/S: path must be relative, without a leading or trailing '/', got "/abs/"; e.g. "homelab/prod/proxmox"`,
    ]);
  });

  test.each<[string, Partial<SiteEnvironment["vault"]>, string]>([
    [
      "a Vault address that is not a URL",
      { address: "vault:8200" },
      'test-stack/Vault: environment.vault.address must be an http(s) URL, got "vault:8200"; write it like "https://vault.example.net:8200"',
    ],
    [
      "an absolute secret path",
      { proxmoxSecret: "/secret/x" },
      `test-stack/Vault/ProxmoxCredentials: path must be relative, without a leading or trailing '/', got "/secret/x"; e.g. "homelab/prod/proxmox"`,
    ],
  ])("rejects %s", (_, vault, message) => {
    expect(configProblems(() => new ProxmoxConnection(testStack(), "Proxmox", { environment: fromVault(vault) }))).toEqual([message]);
  });
});
