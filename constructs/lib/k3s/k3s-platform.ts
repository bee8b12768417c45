import { createHash } from "node:crypto";
import { HelmProvider } from "@cdktf/provider-helm/lib/provider";
import { Release } from "@cdktf/provider-helm/lib/release";
import { Annotations, TerraformAsset, AssetType } from "cdktf";
import { Construct } from "constructs";
import { dirname, join } from "node:path";
import {
  checkCaCertificate,
  checkDnsLabel,
  checkEmail,
  checkIpv4,
  checkPinnedVersion,
  checkSecretLocation,
  declare,
  declareSecretAccess,
  dependOn,
  inSpan,
  isToken,
  message,
  parseIpv4,
  Problems,
} from "../core";
import { declareInventorySource, GROUP_FACTS, hostsOf, IKubernetesCluster, InventoryFragment, InventorySource, NAMES, SERVICES } from "../hosts";
import { AddressRange, parseRange, SiteEnvironment } from "../site";
import { VaultConnection } from "../vault";
import { k3sGroupId } from "./k3s-cluster";
import {
  argocdProjects,
  argocdRootApp,
  certManagerManifests,
  democraticCsiValues,
  devicePluginValues,
  metallbManifests,
  metallbValues,
  traefikValues,
  truenasCaConfigMap,
} from "./platform-values";

/** The node port of the in-cluster Prometheus, which the site's Prometheus federates. */
const FEDERATION_NODE_PORT = 30090;
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
   * Vault KV v2 secret with the platform's credentials, written there by the k3s role after the first
   * server came up: `host`, `cluster_ca_certificate` and `token`, the token of the cluster's
   * `homelab-platform` service account (revocable; never the admin client certificate), read
   * ephemerally, never in state.
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
   * cert-manager with a ClusterIssuer `internal-ca` signing from the Vault PKI (`pki_int/sign/ingress`,
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
      /** Vault secret with cert-manager's own Cloudflare DNS-edit token (key `api_token`), made by the operator (docs/credentials.md). */
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
      /**
       * The CA certificate (PEM) the TrueNAS API's certificate chains to; its certificate must name
       * `host` (an IP SAN for an address). With it democratic-csi verifies the API's TLS.
       * @default none: democratic-csi skips the certificate check (`allowInsecure`), and synth warns
       */
      readonly caCert?: string;
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
  metallb: "metallb-system",
  traefik: "traefik",
  nvidiaDevicePlugin: "nvidia-device-plugin",
  certManager: "cert-manager",
  argocd: "argocd",
  prometheus: "monitoring",
  nfs: "democratic-csi-nfs",
  iscsi: "democratic-csi-iscsi",
};
const COMPONENTS = Object.keys(DEFAULT_NAMESPACES) as PlatformComponent[];

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
  private readonly releaseMap = new Map<string, Release>();
  private readonly helm: HelmProvider;
  private manifestsChart?: TerraformAsset;

  constructor(scope: Construct, id: string, props: K3sPlatformProps) {
    super(scope, id);
    const settings = resolvePlatform(props);
    this.validate(props, settings);
    const vault = VaultConnection.of(this, props.environment);
    this.helm = this.renderHelm(vault, props.kubeconfig);
    this.renderMetallb(settings);
    this.renderTraefik(settings);
    this.renderDevicePlugin(settings);
    this.renderCertManager(props, settings, vault);
    this.renderArgocd(props, settings);
    this.renderPrometheus(props, settings, vault);
    this.renderStorage(props, settings, vault);
    this.releases = this.releaseMap;
    this.ingressAddress = settings.ingressAddress;
    this.inventoryEnvironment = props.environment.name;
    this.inventory = inventoryOf(props.kubeconfig);
    this.declare(props, settings);
  }

  /** Every problem with the props, thrown together before any child exists. */
  private validate(props: K3sPlatformProps, s: PlatformSettings): void {
    const { metallb, traefik, gpu, certManager, argocd, prometheus, storage, pools, ingressAddress } = s;
    const ns = (c: PlatformComponent) => s.namespaces[c];
    const check = new Problems(this.node.path);
    s.enabled.forEach((c, i) => {
      const other = s.enabled.slice(0, i).find((o) => ns(o) === ns(c));
      if (other) {
        check.add(
          `namespaces.${c}`,
          `is also the namespace of ${other}, and each component owns its namespace`,
          ns(c),
          "give each component its own namespace",
        );
      }
      checkDnsLabel(check, `namespaces.${c}`, ns(c), 'use lower-case letters, digits and "-"', "is not a Kubernetes namespace name");
    });
    if (storage) {
      const { nas } = storage;
      checkIpv4(check, "storage.nas.host", nas.host, 'the NAS address, e.g. "192.168.1.10"');
      if (!/^[A-Za-z0-9_.-]+$/.test(nas.pool)) check.add("storage.nas.pool", "is not a ZFS pool name", nas.pool, 'e.g. "tank"');
      if (nas.caCert !== undefined)
        checkCaCertificate(check, "storage.nas.caCert", nas.caCert, "paste the CA certificate the TrueNAS API's certificate chains to, PEM");
      if (!storage.nfs && !storage.iscsi) {
        check.add("storage", "enables neither nfs nor iscsi", { nfs: false, iscsi: false }, "enable at least one, or remove storage");
      }
    }
    const charts = [
      ["metallb", metallb],
      ["traefik", traefik],
      ["nvidiaDevicePlugin", gpu],
      ["certManager", certManager],
      ["argocd", argocd],
      ["prometheus", prometheus],
      ["storage", { enabled: storage !== undefined, chart: storage?.chart ?? PLATFORM_CHARTS.democraticCsi }],
    ] as const;
    for (const [name, c] of charts) {
      const fix = 'pin it, e.g. "0.16.1" (never a range or "latest")';
      if (c.enabled) checkPinnedVersion(check, `${name}.chart.version`, c.chart.version, fix, "is not an exact chart version");
    }
    if (metallb.enabled && pools.length === 0) {
      check.add("metallb", "has no address pool", [], 'reserve a range with purpose "metallb" in the network, or set the cluster\'s metallbPools');
    }
    if (ingressAddress !== undefined) {
      const ip = parseIpv4(ingressAddress);
      const inPool =
        ip !== undefined &&
        pools.some((p) => {
          const span = parseRange(p);
          return span !== undefined && inSpan(ip, span);
        });
      if (!inPool) {
        const list = pools.map((p) => `${p.start}-${p.end}`).join(", ") || "none";
        const fix = "use an address of a pool, or leave it to the first address of the first pool";
        check.add("traefik.loadBalancerIp", `is not in a MetalLB pool (${list})`, ingressAddress, fix);
      }
    }
    const acme = props.certManager?.acme;
    if (acme) checkEmail(check, "certManager.acme.email", acme.email, 'the ACME account\'s contact, e.g. "ops@example.net"');
    const root = props.argocd?.rootApp;
    if (root && !/^(https:\/\/|ssh:\/\/|git@)\S+$/.test(root.repoUrl)) {
      check.add("argocd.rootApp.repoUrl", "is not a git repository URL", root.repoUrl, 'e.g. "https://git.home.arpa/homelab/apps.git"');
    }
    if (gpu.enabled && !s.hasGpuAgent) {
      check.add("nvidiaDevicePlugin", "is enabled on a cluster without a GPU agent", true, "give an agent a gpu, or disable the device plugin");
    }
    checkSecretLocation(check, "kubeconfig", props.kubeconfig, 'e.g. { mount: "secret", path: "homelab/prod/kubeconfig" }');
    check.throwIfAny();
  }

  /**
   * The Helm provider, with the platform's service-account token (not the admin client certificate)
   * read from Vault ephemerally.
   */
  private renderHelm(vault: VaultConnection, kubeconfig: K3sPlatformProps["kubeconfig"]): HelmProvider {
    const kube = vault.readSecret("Kubeconfig", kubeconfig);
    return new HelmProvider(this, "Helm", {
      kubernetes: {
        host: kube.field("host"),
        token: kube.field("token"),
        clusterCaCertificate: kube.field("cluster_ca_certificate"),
      },
    });
  }

  /** MetalLB, then its pools and L2 advertisement once its CRDs exist. */
  private renderMetallb({ metallb, pools, namespaces }: PlatformSettings): void {
    if (!metallb.enabled) return;
    const installed = this.release("metallb", namespaces.metallb, metallb.chart, metallbValues());
    this.customResources("metallb-config", namespaces.metallb, metallbManifests(pools, namespaces.metallb), installed);
  }

  /** Traefik, after MetalLB's pools so its LoadBalancer address exists. */
  private renderTraefik({ traefik, ingressAddress, namespaces }: PlatformSettings): void {
    if (!traefik.enabled) return;
    const pools = this.releaseMap.get("metallb-config");
    this.release("traefik", namespaces.traefik, traefik.chart, traefikValues(ingressAddress!), pools ? [pools] : []);
  }

  private renderDevicePlugin({ gpu, namespaces }: PlatformSettings): void {
    if (gpu.enabled) this.release("nvidia-device-plugin", namespaces.nvidiaDevicePlugin, gpu.chart, devicePluginValues());
  }

  /** cert-manager, then its ClusterIssuers (the ACME one with the DNS-01 token, write-only). */
  private renderCertManager(props: K3sPlatformProps, { certManager, namespaces }: PlatformSettings, vault: VaultConnection): void {
    if (!certManager.enabled) return;
    const installed = this.release("cert-manager", namespaces.certManager, certManager.chart, { crds: { enabled: true } });
    const acme = props.certManager?.acme;
    const token = acme ? vault.readSecret("CloudflareDns01", acme.cloudflareToken).field("api_token") : undefined;
    const manifests = certManagerManifests(props.environment.vault.address, `kubernetes-${props.cluster.clusterName}`, acme, namespaces.certManager);
    const setWo = token ? [{ name: "manifests[0].stringData.api_token", value: token, from: { ...acme!.cloudflareToken, field: "api_token" } }] : [];
    this.customResources("cert-manager-config", namespaces.certManager, manifests, installed, setWo);
  }

  /** Argo CD, then its root application. */
  private renderArgocd(props: K3sPlatformProps, { argocd, namespaces }: PlatformSettings): void {
    if (!argocd.enabled) return;
    const installed = this.release("argocd", namespaces.argocd, argocd.chart, { configs: { params: { "server.insecure": true } } });
    const root = props.argocd!.rootApp;
    const projects = argocdProjects(root.repoUrl, namespaces.argocd, Object.values(namespaces));
    this.customResources("argocd-root", namespaces.argocd, [...projects, argocdRootApp(root, namespaces.argocd)], installed);
  }

  /** kube-prometheus-stack, Grafana's admin password write-only from Vault. */
  private renderPrometheus(props: K3sPlatformProps, { prometheus, namespaces }: PlatformSettings, vault: VaultConnection): void {
    if (!prometheus.enabled) return;
    const admin = vault.readSecret("GrafanaAdmin", props.prometheus!.grafanaAdmin).field("admin_password");
    const setWo = [{ name: "grafana.adminPassword", value: admin, from: { ...props.prometheus!.grafanaAdmin, field: "admin_password" } }];
    // The in-cluster Prometheus on a node port of every node, for the site's Prometheus to federate (KubeStateMetrics' node conditions).
    const values = { grafana: { adminUser: "admin" }, prometheus: { service: { type: "NodePort", nodePort: FEDERATION_NODE_PORT } } };
    this.release("kube-prometheus-stack", namespaces.prometheus, prometheus.chart, values, [], setWo);
  }

  /** democratic-csi, one release per protocol, the NAS API key write-only from Vault. */
  private renderStorage(props: K3sPlatformProps, { storage, namespaces }: PlatformSettings, vault: VaultConnection): void {
    if (!storage) return;
    if (!storage.nas.caCert)
      Annotations.of(this).addWarning(
        `storage.nas.caCert is not set, so democratic-csi does not verify the TLS certificate of the TrueNAS API at ${storage.nas.host}; ` +
          "set it to the CA the NAS's certificate chains to",
      );
    const apiKey = vault.readSecret("NasApiKey", storage.nas.apiKey).field("api_key");
    const networkCidr = props.environment.networks[props.cluster.network].cidr;
    for (const protocol of (["nfs", "iscsi"] as const).filter((p) => storage[p])) {
      const values = democraticCsiValues(protocol, storage.nas, networkCidr);
      const setWo = [{ name: "driver.config.httpConnection.apiKey", value: apiKey, from: { ...storage.nas.apiKey, field: "api_key" } }];
      // The NAS's CA, in the namespace before the driver's pods that mount it.
      const ca = storage.nas.caCert
        ? [this.customResources(`truenas-ca-${protocol}`, namespaces[protocol], [truenasCaConfigMap(storage.nas.caCert)], undefined)]
        : [];
      this.release(`democratic-csi-${protocol}`, namespaces[protocol], storage.chart, values, ca, setWo);
    }
  }

  /** A chart release; secrets from Vault go as write-only values: sent to Helm, never stored in the state. */
  private release(
    name: string,
    namespace: string,
    chart: ChartRef,
    values: Record<string, unknown>,
    dependsOn: Release[] = [],
    setWo: WriteOnlyValue[] = [],
  ): Release {
    const r = new Release(this, name, {
      provider: this.helm,
      name,
      namespace,
      createNamespace: true,
      repository: chart.repository,
      chart: chart.chart,
      version: chart.version,
      values: [JSON.stringify(values)],
      atomic: true,
      cleanupOnFail: true,
      wait: true,
      timeout: 600,
      dependsOn,
      ...writeOnly(setWo, [chart, values]),
    });
    this.releaseMap.set(name, r);
    return r;
  }

  /** Custom resources of a component, in a second release after the one that installs its CRDs. */
  private customResources(
    name: string,
    namespace: string,
    manifests: Array<Record<string, unknown>>,
    after: Release | undefined,
    setWo: WriteOnlyValue[] = [],
  ): Release {
    this.manifestsChart ??= new TerraformAsset(this, "ManifestsChart", { path: manifestsChartDir(), type: AssetType.DIRECTORY });
    const r = new Release(this, name, {
      provider: this.helm,
      name,
      namespace,
      chart: this.manifestsChart.path,
      values: [JSON.stringify({ manifests })],
      atomic: true,
      wait: true,
      ...(after ? { dependsOn: [after] } : { createNamespace: true }),
      ...writeOnly(setWo, [manifests]),
    });
    this.releaseMap.set(name, r);
    return r;
  }

  /**
   * Traefik's HTTPS entry point (a TLS connect) and, with kube-prometheus-stack, its federation
   * endpoint on the first node: the site's Prometheus takes the cluster's node conditions from it,
   * with their own labels (the cluster's own rules and Grafana stay in the cluster).
   */
  private declareServices(props: K3sPlatformProps, ingressAddress: string | undefined): void {
    const env = props.environment.name;
    const cluster = props.cluster;
    if (ingressAddress !== undefined)
      declare(this, SERVICES, {
        name: "traefik",
        environment: env,
        host: `${cluster.clusterName}-ingress`,
        address: ingressAddress,
        port: 443,
        protocol: "https",
      });
    const first = cluster.nodes[0];
    if (props.prometheus && props.prometheus.enabled !== false && first)
      declare(this, SERVICES, {
        name: "k3s-federation",
        environment: env,
        host: first.hostname,
        address: first.ipv4,
        port: FEDERATION_NODE_PORT,
        protocol: "http",
        metricsPath: "/federate",
        metricsParams: { "match[]": ['{__name__=~"kube_node_status_condition|kube_node_info"}'] },
        honorLabels: true,
      });
  }

  /** What the platform declares: the kubeconfig secret, its inventory, the Traefik address; and its checks at app validation. */
  private declare(props: K3sPlatformProps, { ingressAddress, pools }: PlatformSettings): void {
    const cluster = props.cluster;
    // The k3s role writes the credentials (Ansible's policy gets write there); this stack reads them.
    declareSecretAccess(this, { ...props.kubeconfig, access: "write", by: "ansible" });
    declareInventorySource(this);
    this.declareServices(props, ingressAddress);
    if (ingressAddress !== undefined) {
      declare(this, GROUP_FACTS, { environment: props.environment.name, group: k3sGroupId(cluster.clusterName), fact: `Traefik ${ingressAddress}` });
      // Every name under apps.<domain> (where cert-manager issues) reaches Traefik.
      const name = `*.apps.${props.environment.domain}`;
      declare(this, NAMES, {
        environment: props.environment.name,
        name,
        address: ingressAddress,
        declaredBy: `K3s platform on ${cluster.clusterName} (Traefik)`,
      });
    }
    // The pools are inside the network and apart from the VIP and the cluster's nodes (the cluster
    // checked that); they must also stay clear of every other host of the environment, wherever and
    // whenever it is built: checked when the app is validated.
    this.node.addValidation({ validate: () => poolsHoldingHosts(this, props.environment.name, pools) });
    dependOn(this, cluster);
  }
}

/**
 * The write-only values of a release, with a revision that changes whenever the release does (its
 * chart, its values, or which secrets go where): helm provider 3.1.1 may drop `set_wo` values from an
 * upgrade whose revision is unchanged, so a fixed revision could upgrade a chart without its secrets.
 * The revision is a hash (values are references to ephemeral reads, so no secret is hashed); a secret
 * rotated in Vault under the same reference needs `tofu apply -replace` of the release, as before.
 */
function writeOnly(
  setWo: readonly WriteOnlyValue[],
  release: readonly unknown[],
): { setWo?: Array<{ name: string; value: string }>; setWoRevision?: number } {
  if (setWo.length === 0) return {};
  // The references, not the values' tokens (whose numbering depends on the order constructs are built in).
  const digest = createHash("sha256")
    .update(JSON.stringify([release, setWo.map((v) => [v.name, v.from])]))
    .digest("hex");
  return { setWo: setWo.map(({ name, value }) => ({ name, value })), setWoRevision: 1 + parseInt(digest.slice(0, 7), 16) };
}

/** A secret sent to Helm as a write-only `set_wo` value. */
interface WriteOnlyValue {
  readonly name: string;
  readonly value: string;
  /** Where the value is read from, for the revision. */
  readonly from: { readonly mount: string; readonly path: string; readonly field: string };
}

/** A component's switch and chart, defaults applied. */
interface Component {
  readonly enabled: boolean;
  readonly chart: ChartRef;
}

/** The props with every default applied. */
interface PlatformSettings {
  readonly pools: readonly AddressRange[];
  readonly hasGpuAgent: boolean;
  readonly metallb: Component;
  readonly traefik: Component;
  readonly gpu: Component;
  readonly certManager: Component;
  readonly argocd: Component;
  readonly prometheus: Component;
  readonly storage?: {
    readonly chart: ChartRef;
    readonly nfs: boolean;
    readonly iscsi: boolean;
    readonly nas: NonNullable<K3sPlatformProps["storage"]>["nas"];
  };
  /** The Traefik LoadBalancer address, when Traefik is enabled. */
  readonly ingressAddress?: string;
  readonly namespaces: Readonly<Record<PlatformComponent, string>>;
  /** The enabled components, in install order. */
  readonly enabled: readonly PlatformComponent[];
}

function resolvePlatform(props: K3sPlatformProps): PlatformSettings {
  const pools = props.cluster.metallbPools;
  const hasGpuAgent = props.cluster.nodes.some((host) => host.gpus.length > 0);
  const traefik = { enabled: props.traefik?.enabled ?? true, chart: props.traefik?.chart ?? PLATFORM_CHARTS.traefik };
  const s = props.storage;
  const storage = s ? { chart: s.chart ?? PLATFORM_CHARTS.democraticCsi, nfs: s.nfs ?? true, iscsi: s.iscsi ?? false, nas: s.nas } : undefined;
  const { certManager, argocd, prometheus } = props;
  const settings = {
    pools,
    hasGpuAgent,
    metallb: { enabled: props.metallb?.enabled ?? true, chart: props.metallb?.chart ?? PLATFORM_CHARTS.metallb },
    traefik,
    gpu: { enabled: props.nvidiaDevicePlugin?.enabled ?? hasGpuAgent, chart: props.nvidiaDevicePlugin?.chart ?? PLATFORM_CHARTS.nvidiaDevicePlugin },
    certManager: { enabled: certManager?.enabled ?? certManager !== undefined, chart: certManager?.chart ?? PLATFORM_CHARTS.certManager },
    argocd: { enabled: argocd ? (argocd.enabled ?? true) : false, chart: argocd?.chart ?? PLATFORM_CHARTS.argocd },
    prometheus: { enabled: prometheus ? (prometheus.enabled ?? true) : false, chart: prometheus?.chart ?? PLATFORM_CHARTS.prometheus },
    storage,
    ingressAddress: traefik.enabled ? (props.traefik?.loadBalancerIp ?? pools[0]?.start) : undefined,
    namespaces: Object.fromEntries(COMPONENTS.map((c) => [c, props.namespaces?.[c] ?? DEFAULT_NAMESPACES[c]])) as Record<PlatformComponent, string>,
  };
  const on = (c: PlatformComponent, enabled: boolean | undefined) => (enabled ? [c] : []);
  const enabled: PlatformComponent[] = [
    ...on("metallb", settings.metallb.enabled),
    ...on("traefik", traefik.enabled),
    ...on("nvidiaDevicePlugin", settings.gpu.enabled),
    ...on("certManager", settings.certManager.enabled),
    ...on("argocd", settings.argocd.enabled),
    ...on("prometheus", settings.prometheus.enabled),
    ...on("nfs", storage?.nfs),
    ...on("iscsi", storage?.iscsi),
  ];
  return { ...settings, enabled };
}

/** Where the k3s role writes the cluster's admin credentials, as vars of `k3s_cluster`. */
function inventoryOf(kubeconfig: K3sPlatformProps["kubeconfig"]): InventoryFragment {
  return { groups: { k3s_cluster: { vars: { k3s_kubeconfig_vault_mount: kubeconfig.mount, k3s_kubeconfig_vault_path: kubeconfig.path } } } };
}

/** The problem of each pool that holds the address of a host of `environment`. */
function poolsHoldingHosts(scope: Construct, environment: string, pools: readonly AddressRange[]): string[] {
  const hosts = hostsOf(scope, environment).filter((h) => !isToken(h.ipv4));
  return pools.flatMap((pool, i) => {
    const span = parseRange(pool);
    const inside = span
      ? hosts
          .filter((h) => {
            const a = parseIpv4(h.ipv4);
            return a !== undefined && inSpan(a, span);
          })
          .map((h) => h.node.path)
      : [];
    return inside.length > 0
      ? [
          message(
            `pools[${i}]`,
            `contains the addresses of ${inside.join(", ")}`,
            `${pool.start}-${pool.end}`,
            "keep VM addresses out of MetalLB pools",
          ),
        ]
      : [];
  });
}

/** The library's own chart of raw manifests (shipped in the package under charts/manifests). */
function manifestsChartDir(): string {
  try {
    return join(dirname(require.resolve("@homelab/constructs/package.json")), "charts", "manifests");
  } catch {
    throw new Error(
      "K3sPlatform: cannot find @homelab/constructs/package.json, whose charts/manifests delivers custom resources; " +
        "run synth where the package is installed (a bundle must keep @homelab/constructs/package.json external)",
    );
  }
}
