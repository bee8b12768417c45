import { HelmProvider } from "@cdktf/provider-helm/lib/provider";
import { Release } from "@cdktf/provider-helm/lib/release";
import { TerraformAsset, AssetType } from "cdktf";
import { Construct } from "constructs";
import { dirname, join } from "node:path";
import { declare, declareSecretAccess, dependOn, inSpan, isToken, message, parseIpv4, Problems } from "../core";
import { declareInventorySource, GROUP_FACTS, hostsOf, IKubernetesCluster, InventoryFragment, InventorySource } from "../hosts";
import { AddressRange, parseRange, SiteEnvironment } from "../site";
import { isSecretLocation, VaultConnection } from "../vault";
import { argocdRootApp, certManagerManifests, democraticCsiValues, devicePluginValues, metallbManifests, metallbValues, traefikValues } from "./platform-values";

/** A chart, pinned: its repository, name and exact version. */
export interface ChartRef {
  /** Helm repository URL, e.g. `https://metallb.github.io/metallb`. */
  readonly repository: string;
  /** Chart name in the repository. */
  readonly chart: string;
  /** Exact chart version (never a range or `latest`). */
  readonly version: string;
}

/** The chart of each component of {@link K3sPlatform}. */
export interface PlatformCharts {
  /** MetalLB. */
  readonly metallb: ChartRef;
  /** Traefik. */
  readonly traefik: ChartRef;
  /** The NVIDIA device plugin. */
  readonly nvidiaDevicePlugin: ChartRef;
  /** cert-manager. */
  readonly certManager: ChartRef;
  /** Argo CD. */
  readonly argocd: ChartRef;
  /** kube-prometheus-stack. */
  readonly prometheus: ChartRef;
  /** democratic-csi. */
  readonly democraticCsi: ChartRef;
}

/**
 * The charts the platform installs by default, pinned to the versions the project renders in its
 * tests. Start from one to pin another version:
 * `traefik: { chart: { ...PLATFORM_CHARTS.traefik, version: "41.4.0" } }`.
 */
export const PLATFORM_CHARTS: PlatformCharts = {
  metallb: { repository: "https://metallb.github.io/metallb", chart: "metallb", version: "0.16.1" },
  traefik: { repository: "https://traefik.github.io/charts", chart: "traefik", version: "41.3.0" },
  nvidiaDevicePlugin: { repository: "https://nvidia.github.io/k8s-device-plugin", chart: "nvidia-device-plugin", version: "0.20.0" },
  certManager: { repository: "https://charts.jetstack.io", chart: "cert-manager", version: "v1.21.1" },
  argocd: { repository: "https://argoproj.github.io/argo-helm", chart: "argo-cd", version: "10.1.1" },
  prometheus: { repository: "https://prometheus-community.github.io/helm-charts", chart: "kube-prometheus-stack", version: "88.5.3" },
  democraticCsi: { repository: "https://democratic-csi.github.io/charts", chart: "democratic-csi", version: "0.15.1" },
};

/** A Vault KV v2 secret (mount and path) the platform reads ephemerally. */
export interface PlatformSecret {
  /** KV v2 mount, e.g. `secret`. */
  readonly mount: string;
  /** Path of the secret under the mount, e.g. `homelab/prod/grafana`. */
  readonly path: string;
}

/** Props of {@link K3sPlatform}. */
export interface K3sPlatformProps {
  /** The environment, from the site model. */
  readonly environment: SiteEnvironment;
  /** The cluster the platform runs on: its MetalLB pools, API VIP, nodes and GPU agents. */
  readonly cluster: IKubernetesCluster;
  /**
   * Vault KV v2 secret with the cluster's admin credentials, written there by the k3s role after the
   * first server came up: `host`, `client_certificate`, `client_key`, `cluster_ca_certificate`
   * (read ephemerally, never in state).
   */
  readonly kubeconfig: {
    /** KV v2 mount, e.g. `secret`. */
    readonly mount: string;
    /** Secret path under the mount, e.g. `homelab/prod/kubeconfig`. */
    readonly path: string;
  };
  /**
   * MetalLB in L2 mode with the cluster's pools and an L2 advertisement.
   * @default enabled
   */
  readonly metallb?: {
    /**
     * Whether to install it.
     * @default true
     */
    readonly enabled?: boolean;
    /**
     * The chart, pinned.
     * @default `PLATFORM_CHARTS.metallb`
     */
    readonly chart?: ChartRef;
  };
  /**
   * Traefik as the ingress, its LoadBalancer on a fixed address from the MetalLB pool.
   * @default enabled, on the first address of the first pool
   */
  readonly traefik?: {
    /**
     * Whether to install it.
     * @default true
     */
    readonly enabled?: boolean;
    /**
     * The chart, pinned.
     * @default `PLATFORM_CHARTS.traefik`
     */
    readonly chart?: ChartRef;
    /**
     * The LoadBalancer address; it must be in one of the cluster's MetalLB pools.
     * @default the first address of the first pool
     */
    readonly loadBalancerIp?: string;
  };
  /**
   * The NVIDIA device plugin, on the GPU agents only (the k3s role labels them `homelab.gpu=true`).
   * @default enabled when the cluster has a GPU agent
   */
  readonly nvidiaDevicePlugin?: {
    /**
     * Whether to install it.
     * @default true when the cluster has a GPU agent
     */
    readonly enabled?: boolean;
    /**
     * The chart, pinned.
     * @default `PLATFORM_CHARTS.nvidiaDevicePlugin`
     */
    readonly chart?: ChartRef;
  };
  /**
   * cert-manager with a ClusterIssuer `internal-ca` signing from the Vault PKI (`pki_int/sign/internal`,
   * through the cluster's Kubernetes auth mount and a `cert-manager` role) and, with `acme`, a
   * ClusterIssuer `letsencrypt` solving DNS-01 through Cloudflare with the token from Vault (key
   * `api_token`, set write-only).
   * @default disabled
   */
  readonly certManager?: {
    /**
     * Whether to install it.
     * @default true once `certManager` is given
     */
    readonly enabled?: boolean;
    /**
     * The chart, pinned.
     * @default `PLATFORM_CHARTS.certManager`
     */
    readonly chart?: ChartRef;
    /**
     * A `letsencrypt` ClusterIssuer solving DNS-01 through Cloudflare.
     * @default no ACME issuer
     */
    readonly acme?: {
      /** The ACME account's contact address, e.g. `ops@example.net`. */
      readonly email: string;
      /** Vault secret with the Cloudflare DNS-01 token (key `api_token`), e.g. the TunnelService's `dnsToken`. */
      readonly cloudflareToken: PlatformSecret;
      /**
       * ACME directory URL.
       * @default Let's Encrypt production
       */
      readonly server?: string;
    };
  };
  /**
   * ArgoCD as the GitOps entry point, with a root application (app of apps) at `rootApp`.
   * @default disabled
   */
  readonly argocd?: {
    /**
     * Whether to install it.
     * @default true once `argocd` is given
     */
    readonly enabled?: boolean;
    /**
     * The chart, pinned.
     * @default `PLATFORM_CHARTS.argocd`
     */
    readonly chart?: ChartRef;
    /** The root application: every manifest under `path` of the repository, synced automatically. */
    readonly rootApp: {
      /** Git repository URL. */
      readonly repoUrl: string;
      /** Folder in the repository with the applications. */
      readonly path: string;
      /**
       * Branch, tag or commit.
       * @default `main`
       */
      readonly revision?: string;
    };
  };
  /**
   * kube-prometheus-stack, Grafana's admin password from Vault (key `admin_password`, set write-only).
   * @default disabled
   */
  readonly prometheus?: {
    /**
     * Whether to install it.
     * @default true once `prometheus` is given
     */
    readonly enabled?: boolean;
    /**
     * The chart, pinned.
     * @default `PLATFORM_CHARTS.prometheus`
     */
    readonly chart?: ChartRef;
    /** Vault secret with Grafana's admin password (key `admin_password`). */
    readonly grafanaAdmin: PlatformSecret;
  };
  /**
   * democratic-csi volumes from a TrueNAS: NFS and/or iSCSI storage classes, datasets under
   * `<pool>/k8s`, the API key from Vault (key `api_key`, set write-only).
   * @default disabled
   */
  readonly storage?: {
    /**
     * The chart, pinned.
     * @default `PLATFORM_CHARTS.democraticCsi`
     */
    readonly chart?: ChartRef;
    /** The TrueNAS that serves the volumes. */
    readonly nas: {
      /** Address of the TrueNAS API and shares. */
      readonly host: string;
      /** Vault secret with the TrueNAS API key (key `api_key`). */
      readonly apiKey: PlatformSecret;
      /** ZFS pool the datasets are created in, e.g. `tank`. */
      readonly pool: string;
    };
    /**
     * An NFS storage class `truenas-nfs` (the default class).
     * @default true
     */
    readonly nfs?: boolean;
    /**
     * An iSCSI storage class `truenas-iscsi`.
     * @default false
     */
    readonly iscsi?: boolean;
  };
  /**
   * Namespaces by component, where the defaults do not suit (each component owns its namespace).
   * @default metallb-system, traefik, nvidia-device-plugin, cert-manager, argocd, monitoring, democratic-csi-nfs, democratic-csi-iscsi
   */
  readonly namespaces?: Readonly<Partial<Record<PlatformComponent, string>>>;
}

/** The components of the platform, as named in `namespaces`. */
export type PlatformComponent = "metallb" | "traefik" | "nvidiaDevicePlugin" | "certManager" | "argocd" | "prometheus" | "nfs" | "iscsi";

const DEFAULT_NAMESPACES: Record<PlatformComponent, string> = {
  metallb: "metallb-system", traefik: "traefik", nvidiaDevicePlugin: "nvidia-device-plugin", certManager: "cert-manager",
  argocd: "argocd", prometheus: "monitoring", nfs: "democratic-csi-nfs", iscsi: "democratic-csi-iscsi",
};

/**
 * The platform on a K3s cluster, installed with Helm in one apply: MetalLB (its address pools and L2
 * advertisement delivered as a second release after MetalLB's CRDs), Traefik with its LoadBalancer
 * address from the pool, the NVIDIA device plugin on the GPU agents, and where configured
 * cert-manager (ClusterIssuers for the Vault PKI and for ACME DNS-01 through Cloudflare), ArgoCD (a
 * root application), kube-prometheus-stack and democratic-csi (TrueNAS NFS and iSCSI). Charts come
 * from their repositories at exact versions; values are built by typed functions; the Helm
 * provider's credentials are read from Vault ephemerally, and secrets reach the charts as write-only
 * `set_wo` values. The stack depends on the cluster's.
 *
 * Checks: a Traefik address outside the MetalLB pools, a pool holding the address of any VM of the
 * environment, MetalLB without a pool, the device plugin on a cluster without a GPU agent, a chart
 * version that is a range or `latest`, two components in one namespace, a bad ACME email,
 * repository URL or NAS address. (The cluster itself checks that its pools are inside the network
 * and apart from the API VIP and its nodes.)
 *
 * @example
 * ```ts
 * new K3sPlatform(stack, "Platform", {
 *   environment: prod, cluster: kube,
 *   kubeconfig: { mount: "secret", path: "homelab/prod/kubeconfig" },
 *   traefik: { loadBalancerIp: "192.168.1.180" },
 * });
 * ```
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
    const hasGpuAgent = cluster.nodes.some((host) => host.gpus.length > 0);
    const metallb = { enabled: props.metallb?.enabled ?? true, chart: props.metallb?.chart ?? PLATFORM_CHARTS.metallb };
    const traefik = { enabled: props.traefik?.enabled ?? true, chart: props.traefik?.chart ?? PLATFORM_CHARTS.traefik };
    const gpu = { enabled: props.nvidiaDevicePlugin?.enabled ?? hasGpuAgent, chart: props.nvidiaDevicePlugin?.chart ?? PLATFORM_CHARTS.nvidiaDevicePlugin };
    const ingressAddress = traefik.enabled ? props.traefik?.loadBalancerIp ?? pools[0]?.start : undefined;

    const certManager = { enabled: props.certManager?.enabled ?? props.certManager !== undefined, chart: props.certManager?.chart ?? PLATFORM_CHARTS.certManager };
    const argocd = { enabled: props.argocd ? props.argocd.enabled ?? true : false, chart: props.argocd?.chart ?? PLATFORM_CHARTS.argocd };
    const prometheus = { enabled: props.prometheus ? props.prometheus.enabled ?? true : false, chart: props.prometheus?.chart ?? PLATFORM_CHARTS.prometheus };

    const storage = props.storage ? { chart: props.storage.chart ?? PLATFORM_CHARTS.democraticCsi, nfs: props.storage.nfs ?? true, iscsi: props.storage.iscsi ?? false, nas: props.storage.nas } : undefined;
    const ns = (c: PlatformComponent) => props.namespaces?.[c] ?? DEFAULT_NAMESPACES[c];
    const enabled: PlatformComponent[] = [
      ...(metallb.enabled ? ["metallb" as const] : []), ...(traefik.enabled ? ["traefik" as const] : []), ...(gpu.enabled ? ["nvidiaDevicePlugin" as const] : []),
      ...(certManager.enabled ? ["certManager" as const] : []), ...(argocd.enabled ? ["argocd" as const] : []), ...(prometheus.enabled ? ["prometheus" as const] : []),
      ...(storage?.nfs ? ["nfs" as const] : []), ...(storage?.iscsi ? ["iscsi" as const] : []),
    ];

    const check = new Problems(this.node.path);
    enabled.forEach((c, i) => {
      const other = enabled.slice(0, i).find((o) => ns(o) === ns(c));
      if (other) check.add(`namespaces.${c}`, `is also the namespace of ${other}, and each component owns its namespace`, ns(c), "give each component its own namespace");
      if (!/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(ns(c))) check.add(`namespaces.${c}`, "is not a Kubernetes namespace name", ns(c), 'use lower-case letters, digits and "-"');
    });
    if (storage && parseIpv4(storage.nas.host) === undefined) check.add("storage.nas.host", "is not an IPv4 address", storage.nas.host, 'the NAS address, e.g. "192.168.1.10"');
    if (storage && !/^[A-Za-z0-9_.-]+$/.test(storage.nas.pool)) check.add("storage.nas.pool", "is not a ZFS pool name", storage.nas.pool, 'e.g. "tank"');
    if (storage && !storage.nfs && !storage.iscsi) check.add("storage", "enables neither nfs nor iscsi", { nfs: false, iscsi: false }, "enable at least one, or remove storage");
    for (const [name, c] of [["metallb", metallb], ["traefik", traefik], ["nvidiaDevicePlugin", gpu], ["certManager", certManager], ["argocd", argocd], ["prometheus", prometheus], ["storage", { enabled: storage !== undefined, chart: storage?.chart ?? PLATFORM_CHARTS.democraticCsi }]] as const) {
      if (c.enabled && !/^v?\d+\.\d+\.\d+$/.test(c.chart.version)) check.add(`${name}.chart.version`, "is not an exact chart version", c.chart.version, 'pin it, e.g. "0.16.1" (never a range or "latest")');
    }
    if (metallb.enabled && pools.length === 0) check.add("metallb", "has no address pool", [], 'reserve a range with purpose "metallb" in the network, or set the cluster\'s metallbPools');
    if (ingressAddress !== undefined) {
      const ip = parseIpv4(ingressAddress);
      const inPool = ip !== undefined && pools.some((p) => { const s = parseRange(p); return s !== undefined && inSpan(ip, s); });
      if (!inPool) check.add("traefik.loadBalancerIp", `is not in a MetalLB pool (${pools.map((p) => `${p.start}-${p.end}`).join(", ") || "none"})`, ingressAddress, "use an address of a pool, or leave it to the first address of the first pool");
    }
    if (props.certManager?.acme && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(props.certManager.acme.email)) check.add("certManager.acme.email", "is not an email address", props.certManager.acme.email, 'the ACME account\'s contact, e.g. "ops@example.net"');
    if (props.argocd && !/^(https:\/\/|ssh:\/\/|git@)\S+$/.test(props.argocd.rootApp.repoUrl)) check.add("argocd.rootApp.repoUrl", "is not a git repository URL", props.argocd.rootApp.repoUrl, 'e.g. "https://git.home.arpa/homelab/apps.git"');
    if (gpu.enabled && !hasGpuAgent) check.add("nvidiaDevicePlugin", "is enabled on a cluster without a GPU agent", true, "give an agent a gpu, or disable the device plugin");
    if (!isSecretLocation(props.kubeconfig)) {
      check.add("kubeconfig", "must name a KV v2 mount and a relative secret path", props.kubeconfig, 'e.g. { mount: "secret", path: "homelab/prod/kubeconfig" }');
    }
    check.throwIfAny();

    const vault = VaultConnection.of(this, props.environment);
    const kube = vault.readSecret("Kubeconfig", props.kubeconfig);

    const helm = new HelmProvider(this, "Helm", {
      kubernetes: {
        host: kube.field("host"),
        clientCertificate: kube.field("client_certificate"),
        clientKey: kube.field("client_key"),
        clusterCaCertificate: kube.field("cluster_ca_certificate"),
      },
    });
    const releases = new Map<string, Release>();
    const release = (name: string, namespace: string, chart: ChartRef, values: Record<string, unknown>, dependsOn: Release[] = [], setWo: Array<{ name: string; value: string }> = []) => {
      const r = new Release(this, name, {
        provider: helm, name, namespace, createNamespace: true, repository: chart.repository, chart: chart.chart, version: chart.version,
        values: [JSON.stringify(values)], atomic: true, cleanupOnFail: true, wait: true, timeout: 600, dependsOn,
        // Secrets from Vault as write-only values: sent to Helm, never stored in the state.
        ...(setWo.length > 0 ? { setWo, setWoRevision: 1 } : {}),
      });
      releases.set(name, r);
      return r;
    };
    // Custom resources of a component, in a second release after the one that installs its CRDs.
    let manifestsChart: TerraformAsset | undefined;
    const customResources = (name: string, namespace: string, manifests: Array<Record<string, unknown>>, after: Release, setWo: Array<{ name: string; value: string }> = []) => {
      manifestsChart ??= new TerraformAsset(this, "ManifestsChart", { path: manifestsChartDir(), type: AssetType.DIRECTORY });
      const r = new Release(this, name, {
        provider: helm, name, namespace, chart: manifestsChart.path, values: [JSON.stringify({ manifests })], atomic: true, wait: true, dependsOn: [after],
        ...(setWo.length > 0 ? { setWo, setWoRevision: 1 } : {}),
      });
      releases.set(name, r);
      return r;
    };

    if (metallb.enabled) customResources("metallb-config", ns("metallb"), metallbManifests(pools, ns("metallb")), release("metallb", ns("metallb"), metallb.chart, metallbValues()));
    if (traefik.enabled) release("traefik", ns("traefik"), traefik.chart, traefikValues(ingressAddress!), releases.has("metallb-config") ? [releases.get("metallb-config")!] : []);
    if (gpu.enabled) release("nvidia-device-plugin", ns("nvidiaDevicePlugin"), gpu.chart, devicePluginValues());
    if (certManager.enabled) {
      const installed = release("cert-manager", ns("certManager"), certManager.chart, { crds: { enabled: true } });
      const acme = props.certManager?.acme;
      const token = acme ? vault.readSecret("CloudflareDns01", acme.cloudflareToken).field("api_token") : undefined;
      customResources("cert-manager-config", ns("certManager"), certManagerManifests(props.environment.vault.address, `kubernetes-${cluster.clusterName}`, acme, ns("certManager")), installed,
        token ? [{ name: "manifests[0].stringData.api_token", value: token }] : []);
    }
    if (argocd.enabled) {
      const installed = release("argocd", ns("argocd"), argocd.chart, { configs: { params: { "server.insecure": true } } });
      customResources("argocd-root", ns("argocd"), [argocdRootApp(props.argocd!.rootApp, ns("argocd"))], installed);
    }
    if (prometheus.enabled) {
      const admin = vault.readSecret("GrafanaAdmin", props.prometheus!.grafanaAdmin).field("admin_password");
      release("kube-prometheus-stack", ns("prometheus"), prometheus.chart, { grafana: { adminUser: "admin" } }, [], [{ name: "grafana.adminPassword", value: admin }]);
    }
    if (storage) {
      const apiKey = vault.readSecret("NasApiKey", storage.nas.apiKey).field("api_key");
      const networkCidr = props.environment.networks[cluster.network].cidr;
      for (const protocol of (["nfs", "iscsi"] as const).filter((p) => storage[p])) {
        release(`democratic-csi-${protocol}`, ns(protocol), storage.chart, democraticCsiValues(protocol, storage.nas, networkCidr), [], [{ name: "driver.config.httpConnection.apiKey", value: apiKey }]);
      }
    }

    this.releases = releases;
    this.ingressAddress = ingressAddress;
    this.inventoryEnvironment = props.environment.name;
    this.inventory = { groups: { k3s_cluster: { vars: { k3s_kubeconfig_vault_mount: props.kubeconfig.mount, k3s_kubeconfig_vault_path: props.kubeconfig.path } } } };
    // The k3s role writes the credentials (Ansible's policy gets write there); this stack reads them.
    declareSecretAccess(this, { ...props.kubeconfig, access: "write", by: "ansible" });
    declareInventorySource(this);
    if (ingressAddress !== undefined) declare(this, GROUP_FACTS, { environment: props.environment.name, group: `k3s_${cluster.clusterName}`, fact: `Traefik ${ingressAddress}` });
    // The pools are inside the network and apart from the VIP and the cluster's nodes (the cluster
    // checked that); they must also stay clear of every other host of the environment, wherever and
    // whenever it is built: checked when the app is validated.
    this.node.addValidation({ validate: () => poolsHoldingHosts(this, props.environment.name, pools) });
    dependOn(this, cluster);
  }
}

/** The problem of each pool that holds the address of a host of `environment`. */
function poolsHoldingHosts(scope: Construct, environment: string, pools: readonly AddressRange[]): string[] {
  const hosts = hostsOf(scope, environment).filter((h) => !isToken(h.ipv4));
  return pools.flatMap((pool, i) => {
    const span = parseRange(pool);
    const inside = span ? hosts.filter((h) => { const a = parseIpv4(h.ipv4); return a !== undefined && inSpan(a, span); }).map((h) => h.node.path) : [];
    return inside.length > 0 ? [message(`pools[${i}]`, `contains the addresses of ${inside.join(", ")}`, `${pool.start}-${pool.end}`, "keep VM addresses out of MetalLB pools")] : [];
  });
}

/** The library's own chart of raw manifests (shipped in the package under charts/manifests). */
function manifestsChartDir(): string {
  try {
    return join(dirname(require.resolve("@homelab/constructs/package.json")), "charts", "manifests");
  } catch {
    throw new Error("K3sPlatform: cannot find @homelab/constructs/package.json, whose charts/manifests delivers custom resources; run synth where the package is installed (a bundle must keep @homelab/constructs/package.json external)");
  }
}
