/**
 * Every Helm release of the platform stack, rendered by the real helm CLI (built by the toolchain)
 * from the real chart at the pinned version (the offline copies in ../shared/charts, read in place)
 * with exactly the values the construct produced: `helm lint` and `helm template` (charts with a
 * values schema check the values against it), and the rendered objects hold what the model asked.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PLATFORM_CHARTS } from "@homelab/constructs";
import { loadAll } from "js-yaml";
import { devicePluginValues } from "../../constructs/lib/k3s/platform-values";
import { repoRoot, toolchain } from "../helpers/tofu";

// ../shared beside the repository, or the folder the toolchain recorded when it last found it.
const sharedCharts = join(toolchain.HOMELAB_SHARED_DIR || join(repoRoot, "..", "shared"), "charts");
const stackDir = join(repoRoot, "cdktf.out", "stacks", "prod-platform");
const stack = JSON.parse(readFileSync(join(stackDir, "cdk.tf.json"), "utf8"));
const releases: any[] = Object.values(stack.resource.helm_release);

function helm(args: string[]): { status: number; out: string } {
  if (!existsSync(toolchain.HELM_BIN)) throw new Error(`helm is not at ${toolchain.HELM_BIN}: run scripts/toolchain.sh (npm test does) first`);
  const run = spawnSync(toolchain.HELM_BIN, args, {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: tmpdir(),
      HELM_CACHE_HOME: join(tmpdir(), "helm-cache"),
      HELM_CONFIG_HOME: join(tmpdir(), "helm-config"),
    },
  });
  return { status: run.status ?? -1, out: `${run.stdout}${run.stderr}` };
}

/** The chart a release installs: the offline copy of the pinned version, or the stack's own asset. */
function chartOf(release: any): string {
  if (release.repository) {
    const file = join(sharedCharts, `${release.chart}-${release.version}.tgz`);
    if (!existsSync(file))
      throw new Error(`no offline copy of ${release.chart} ${release.version} in ${sharedCharts}: a new pin needs a new copy there`);
    return file;
  }
  return join(stackDir, release.chart);
}

describe("the platform's Helm releases, rendered by the real charts", () => {
  const work = mkdtempSync(join(tmpdir(), "homelab-helm-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const render = (release: any): any[] => {
    const values = join(work, `${release.name}.json`);
    writeFileSync(values, release.values[0]);
    const lint = helm(["lint", chartOf(release), "-f", values, "--namespace", release.namespace]);
    if (lint.status !== 0) throw new Error(`helm lint ${release.name} failed:\n${lint.out}`);
    const out = helm(["template", release.name, chartOf(release), "-f", values, "--namespace", release.namespace]);
    if (out.status !== 0) throw new Error(`helm template ${release.name} failed:\n${out.out}`);
    return loadAll(out.out).filter(Boolean) as any[];
  };
  const release = (name: string) => releases.find((r) => r.name === name);

  test("the releases are the ones the model enables, each pinned", () => {
    expect(releases.map((r) => [r.name, r.chart.startsWith("assets/") ? "(local)" : `${r.chart}@${r.version}`]).sort()).toEqual([
      ["argocd", "argo-cd@10.1.1"],
      ["argocd-root", "(local)"],
      ["cert-manager", "cert-manager@v1.21.1"],
      ["cert-manager-config", "(local)"],
      ["democratic-csi-iscsi", "democratic-csi@0.15.1"],
      ["democratic-csi-nfs", "democratic-csi@0.15.1"],
      ["kube-prometheus-stack", "kube-prometheus-stack@88.5.3"],
      ["metallb", "metallb@0.16.1"],
      ["metallb-config", "(local)"],
      ["traefik", "traefik@41.3.0"],
      ["truenas-ca-iscsi", "(local)"],
      ["truenas-ca-nfs", "(local)"],
    ]);
  });

  test("metallb renders in L2 mode without FRR", () => {
    const objects = render(release("metallb"));
    expect(objects.some((o) => o.kind === "DaemonSet" && o.metadata.name.includes("speaker"))).toBe(true);
    expect(objects.some((o) => o.metadata?.name?.includes("frr"))).toBe(false);
  });

  test("the pool and L2 advertisement carry the cluster's MetalLB range", () => {
    const objects = render(release("metallb-config"));
    expect(objects.map((o) => [o.kind, o.metadata.name])).toEqual([
      ["IPAddressPool", "homelab"],
      ["L2Advertisement", "homelab"],
    ]);
    expect(objects[0].spec.addresses).toEqual(["192.168.1.180-192.168.1.199"]);
  });

  test("traefik's LoadBalancer asks MetalLB for the pool's first address", () => {
    const service = render(release("traefik")).find((o) => o.kind === "Service");
    expect(service.spec.type).toBe("LoadBalancer");
    expect(service.metadata.annotations["metallb.io/loadBalancerIPs"]).toBe("192.168.1.180");
  });

  test("the device plugin renders with the GPU-agent node selector (the chart the construct would use)", () => {
    // prod's cluster has no GPU agent, so the plugin is off there; render the construct's values anyway.
    const values = join(work, "nvidia.json");
    writeFileSync(values, JSON.stringify(devicePluginValues()));
    const out = helm([
      "template",
      "nvidia-device-plugin",
      chartOf(PLATFORM_CHARTS.nvidiaDevicePlugin),
      "-f",
      values,
      "--namespace",
      "nvidia-device-plugin",
    ]);
    if (out.status !== 0) throw new Error(out.out);
    const daemonSet = (loadAll(out.out).filter(Boolean) as any[]).find((o) => o.kind === "DaemonSet");
    expect(daemonSet.spec.template.spec.nodeSelector).toEqual({ "homelab.gpu": "true" });
  });

  test("a value the chart's schema refuses fails the render (the check can fail)", () => {
    const values = join(work, "bad-traefik.json");
    writeFileSync(values, JSON.stringify({ deployment: { replicas: "two" } }));
    const out = helm(["template", "traefik", chartOf(PLATFORM_CHARTS.traefik), "-f", values, "--namespace", "traefik"]);
    expect(out.status).not.toBe(0);
    expect(out.out).toMatch(/schema/i);
  });

  test("cert-manager renders with its CRDs (its values schema checks the values)", () => {
    const objects = render(release("cert-manager"));
    expect(objects.filter((o) => o.kind === "CustomResourceDefinition").map((o) => o.metadata.name)).toContain("clusterissuers.cert-manager.io");
  });

  test("the issuers: the internal CA from Vault's PKI, Let's Encrypt through Cloudflare DNS-01 with the token set write-only", () => {
    const objects = render(release("cert-manager-config"));
    expect(objects.map((o) => [o.kind, o.metadata.name])).toEqual([
      ["Secret", "cloudflare-api-token"],
      ["ClusterIssuer", "internal-ca"],
      ["ClusterIssuer", "letsencrypt"],
    ]);
    expect(objects[1].spec.vault).toMatchObject({
      server: "https://vault.home.arpa:8200",
      path: "pki_int/sign/ingress",
      auth: { kubernetes: { mountPath: "/v1/auth/kubernetes-kube", role: "cert-manager" } },
    });
    expect(objects[2].spec.acme.solvers[0].dns01.cloudflare.apiTokenSecretRef).toEqual({ name: "cloudflare-api-token", key: "api_token" });
    // The token is never in the values (nor the state): it comes from Vault as a write-only set.
    expect(objects[0].stringData.api_token).toBe("");
    expect(release("cert-manager-config").set_wo).toEqual([
      { name: "manifests[0].stringData.api_token", value: expect.stringMatching(/^\$\{ephemeral\.vault_kv_secret_v2\..*\.data\.api_token\}$/) },
    ]);
  });

  test("ArgoCD renders, and its root application points at the model's repository path, in a project of its own", () => {
    expect(render(release("argocd")).some((o) => o.kind === "Deployment" && o.metadata.name === "argocd-server")).toBe(true);
    const objects = render(release("argocd-root"));
    const root = objects.find((o) => o.kind === "Application");
    expect(root).toMatchObject({
      metadata: { name: "root", namespace: "argocd" },
      spec: { project: "root", source: { repoURL: "https://git.home.arpa/homelab/apps.git", path: "clusters/kube", targetRevision: "main" } },
    });
    const projects = Object.fromEntries(objects.filter((o) => o.kind === "AppProject").map((o) => [o.metadata.name, o.spec]));
    expect(Object.keys(projects).sort()).toEqual(["apps", "default", "root"]);
    // Nothing syncs through the default project; the root app may only create Applications in argocd.
    expect(projects.default).toEqual({ sourceRepos: [], destinations: [], clusterResourceWhitelist: [], namespaceResourceWhitelist: [] });
    expect(projects.root.namespaceResourceWhitelist).toEqual([{ group: "argoproj.io", kind: "Application" }]);
    expect(projects.root.destinations).toEqual([{ server: "https://kubernetes.default.svc", namespace: "argocd" }]);
    // The apps: from the apps repository, anywhere but the platform's namespaces, no cluster-wide resource but a Namespace.
    expect(projects.apps.sourceRepos).toEqual(["https://git.home.arpa/homelab/apps.git"]);
    expect(projects.apps.clusterResourceWhitelist).toEqual([{ group: "", kind: "Namespace" }]);
    const namespaces = projects.apps.destinations.map((d: { namespace: string }) => d.namespace);
    expect(namespaces).toEqual(expect.arrayContaining(["!kube-system", "!argocd", "!cert-manager", "!metallb-system", "!traefik", "*"]));
    expect(namespaces.at(-1)).toBe("*");
  });

  test("kube-prometheus-stack renders; Grafana's admin password comes from Vault write-only", () => {
    expect(render(release("kube-prometheus-stack")).some((o) => o.kind === "Prometheus")).toBe(true);
    expect(release("kube-prometheus-stack").values[0]).not.toMatch(/adminPassword/);
    expect(release("kube-prometheus-stack").set_wo).toEqual([
      { name: "grafana.adminPassword", value: expect.stringMatching(/\.data\.admin_password\}$/) },
    ]);
  });

  test.each(["nfs", "iscsi"])("democratic-csi %s renders a TrueNAS storage class (the API key set write-only)", (protocol) => {
    const objects = render(release(`democratic-csi-${protocol}`));
    const storageClass = objects.find((o) => o.kind === "StorageClass");
    expect(storageClass.metadata.name).toBe(`truenas-${protocol}`);
    expect(storageClass.provisioner).toBe(`org.democratic-csi.${protocol}`);
    expect(objects.some((o) => o.kind === "DaemonSet")).toBe(true);
    expect(release(`democratic-csi-${protocol}`).values[0]).not.toMatch(/apiKey/);
    expect(release(`democratic-csi-${protocol}`).set_wo).toEqual([
      { name: "driver.config.httpConnection.apiKey", value: expect.stringMatching(/\.data\.api_key\}$/) },
    ]);
    // The TrueNAS API is verified against the NAS's CA: mounted from the ConfigMap its own release makes first.
    expect(JSON.parse(release(`democratic-csi-${protocol}`).values[0]).driver.config.httpConnection.allowInsecure).toBe(false);
    const controller = objects.find((o) => o.kind === "Deployment" && o.metadata.name.includes("controller"));
    const driver = controller.spec.template.spec.containers.find((c: any) => c.name === "csi-driver");
    expect(driver.env).toContainEqual({ name: "NODE_EXTRA_CA_CERTS", value: "/etc/truenas-ca/ca.crt" });
    expect(driver.volumeMounts).toContainEqual({ name: "truenas-ca", mountPath: "/etc/truenas-ca", readOnly: true });
    expect(controller.spec.template.spec.volumes).toContainEqual({ name: "truenas-ca", configMap: { name: "truenas-ca" } });
    const ca = render(release(`truenas-ca-${protocol}`));
    expect(ca.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(["ConfigMap/truenas-ca"]);
    expect(ca[0].data["ca.crt"]).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(release(`democratic-csi-${protocol}`).depends_on).toEqual([expect.stringMatching(/^helm_release\.Platform_truenas-ca-/)]);
  });
});
