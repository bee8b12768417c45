import { EnvironmentStack, K3sCluster, ProxmoxConnection, VaultConnection, VaultLayout, VaultLayoutProps, validateAll } from "@homelab/constructs";
import { configProblems, resources, synthJson, testApp, testEnvironment } from "../../helpers/fixtures";

const env = testEnvironment();
const vaultEnv = {
  ...env,
  proxmox: { ...env.proxmox!, credentials: { source: "vault" as const } },
  vault: { ...env.vault, proxmoxSecret: "homelab/test/proxmox" },
};
const pki = { rootCommonName: "Test Root CA", domains: ["test.example"] };

/** An app with a stack that reads the Proxmox credentials from Vault and a cluster whose token Ansible reads. */
function appWithReaders() {
  const app = testApp();
  const vms = new EnvironmentStack(app, { environment: vaultEnv, purpose: "vms" });
  new ProxmoxConnection(vms, "Proxmox", { environment: vaultEnv });
  const k3s = new EnvironmentStack(app, { environment: vaultEnv, purpose: "k3s" });
  new ProxmoxConnection(k3s, "Proxmox", { environment: { ...vaultEnv, proxmox: { ...vaultEnv.proxmox, credentials: { source: "environment" } } } });
  const reserved = [...env.networks.lan.reserved!, { start: "10.9.0.60", end: "10.9.0.60", purpose: "k3s-api-vip" }];
  const nodes = env.proxmox!.nodes.map((n) => ({ ...n, cores: 32, memoryMiB: 131072 }));
  const big = { ...vaultEnv, proxmox: { ...vaultEnv.proxmox, nodes }, networks: { lan: { ...env.networks.lan, reserved } } };
  new K3sCluster(k3s, "Kube", {
    environment: big,
    name: "kube",
    k3sVersion: "v1.33.5+k3s1",
    servers: [{ hostname: "k1", vmId: 201, ipv4: "10.9.0.61" }],
    allowSingleServer: true,
    template: { vmId: 9001, node: "pve1" },
    token: { mount: "secret", path: "homelab/test/k3s", field: "token" },
  });
  const vault = new EnvironmentStack(app, { environment: vaultEnv, purpose: "vault" });
  return { app, vms, k3s, vault };
}

describe("VaultLayout", () => {
  test("each stack's policy grants exactly the secrets it reads; Ansible's exactly what the roles read; readers depend on the layout", () => {
    const { app, vms, vault } = appWithReaders();
    const layout = new VaultLayout(vault, "Layout", {
      environment: vaultEnv,
      pki,
      kubernetes: { kube: { apiEndpoint: "https://10.9.0.60:6443", caCert: "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n" } },
      appRoles: { boundCidrs: ["10.9.0.0/24"] },
    });
    const json = synthJson(vault);
    const policies = Object.fromEntries(resources(json, "vault_policy").map((p) => [p.name, p.policy]));
    expect(policies).toEqual({
      "cert-manager": 'path "pki_int/sign/ingress" {\n  capabilities = ["update"]\n}\n',
      ansible: 'path "secret/data/homelab/test/k3s" {\n  capabilities = ["read"]\n}\n',
      // test-k3s's provider reads its environment, which its pipeline fills from the Proxmox secret.
      "test-k3s": 'path "secret/data/homelab/test/proxmox" {\n  capabilities = ["read"]\n}\n',
      "test-vms": 'path "secret/data/homelab/test/proxmox" {\n  capabilities = ["read"]\n}\n',
    });
    expect(resources(json, "vault_approle_auth_backend_role").map((r) => [r.role_name, r.token_policies, r.token_ttl])).toEqual([
      ["ansible", [expect.stringMatching(/^\$\{vault_policy\.Layout_Policy-ansible_[0-9A-F]+\.name\}$/)], 1800],
      ["test-k3s", [expect.stringMatching(/^\$\{vault_policy\.Layout_Policy-test-k3s_[0-9A-F]+\.name\}$/)], 1800],
      ["test-vms", [expect.stringMatching(/^\$\{vault_policy\.Layout_Policy-test-vms_[0-9A-F]+\.name\}$/)], 1800],
    ]);
    expect(
      resources(json, "vault_mount")
        .map((m) => [m.path, m.type])
        .sort(),
    ).toEqual([
      ["pki", "pki"],
      ["pki_int", "pki"],
      ["secret", "kv"],
    ]);
    expect(resources(json, "vault_pki_secret_backend_root_cert")[0]).toMatchObject({
      type: "internal",
      common_name: "Test Root CA",
      ttl: String(87600 * 3600),
    });
    // One role per consumer: hosts by their exact names (the app's, read at synth), ingresses under apps.<domain>.
    const [hosts, ingress] = resources(json, "vault_pki_secret_backend_role");
    expect(hosts).toMatchObject({
      name: "hosts",
      allowed_domains: ["k1.test.example", "vault.test.example"],
      allow_bare_domains: true,
      allow_subdomains: false,
      allow_glob_domains: false,
      allow_wildcard_certificates: false,
      max_ttl: String(2160 * 3600),
    });
    expect(ingress).toMatchObject({ name: "ingress", allowed_domains: ["apps.test.example"], allow_subdomains: true, allow_bare_domains: false });
    expect(resources(json, "vault_kubernetes_auth_backend_config")[0]).toMatchObject({
      kubernetes_host: "https://10.9.0.60:6443",
      disable_local_ca_jwt: true,
    });
    expect(layout.node.metadata).toEqual([]);
    expect(resources(json, "vault_audit")).toEqual([]);
    expect(resources(json, "vault_kubernetes_auth_backend_role")[0]).toMatchObject({
      role_name: "cert-manager",
      bound_service_account_names: ["cert-manager"],
      bound_service_account_namespaces: ["cert-manager"],
    });
    expect(vms.dependencies).toEqual([vault]);
    expect([...layout.roles.keys()]).toEqual(["ansible", "test-k3s", "test-vms"]);
    expect(validateAll(app)).toEqual([]);
  });

  test("each stack's pipeline reads its own state credential, never another stack's", () => {
    const { vault } = appWithReaders();
    new VaultLayout(vault, "Layout", { environment: vaultEnv, pki, stateSecrets: "homelab/test/tfstate" });
    const policies = Object.fromEntries(resources(synthJson(vault), "vault_policy").map((p) => [p.name, p.policy]));
    expect(policies["test-vms"]).toBe(
      'path "secret/data/homelab/test/proxmox" {\n  capabilities = ["read"]\n}\n\n' +
        'path "secret/data/homelab/test/tfstate/test-vms" {\n  capabilities = ["read"]\n}\n',
    );
    expect(policies["test-k3s"]).toContain('path "secret/data/homelab/test/tfstate/test-k3s"');
    expect(policies["test-k3s"]).not.toContain("tfstate/test-vms");
  });

  test("the roles in pki.issuers may issue internal certificates; a role that only issues gets an AppRole for that alone", () => {
    const { vault } = appWithReaders();
    const layout = new VaultLayout(vault, "Layout", { environment: vaultEnv, pki: { ...pki, issuers: ["ansible", "test-certs"] } });
    const policies = Object.fromEntries(resources(synthJson(vault), "vault_policy").map((p) => [p.name, p.policy]));
    const issue = 'path "pki_int/issue/hosts" {\n  capabilities = ["update"]\n}\n';
    expect(policies).toEqual({
      ansible: `${issue}\npath "secret/data/homelab/test/k3s" {\n  capabilities = ["read"]\n}\n`,
      "test-certs": issue,
      // test-k3s's provider reads its environment, which its pipeline fills from the Proxmox secret.
      "test-k3s": 'path "secret/data/homelab/test/proxmox" {\n  capabilities = ["read"]\n}\n',
      "test-vms": 'path "secret/data/homelab/test/proxmox" {\n  capabilities = ["read"]\n}\n',
    });
    expect([...layout.roles.keys()]).toEqual(["ansible", "test-certs", "test-k3s", "test-vms"]);
  });

  test("a secret declared after the layout was built is in the policies: grants are derived at synth, whatever the order", () => {
    const { app, vault } = appWithReaders();
    const layout = new VaultLayout(vault, "Layout", { environment: vaultEnv, pki });
    const late = new EnvironmentStack(app, { environment: vaultEnv, purpose: "late" });
    VaultConnection.of(late, vaultEnv).readSecret("Late", { mount: "secret", path: "homelab/test/late" });
    expect(validateAll(app)).toEqual([]);
    expect([...layout.policies.keys()]).toContain("test-late");
    const policies = Object.fromEntries(resources(synthJson(vault), "vault_policy").map((p) => [p.name, p.policy]));
    expect(policies["test-late"]).toBe('path "secret/data/homelab/test/late" {\n  capabilities = ["read"]\n}\n');
    expect(late.dependencies).toEqual([vault]);
  });

  test.each<[string, Partial<VaultLayoutProps>, string[]]>([
    [
      "a wildcard grant",
      { grants: { "test-vms": [{ path: "homelab/test/*", access: "read" }] } },
      [
        "test-vault/Layout: grants.test-vms grants a wildcard, " +
          'got "homelab/test/*"; grant single secrets under secret/homelab/test/, e.g. "homelab/test/proxmox"',
      ],
    ],
    [
      "a grant of the whole prefix",
      { grants: { "test-vms": [{ path: "homelab/test", access: "read" }] } },
      [
        "test-vault/Layout: grants.test-vms grants a whole mount or prefix, or a path outside homelab/test/, " +
          'got "homelab/test"; grant single secrets under secret/homelab/test/, e.g. "homelab/test/proxmox"',
      ],
    ],
    [
      "an AppRole without a policy",
      { grants: { "test-extra": [] } },
      ["test-vault/Layout: grants.test-extra gives an AppRole no policy, got []; grant at least one path, or remove the role"],
    ],
    [
      "a PKI TTL longer than its issuer's",
      { pki: { ...pki, intermediateTtlHours: 90000, leafMaxTtlHours: 100000 } },
      [
        "test-vault/Layout: pki.intermediateTtlHours is longer than its issuer's, the root's 87600 h, got 90000; use at most 87600",
        "test-vault/Layout: pki.leafMaxTtlHours is longer than its issuer's, the intermediate's 87600 h, got 100000; use at most 87600",
      ],
    ],
    [
      "an issuer that is not a role name, and one named twice",
      { pki: { ...pki, issuers: ["Ansible", "ansible", "ansible"] } },
      [
        'test-vault/Layout: pki.issuers names something that is not a role name (a stack name or ansible), got "Ansible"; e.g. "ansible"',
        'test-vault/Layout: pki.issuers names a role twice, got ["Ansible","ansible","ansible"]; name each role once',
      ],
    ],
  ])("rejects %s", (_, over, messages) => {
    const { vault } = appWithReaders();
    expect(configProblems(() => new VaultLayout(vault, "Layout", { environment: vaultEnv, pki, ...over }))).toEqual(messages);
  });

  test("rejects a secret outside the layout's mount or prefix, naming who uses it", () => {
    const { app, vault } = appWithReaders();
    const other = new EnvironmentStack(app, { environment: vaultEnv, purpose: "other" });
    VaultConnection.of(other, vaultEnv).readSecret("Elsewhere", { mount: "kv", path: "homelab/test/x" });
    VaultConnection.of(other, vaultEnv).readSecret("Outside", { mount: "secret", path: "shared/x" });
    new VaultLayout(vault, "Layout", { environment: vaultEnv, pki });
    expect(validateAll(app)).toEqual([
      'test-vault/Layout: secrets is on mount "kv", not the layout\'s "secret": test-other/Vault/Elsewhere reads it, ' +
        'got "kv/homelab/test/x"; keep the environment\'s secrets under secret/homelab/test/',
      "test-vault/Layout: secrets is outside secret/homelab/test/: test-other/Vault/Outside reads it, " +
        'got "secret/shared/x"; keep the environment\'s secrets under secret/homelab/test/',
    ]);
  });

  test("a listed cluster without apiEndpoint takes the app's cluster's; an unknown one is reported", () => {
    const { app, vault } = appWithReaders();
    new VaultLayout(vault, "Layout", {
      environment: vaultEnv,
      pki,
      kubernetes: { kube: { caCert: "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n" }, nope: {} },
    });
    expect(validateAll(app)).toEqual([
      "test-vault/Layout: kubernetes.nope names no Kubernetes cluster of the app and gives no apiEndpoint, " +
        'got "nope"; use one of "kube", or give the cluster\'s apiEndpoint',
    ]);
    expect(resources(synthJson(vault), "vault_kubernetes_auth_backend_config").map((c) => c.kubernetes_host)).toEqual(["https://10.9.0.60:6443"]);
  });

  test("a cluster without its CA yet gets an unconfigured auth mount and a warning that says what to do", () => {
    const { vault } = appWithReaders();
    const layout = new VaultLayout(vault, "Layout", {
      environment: vaultEnv,
      pki,
      kubernetes: { kube: { apiEndpoint: "https://10.9.0.60:6443" } },
      appRoles: { boundCidrs: ["10.9.0.0/24"] },
    });
    expect(resources(synthJson(vault), "vault_kubernetes_auth_backend_config")).toEqual([]);
    expect(layout.node.metadata.map((m) => m.data)).toEqual([
      "kubernetes.kube has no caCert, so its auth mount stays unconfigured; " +
        "once the cluster is up, set caCert to its CA (/var/lib/rancher/k3s/server/tls/server-ca.crt on a server)",
    ]);
  });

  test("AppRole secret IDs expire and bind to the pipelines' networks; without a network synth warns", () => {
    const { vault } = appWithReaders();
    new VaultLayout(vault, "Layout", { environment: vaultEnv, pki, appRoles: { secretIdTtlHours: 24, boundCidrs: ["10.9.0.20/32", "10.9.1.0/24"] } });
    const roles = resources(synthJson(vault), "vault_approle_auth_backend_role");
    expect(roles.length).toBeGreaterThan(0);
    for (const r of roles) {
      expect([r.secret_id_ttl, r.secret_id_bound_cidrs, r.token_bound_cidrs]).toEqual([
        86400,
        ["10.9.0.20/32", "10.9.1.0/24"],
        ["10.9.0.20/32", "10.9.1.0/24"],
      ]);
    }
    const { vault: other } = appWithReaders();
    const open = new VaultLayout(other, "Layout", { environment: vaultEnv, pki });
    expect(resources(synthJson(other), "vault_approle_auth_backend_role").map((r) => [r.secret_id_ttl, r.secret_id_bound_cidrs])).toContainEqual([
      720 * 3600,
      undefined,
    ]);
    expect(open.node.metadata.map((m) => m.data)).toEqual([
      "appRoles.boundCidrs is not set, so a leaked AppRole secret ID works from any network until it expires; " +
        "set it to the Jenkins agents' and the Ansible controller's addresses",
    ]);
  });

  test("a service name outside the PKI's domains is refused", () => {
    const { vault } = appWithReaders();
    expect(
      configProblems(() => new VaultLayout(vault, "Layout", { environment: vaultEnv, pki: { ...pki, serviceNames: ["npm.example.org"] } })),
    ).toEqual([
      "test-vault/Layout: pki.serviceNames[0] is not under the PKI's domains (test.example), " +
        'got "npm.example.org"; use a name such as "npm.test.example"',
    ]);
  });

  test.each<[string, NonNullable<VaultLayoutProps["appRoles"]>, string[]]>([
    [
      "a TTL of zero (never expires)",
      { secretIdTtlHours: 0 },
      ["appRoles.secretIdTtlHours must be an integer from 1 to 8760, got 0; use e.g. 720 (30 days) and rotate before it ends"],
    ],
    [
      "a network that is not a CIDR",
      { boundCidrs: ["jenkins"] },
      ['appRoles.boundCidrs[0] is not an IPv4 CIDR, got "jenkins"; write it like "192.168.1.20/32"'],
    ],
    [
      "a network with host bits set",
      { boundCidrs: ["10.9.0.20/24"] },
      ['appRoles.boundCidrs[0] is not a canonical network (host bits set), got "10.9.0.20/24"; use "10.9.0.0/24" or fix the prefix length'],
    ],
  ])("refuses %s", (_, appRoles, messages) => {
    const { vault } = appWithReaders();
    expect(configProblems(() => new VaultLayout(vault, "Layout", { environment: vaultEnv, pki, appRoles }))).toEqual(
      messages.map((m) => `test-vault/Layout: ${m}`),
    );
  });

  test("per-stack Proxmox tokens: one per stack that talks to Proxmox, written to Vault, granted to that stack alone", () => {
    const app = testApp();
    const perStack = { ...vaultEnv, proxmox: { ...vaultEnv.proxmox, credentials: { source: "vault" as const, perStack: true } } };
    const vms = new EnvironmentStack(app, { environment: perStack, purpose: "vms" });
    new ProxmoxConnection(vms, "Proxmox", { environment: perStack });
    const vault = new EnvironmentStack(app, { environment: perStack, purpose: "vault" });
    new ProxmoxConnection(vault, "Proxmox", {
      environment: { ...perStack, proxmox: { ...perStack.proxmox, credentials: { source: "environment" } } },
    });
    new VaultLayout(vault, "Layout", { environment: perStack, pki, proxmoxTokens: { userId: "terraform@pve", endpoint: "https://10.9.0.11:8006/" } });
    const json = synthJson(vault);
    expect(resources(json, "proxmox_user_token").map((t) => [t.user_id, t.token_name, t.privileges_separation])).toEqual([
      ["terraform@pve", "test-vms", false],
    ]);
    const [write] = resources(json, "vault_kv_secret_v2");
    expect(write).toMatchObject({
      mount: "secret",
      name: "homelab/test/proxmox/test-vms",
      lifecycle: { replace_triggered_by: [expect.stringMatching(/^proxmox_user_token\.Layout_ProxmoxToken-test-vms_[0-9A-F]+$/)] },
    });
    // The endpoint and the token's value, by reference, in one write-only JSON attribute.
    const endpointAndToken = new RegExp(
      String.raw`^\$\{jsonencode\(\{"endpoint" = "https:\/\/10\.9\.0\.11:8006\/", ` +
        String.raw`"api_token" = proxmox_user_token\.Layout_ProxmoxToken-test-vms_[0-9A-F]+\.value\}\)\}$`,
    );
    expect(write.data_json_wo).toMatch(endpointAndToken);
    expect(Object.fromEntries(resources(json, "vault_policy").map((p) => [p.name, p.policy]))).toEqual({
      "test-vault": 'path "secret/data/homelab/test/proxmox" {\n  capabilities = ["read"]\n}\n',
      "test-vms": 'path "secret/data/homelab/test/proxmox/test-vms" {\n  capabilities = ["read"]\n}\n',
    });
    expect(Object.values(synthJson(vms).ephemeral.vault_kv_secret_v2)).toEqual([{ mount: "secret", name: "homelab/test/proxmox/test-vms" }]);
    expect(
      configProblems(
        () =>
          new VaultLayout(new EnvironmentStack(testApp(), { environment: perStack, purpose: "vault" }), "Layout", {
            environment: perStack,
            pki,
            proxmoxTokens: { userId: "terraform", endpoint: "http://pve:8006" },
          }),
      ),
    ).toEqual([
      'test-vault/Layout: proxmoxTokens.userId is not a Proxmox user ID, got "terraform"; write it like "terraform@pve"',
      "test-vault/Layout: proxmoxTokens.endpoint is not the https URL of the Proxmox API, " +
        'got "http://pve:8006"; write it like "https://192.168.1.5:8006/"',
    ]);
  });
});
