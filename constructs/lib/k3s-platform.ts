import { HelmProvider } from "@cdktf/provider-helm/lib/provider";
import { Release } from "@cdktf/provider-helm/lib/release";
import { TerraformAsset, AssetType } from "cdktf";
import { Construct } from "constructs";
import { dirname, join } from "node:path";
import { Problems } from "./core/errors";
import { GpuVm } from "./gpu-vm";
import { InventoryFragment, InventorySource } from "./inventory";
import { K3sCluster } from "./k3s-cluster";
import { parseRange } from "./private/addressing";
import { inSpan, parseIpv4 } from "./private/ipv4";
import { markInventorySource } from "./private/inventory-source";
import { declareSecretAccess } from "./private/secret-access";
import { dependOn } from "./private/stacks";
import { AddressRange, SiteEnvironment } from "./site/model";
import { VaultConnection } from "./vault-connection";

/** A chart, pinned: its repository, name and exact version. */
export interface ChartRef {
  /** Helm repository URL, e.g. `https://metallb.github.io/metallb`. */
  readonly repository: string;
  /** Chart name in the repository. */
  readonly chart: string;
  /** Exact chart version (never a range or `latest`). */
  readonly version: string;
}

/** The charts the platform installs, pinned to the versions the project renders in its tests. */
export const PLATFORM_CHARTS = {
  metallb: { repository: "https://metallb.github.io/metallb", chart: "metallb", version: "0.16.1" },
  traefik: { repository: "https://traefik.github.io/charts", chart: "traefik", version: "41.3.0" },
  nvidiaDevicePlugin: { repository: "https://nvidia.github.io/k8s-device-plugin", chart: "nvidia-device-plugin", version: "0.20.0" },
} as const satisfies Record<string, ChartRef>;

/** Props of {@link K3sPlatform}. */
export interface K3sPlatformProps {
  /** The environment, from the site model. */
  readonly environment: SiteEnvironment;
  /** The cluster the platform runs on: its MetalLB pools, API VIP, nodes and GPU agents. */
  readonly cluster: K3sCluster;
  /**
   * Vault KV v2 secret with the cluster's admin credentials, written there by the k3s role after the
   * first server came up: `host`, `client_certificate`, `client_key`, `cluster_ca_certificate`
   * (read ephemerally, never in state).
   */
  readonly kubeconfig: { readonly mount: string; readonly path: string };
  /**
   * MetalLB in L2 mode with the cluster's pools and an L2 advertisement.
   * @default enabled
   */
  readonly metallb?: { readonly enabled?: boolean; readonly chart?: ChartRef };
  /**
   * Traefik as the ingress, its LoadBalancer on a fixed address from the MetalLB pool.
   * @default enabled, on the first address of the first pool
   */
  readonly traefik?: { readonly enabled?: boolean; readonly loadBalancerIp?: string; readonly chart?: ChartRef };
  /**
   * The NVIDIA device plugin, on the GPU agents only (the k3s role labels them `homelab.gpu=true`).
   * @default enabled when the cluster has a GPU agent
   */
  readonly nvidiaDevicePlugin?: { readonly enabled?: boolean; readonly chart?: ChartRef };
}

const GPU_LABEL = "homelab.gpu";

/**
 * The platform on a K3s cluster, installed with Helm in one apply: MetalLB (its address pools and
 * L2 advertisement delivered as a second release after MetalLB's CRDs), Traefik with its
 * LoadBalancer address from the pool, and the NVIDIA device plugin on the GPU agents. Charts come
 * from their repositories at exact versions; values are typed objects; the Helm provider's
 * credentials are read from Vault ephemerally. The stack depends on the cluster's.
 *
 * Checks: a Traefik address outside the MetalLB pools, MetalLB without a pool, the device plugin on a
 * cluster without a GPU agent, a chart version that is a range or `latest`. (The pools themselves,
 * inside the network and apart from the API VIP and every VM, are checked by the K3sCluster.)
 *
 * @example
 * new K3sPlatform(stack, "Platform", {
 *   environment: prod, cluster: kube,
 *   kubeconfig: { mount: "secret", path: "homelab/prod/kubeconfig" },
 *   traefik: { loadBalancerIp: "192.168.1.180" },
 * });
 */
export class K3sPlatform extends Construct implements InventorySource {
  /** Releases by component name. */
  public readonly releases: ReadonlyMap<string, Release>;
  /** The Traefik LoadBalancer address, when Traefik is enabled. */
  public readonly ingressAddress?: string;
  /** Environment of the inventory. */
  public readonly inventoryEnvironment: string;
  /** Where the k3s role writes the cluster's admin credentials (vars of `k3s_cluster`). */
  public readonly inventory: InventoryFragment;

  constructor(scope: Construct, id: string, props: K3sPlatformProps) {
    super(scope, id);
    const cluster = props.cluster;
    const pools = cluster.metallbPools;
    const hasGpuAgent = [...cluster.agents.values()].some((vm) => vm instanceof GpuVm);
    const metallb = { enabled: props.metallb?.enabled ?? true, chart: props.metallb?.chart ?? PLATFORM_CHARTS.metallb };
    const traefik = { enabled: props.traefik?.enabled ?? true, chart: props.traefik?.chart ?? PLATFORM_CHARTS.traefik };
    const gpu = { enabled: props.nvidiaDevicePlugin?.enabled ?? hasGpuAgent, chart: props.nvidiaDevicePlugin?.chart ?? PLATFORM_CHARTS.nvidiaDevicePlugin };
    const ingressAddress = traefik.enabled ? props.traefik?.loadBalancerIp ?? pools[0]?.start : undefined;

    const check = new Problems(this.node.path);
    for (const [name, c] of [["metallb", metallb], ["traefik", traefik], ["nvidiaDevicePlugin", gpu]] as const) {
      if (c.enabled && !/^v?\d+\.\d+\.\d+$/.test(c.chart.version)) check.add(`${name}.chart.version`, "is not an exact chart version", c.chart.version, 'pin it, e.g. "0.16.1" (never a range or "latest")');
    }
    // The pools themselves (inside the network, apart from the VIP, the VMs and each other) are the
    // cluster's to check, and it has.
    if (metallb.enabled && pools.length === 0) check.add("metallb", "has no address pool", [], 'reserve a range with purpose "metallb" in the network, or set the cluster\'s metallbPools');
    if (ingressAddress !== undefined) {
      const ip = parseIpv4(ingressAddress);
      const inPool = ip !== undefined && pools.some((p) => { const s = parseRange(p); return s !== undefined && inSpan(ip, s); });
      if (!inPool) check.add("traefik.loadBalancerIp", `is not in a MetalLB pool (${pools.map((p) => `${p.start}-${p.end}`).join(", ") || "none"})`, ingressAddress, "use an address of a pool, or leave it to the first address of the first pool");
    }
    if (gpu.enabled && !hasGpuAgent) check.add("nvidiaDevicePlugin", "is enabled on a cluster without a GPU agent", true, "give an agent a gpu, or disable the device plugin");
    if (!/^[A-Za-z0-9_-]+$/.test(props.kubeconfig.mount) || !/^[A-Za-z0-9_./-]+$/.test(props.kubeconfig.path) || props.kubeconfig.path.startsWith("/")) {
      check.add("kubeconfig", "must name a KV v2 mount and a relative secret path", props.kubeconfig, 'e.g. { mount: "secret", path: "homelab/prod/kubeconfig" }');
    }
    check.throwIfAny();

    const kube = VaultConnection.of(this, props.environment).readSecret("Kubeconfig", props.kubeconfig);
    const helm = new HelmProvider(this, "Helm", {
      kubernetes: {
        host: kube.field("host"),
        clientCertificate: kube.field("client_certificate"),
        clientKey: kube.field("client_key"),
        clusterCaCertificate: kube.field("cluster_ca_certificate"),
      },
    });
    const releases = new Map<string, Release>();
    const release = (name: string, namespace: string, chart: ChartRef, values: Record<string, unknown>, dependsOn: Release[] = []) => {
      const r = new Release(this, name, {
        provider: helm, name, namespace, createNamespace: true, repository: chart.repository, chart: chart.chart, version: chart.version,
        values: [JSON.stringify(values)], atomic: true, cleanupOnFail: true, wait: true, timeout: 600, dependsOn,
      });
      releases.set(name, r);
      return r;
    };

    if (metallb.enabled) {
      const installed = release("metallb", "metallb-system", metallb.chart, metallbValues());
      // The pools are custom resources: a second release after the one that installs their CRDs.
      const chart = new TerraformAsset(this, "ManifestsChart", { path: manifestsChartDir(), type: AssetType.DIRECTORY });
      const r = new Release(this, "metallb-config", {
        provider: helm, name: "metallb-config", namespace: "metallb-system", chart: chart.path, values: [JSON.stringify({ manifests: metallbManifests(pools) })],
        atomic: true, wait: true, dependsOn: [installed],
      });
      releases.set("metallb-config", r);
    }
    if (traefik.enabled) release("traefik", "traefik", traefik.chart, traefikValues(ingressAddress!), releases.has("metallb-config") ? [releases.get("metallb-config")!] : []);
    if (gpu.enabled) release("nvidia-device-plugin", "nvidia-device-plugin", gpu.chart, devicePluginValues());

    this.releases = releases;
    this.ingressAddress = ingressAddress;
    this.inventoryEnvironment = props.environment.name;
    this.inventory = { groups: { k3s_cluster: { vars: { k3s_kubeconfig_vault_mount: props.kubeconfig.mount, k3s_kubeconfig_vault_path: props.kubeconfig.path } } } };
    // The k3s role writes the credentials (Ansible's policy gets write there); this stack reads them.
    declareSecretAccess(this, { ...props.kubeconfig, access: "write", by: "ansible" });
    markInventorySource(this);
    dependOn(this, cluster);
  }
}

/** The library's own chart of raw manifests (shipped in the package under charts/manifests). */
function manifestsChartDir(): string {
  try {
    return join(dirname(require.resolve("@homelab/constructs/package.json")), "charts", "manifests");
  } catch {
    throw new Error("K3sPlatform: cannot find @homelab/constructs/package.json, whose charts/manifests delivers custom resources; run synth where the package is installed (a bundle must keep @homelab/constructs/package.json external)");
  }
}

/** MetalLB's values: L2 with the native speaker (no FRR). */
export function metallbValues(): Record<string, unknown> {
  return { frrk8s: { enabled: false }, speaker: { tolerateMaster: true }, controller: { logLevel: "info" } };
}

/** The pools and their L2 advertisement, as MetalLB custom resources. */
export function metallbManifests(pools: readonly AddressRange[]): Array<Record<string, unknown>> {
  return [
    { apiVersion: "metallb.io/v1beta1", kind: "IPAddressPool", metadata: { name: "homelab", namespace: "metallb-system" }, spec: { addresses: pools.map((p) => `${p.start}-${p.end}`) } },
    { apiVersion: "metallb.io/v1beta1", kind: "L2Advertisement", metadata: { name: "homelab", namespace: "metallb-system" }, spec: { ipAddressPools: ["homelab"] } },
  ];
}

/** Traefik's values: the default ingress class, a LoadBalancer on `address`, HTTP to HTTPS. */
export function traefikValues(address: string): Record<string, unknown> {
  return {
    ingressClass: { enabled: true, isDefaultClass: true },
    service: { annotations: { "metallb.io/loadBalancerIPs": address }, spec: { type: "LoadBalancer", externalTrafficPolicy: "Local" } },
    ports: { web: { http: { redirections: { entryPoint: { to: "websecure", scheme: "https", permanent: true } } } } },
  };
}

/** The device plugin's values: only on nodes the k3s role labelled as GPU agents. */
export function devicePluginValues(): Record<string, unknown> {
  return { nodeSelector: { [GPU_LABEL]: "true" } };
}
