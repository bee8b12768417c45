import { K3sCluster, K3sClusterProps, K3sPlatform, K3sPlatformProps, ProxmoxVm, SiteEnvironment, validateAll, warningsOf } from "@homelab/constructs";
import { TerraformStack } from "cdktf";
import { configProblems, resources, synthJson, testApp, testEnvironment, testStack } from "../../helpers/fixtures";

function env(): SiteEnvironment {
  const e = testEnvironment();
  return {
    ...e,
    proxmox: { ...e.proxmox!, nodes: e.proxmox!.nodes.map((n) => ({ ...n, cores: 32, memoryMiB: 131072 })) },
    networks: {
      lan: { ...e.networks.lan, reserved: [...e.networks.lan.reserved!, { start: "10.9.0.60", end: "10.9.0.60", purpose: "k3s-api-vip" }] },
    },
  };
}

function cluster(stack: TerraformStack, over: Partial<K3sClusterProps> = {}): K3sCluster {
  return new K3sCluster(stack, "Kube", {
    environment: env(),
    name: "kube",
    k3sVersion: "v1.33.5+k3s1",
    allowSingleServer: true,
    template: { vmId: 9001, node: "pve1" },
    servers: [{ hostname: "k1", vmId: 201, ipv4: "10.9.0.61", node: "pve1" }],
    agents: [{ hostname: "k2", vmId: 202, ipv4: "10.9.0.62", gpu: "gpu0" }],
    token: { mount: "secret", path: "homelab/test/k3s", field: "token" },
    ...over,
  });
}

const kubeconfig = { mount: "secret", path: "homelab/test/kubeconfig" };

describe("K3sPlatform", () => {
  test("MetalLB with its pool delivered after its CRDs, Traefik on the pool's first address, the device plugin on GPU agents", () => {
    const app = testApp();
    const kube = cluster(testStack(app, "test-k3s"));
    const stack = testStack(app, "test-platform");
    const platform = new K3sPlatform(stack, "Platform", { environment: env(), cluster: kube, kubeconfig });
    const json = synthJson(stack);
    const releases = Object.fromEntries(resources(json, "helm_release").map((r) => [r.name, r]));
    expect(Object.keys(releases).sort()).toEqual(["metallb", "metallb-config", "nvidia-device-plugin", "traefik"]);
    expect(releases.metallb).toMatchObject({
      repository: "https://metallb.github.io/metallb",
      chart: "metallb",
      version: "0.16.1",
      namespace: "metallb-system",
      atomic: true,
    });
    expect(JSON.parse(releases["metallb-config"].values[0]).manifests[0].spec.addresses).toEqual(["10.9.0.50-10.9.0.59"]);
    expect(releases["metallb-config"].depends_on).toEqual([expect.stringMatching(/^helm_release\.Platform_metallb_[0-9A-F]+$/)]);
    expect(JSON.parse(releases.traefik.values[0]).service.annotations).toEqual({ "metallb.io/loadBalancerIPs": "10.9.0.50" });
    expect(JSON.parse(releases["nvidia-device-plugin"].values[0]).nodeSelector).toEqual({ "homelab.gpu": "true" });
    expect(json.provider.helm[0].kubernetes.host).toMatch(/^\$\{ephemeral\.vault_kv_secret_v2\.Vault_Kubeconfig_[0-9A-F]+\.data\.host\}$/);
    // The platform's service-account token, never the admin client certificate.
    expect(json.provider.helm[0].kubernetes.token).toMatch(/^\$\{ephemeral\.vault_kv_secret_v2\.Vault_Kubeconfig_[0-9A-F]+\.data\.token\}$/);
    expect(json.provider.helm[0].kubernetes.client_key).toBeUndefined();
    expect(json.provider.helm[0].kubernetes.client_certificate).toBeUndefined();
    expect(platform.ingressAddress).toBe("10.9.0.50");
    expect(stack.dependencies.map((s) => s.node.id)).toEqual(["test-k3s"]);
  });

  test("storage without the NAS's CA works unverified, and synth says so", () => {
    const app = testApp();
    const kube = cluster(testStack(app, "test-k3s"));
    const stack = testStack(app, "test-platform");
    const nas = { host: "10.9.0.10", pool: "tank", apiKey: { mount: "secret", path: "homelab/test/truenas" } };
    new K3sPlatform(stack, "Platform", { environment: env(), cluster: kube, kubeconfig, storage: { nas } });
    const release = resources(synthJson(stack), "helm_release").find((r) => r.name === "democratic-csi-nfs");
    expect(JSON.parse(release.values[0]).driver.config.httpConnection.allowInsecure).toBe(true);
    expect(warningsOf(app)).toEqual([
      "test-platform/Platform: storage.nas.caCert is not set, so democratic-csi does not verify the TLS certificate of the TrueNAS API at " +
        "10.9.0.10; set it to the CA the NAS's certificate chains to",
    ]);
  });

  test("a write-only value's revision changes with the release's chart and the secret's reference, and only then", () => {
    const revision = (prometheus: K3sPlatformProps["prometheus"]) => {
      const app = testApp();
      const kube = cluster(testStack(app, "test-k3s"));
      const stack = testStack(app, "test-platform");
      new K3sPlatform(stack, "Platform", { environment: env(), cluster: kube, kubeconfig, prometheus });
      const release = resources(synthJson(stack), "helm_release").find((r) => r.name === "kube-prometheus-stack");
      expect(release.set_wo).toEqual([{ name: "grafana.adminPassword", value: expect.stringMatching(/^\$\{ephemeral\.vault_kv_secret_v2\./) }]);
      return release.set_wo_revision as number;
    };
    const grafanaAdmin = { mount: "secret", path: "homelab/test/grafana" };
    const base = revision({ grafanaAdmin });
    expect(Number.isInteger(base) && base > 0).toBe(true);
    expect(revision({ grafanaAdmin })).toBe(base);
    expect(revision({ grafanaAdmin: { ...grafanaAdmin, path: "homelab/test/grafana-2" } })).not.toBe(base);
    const chart = { repository: "https://prometheus-community.github.io/helm-charts", chart: "kube-prometheus-stack", version: "99.0.0" };
    expect(revision({ grafanaAdmin, chart })).not.toBe(base);
  });

  test.each<[string, Partial<K3sPlatformProps>, Partial<K3sClusterProps>, string[]]>([
    [
      "a Traefik address outside the pools",
      { traefik: { loadBalancerIp: "10.9.0.70" } },
      {},
      [
        'test-stack/Platform: traefik.loadBalancerIp is not in a MetalLB pool (10.9.0.50-10.9.0.59), got "10.9.0.70"; use an address of a pool, or ' +
          "leave it to the first address of the first pool",
      ],
    ],
    [
      "the device plugin without a GPU agent",
      { nvidiaDevicePlugin: { enabled: true } },
      { agents: [] },
      [
        "test-stack/Platform: nvidiaDevicePlugin is enabled on a cluster without a GPU agent, got true; give an agent a gpu, or disable the device " +
          "plugin",
      ],
    ],
    [
      "a chart version range",
      { metallb: { chart: { repository: "https://metallb.github.io/metallb", chart: "metallb", version: "^0.16" } } },
      {},
      ['test-stack/Platform: metallb.chart.version is not an exact chart version, got "^0.16"; pin it, e.g. "0.16.1" (never a range or "latest")'],
    ],
    [
      "latest",
      { traefik: { chart: { repository: "https://traefik.github.io/charts", chart: "traefik", version: "latest" } } },
      {},
      ['test-stack/Platform: traefik.chart.version is not an exact chart version, got "latest"; pin it, e.g. "0.16.1" (never a range or "latest")'],
    ],
    [
      "two components in one namespace",
      { certManager: {}, namespaces: { certManager: "traefik" } },
      {},
      [
        'test-stack/Platform: namespaces.certManager is also the namespace of traefik, and each component owns its namespace, got "traefik"; give ' +
          "each component its own namespace",
      ],
    ],
    [
      "a NAS that is not an address, and storage with no protocol",
      { storage: { nas: { host: "nas.lan", pool: "tank", apiKey: { mount: "secret", path: "homelab/test/truenas" } }, nfs: false } },
      {},
      [
        'test-stack/Platform: storage.nas.host is not an IPv4 address, got "nas.lan"; the NAS address, e.g. "192.168.1.10"',
        'test-stack/Platform: storage enables neither nfs nor iscsi, got {"nfs":false,"iscsi":false}; enable at least one, or remove storage',
      ],
    ],
    [
      "a NAS CA that is not a certificate",
      { storage: { nas: { host: "10.9.0.10", pool: "tank", apiKey: { mount: "secret", path: "homelab/test/truenas" }, caCert: "truenas default" } } },
      {},
      [
        'test-stack/Platform: storage.nas.caCert is not one PEM certificate, got "truenas default..."; ' +
          "paste the CA certificate the TrueNAS API's certificate chains to, PEM",
      ],
    ],
    [
      "a bad ACME email and repository URL",
      {
        certManager: { acme: { email: "ops", cloudflareToken: { mount: "secret", path: "x" } } },
        argocd: { rootApp: { repoUrl: "apps", path: "." } },
      },
      {},
      [
        'test-stack/Platform: certManager.acme.email is not an email address, got "ops"; the ACME account\'s contact, e.g. "ops@example.net"',
        'test-stack/Platform: argocd.rootApp.repoUrl is not a git repository URL, got "apps"; e.g. "https://git.home.arpa/homelab/apps.git"',
      ],
    ],
  ])("rejects %s", (_, platform, clusterOver, messages) => {
    const stack = testStack();
    const kube = cluster(stack, clusterOver);
    expect(configProblems(() => new K3sPlatform(stack, "Platform", { environment: env(), cluster: kube, kubeconfig, ...platform }))).toEqual(
      messages,
    );
  });

  test("rejects a pool that holds the address of a VM in another stack, built before or after the platform", () => {
    const app = testApp();
    const stack = testStack(app);
    const kube = cluster(stack, { metallbPools: [{ start: "10.9.0.20", end: "10.9.0.29" }] });
    new K3sPlatform(stack, "Platform", { environment: env(), cluster: kube, kubeconfig });
    const other = testStack(app, "test-other");
    new ProxmoxVm(other, "Web", {
      environment: env(),
      hostname: "web",
      vmId: 150,
      node: "pve2",
      template: { vmId: 9002, node: "pve2" },
      ipv4: "10.9.0.20",
    });
    // (The test stacks have no providers; only the platform's problem is of interest here.)
    expect(validateAll(app).filter((p) => p.startsWith("test-stack/Platform"))).toEqual([
      'test-stack/Platform: pools[0] contains the addresses of test-other/Web, got "10.9.0.20-10.9.0.29"; keep VM addresses out of MetalLB pools',
    ]);
  });
});
