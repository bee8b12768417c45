// The values and manifests K3sPlatform hands to its Helm releases: plain functions of the props, so
// the tests can render them with the real charts. Internal: not part of the package's API.
import { AddressRange } from "../site";

/** The node label the k3s role puts on GPU agents. */
const GPU_LABEL = "homelab.gpu";

/** MetalLB's values: L2 with the native speaker (no FRR). */
export function metallbValues(): Record<string, unknown> {
  return { frrk8s: { enabled: false }, speaker: { tolerateMaster: true }, controller: { logLevel: "info" } };
}

/** The pools and their L2 advertisement, as MetalLB custom resources. */
export function metallbManifests(pools: readonly AddressRange[], namespace = "metallb-system"): Array<Record<string, unknown>> {
  return [
    {
      apiVersion: "metallb.io/v1beta1",
      kind: "IPAddressPool",
      metadata: { name: "homelab", namespace },
      spec: { addresses: pools.map((p) => `${p.start}-${p.end}`) },
    },
    { apiVersion: "metallb.io/v1beta1", kind: "L2Advertisement", metadata: { name: "homelab", namespace }, spec: { ipAddressPools: ["homelab"] } },
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

/**
 * cert-manager's ClusterIssuers: `internal-ca` from the Vault PKI and, with `acme`, `letsencrypt`
 * through Cloudflare DNS-01 (its token Secret first; the token itself is set write-only).
 */
export function certManagerManifests(
  vaultAddress: string,
  kubernetesAuthMount: string,
  acme?: { readonly email: string; readonly server?: string },
  namespace = "cert-manager",
): Array<Record<string, unknown>> {
  const internal = {
    apiVersion: "cert-manager.io/v1",
    kind: "ClusterIssuer",
    metadata: { name: "internal-ca" },
    spec: {
      vault: {
        server: vaultAddress,
        path: "pki_int/sign/ingress",
        auth: { kubernetes: { mountPath: `/v1/auth/${kubernetesAuthMount}`, role: "cert-manager", serviceAccountRef: { name: "cert-manager" } } },
      },
    },
  };
  if (!acme) return [internal];
  return [
    { apiVersion: "v1", kind: "Secret", metadata: { name: "cloudflare-api-token", namespace }, type: "Opaque", stringData: { api_token: "" } },
    internal,
    {
      apiVersion: "cert-manager.io/v1",
      kind: "ClusterIssuer",
      metadata: { name: "letsencrypt" },
      spec: {
        acme: {
          server: acme.server ?? "https://acme-v02.api.letsencrypt.org/directory",
          email: acme.email,
          privateKeySecretRef: { name: "letsencrypt-account" },
          solvers: [{ dns01: { cloudflare: { apiTokenSecretRef: { name: "cloudflare-api-token", key: "api_token" } } } }],
        },
      },
    },
  ];
}

/** ArgoCD's root application: everything under `path` of the repository, synced automatically. */
export function argocdRootApp(
  root: { readonly repoUrl: string; readonly path: string; readonly revision?: string },
  namespace = "argocd",
): Record<string, unknown> {
  return {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "Application",
    metadata: { name: "root", namespace },
    spec: {
      project: "root",
      source: { repoURL: root.repoUrl, path: root.path, targetRevision: root.revision ?? "main" },
      destination: { server: "https://kubernetes.default.svc", namespace },
      syncPolicy: { automated: { prune: true, selfHeal: true } },
    },
  };
}

/**
 * democratic-csi's values for TrueNAS over its API: a storage class `truenas-<protocol>`, datasets
 * under `<pool>/k8s/<protocol>`, NFS shares open to the cluster's network only. The API key is set
 * write-only by the release, never here.
 */
export function democraticCsiValues(
  protocol: "nfs" | "iscsi",
  nas: { readonly host: string; readonly pool: string; readonly caCert?: string },
  networkCidr: string,
): Record<string, unknown> {
  const zfs = {
    datasetParentName: `${nas.pool}/k8s/${protocol}/volumes`,
    detachedSnapshotsDatasetParentName: `${nas.pool}/k8s/${protocol}/snapshots`,
  };
  // Verified against the NAS's CA when the model has it (node reads it from NODE_EXTRA_CA_CERTS).
  const httpConnection = { protocol: "https", host: nas.host, port: 443, allowInsecure: nas.caCert === undefined };
  const config =
    protocol === "nfs"
      ? {
          driver: "freenas-api-nfs",
          httpConnection,
          zfs: { ...zfs, datasetEnableQuotas: true, datasetEnableReservation: false },
          nfs: { shareHost: nas.host, shareAlldirs: false, shareAllowedNetworks: [networkCidr], shareMaprootUser: "root", shareMaprootGroup: "root" },
        }
      : {
          driver: "freenas-api-iscsi",
          httpConnection,
          zfs: { ...zfs, zvolEnableReservation: false },
          iscsi: {
            targetPortal: `${nas.host}:3260`,
            namePrefix: "csi-",
            targetGroups: [{ targetGroupPortalGroup: 1, targetGroupInitiatorGroup: 1, targetGroupAuthType: "None" }],
            extentInsecureTpc: true,
            extentXenCompat: false,
            extentDisablePhysicalBlocksize: true,
            extentBlocksize: 512,
            extentRpm: "SSD",
            extentAvailThreshold: 0,
          },
        };
  return {
    csiDriver: { name: `org.democratic-csi.${protocol}` },
    storageClasses: [
      {
        name: `truenas-${protocol}`,
        defaultClass: protocol === "nfs",
        reclaimPolicy: "Retain",
        volumeBindingMode: "Immediate",
        allowVolumeExpansion: true,
        parameters: { fsType: protocol === "nfs" ? "nfs" : "ext4" },
        ...(protocol === "nfs" ? { mountOptions: ["noatime", "nfsvers=4.2"] } : {}),
      },
    ],
    driver: { config },
    ...(nas.caCert ? { controller: withNasCa({}) } : {}),
    ...(protocol === "iscsi"
      ? {
          node: (nas.caCert ? withNasCa : (x: ChartPod) => x)({
            hostPID: true,
            driver: {
              extraEnv: [
                { name: "ISCSIADM_HOST_STRATEGY", value: "nsenter" },
                { name: "ISCSIADM_HOST_PATH", value: "/usr/local/sbin/iscsiadm" },
              ],
              iscsiDirHostPath: "/usr/local/etc/iscsi",
              iscsiDirHostPathType: "",
            },
          }),
        }
      : nas.caCert
        ? { node: withNasCa({}) }
        : {}),
  };
}

const NAS_CA = { configMap: "truenas-ca", dir: "/etc/truenas-ca", file: "ca.crt" };

/** The ConfigMap holding the NAS's CA certificate (public), which the driver's pods mount. */
export function truenasCaConfigMap(pem: string): Record<string, unknown> {
  return { apiVersion: "v1", kind: "ConfigMap", metadata: { name: NAS_CA.configMap }, data: { [NAS_CA.file]: pem } };
}

/** The part of democratic-csi's values for one kind of pod (controller or node). */
interface ChartPod {
  readonly driver?: { readonly extraEnv?: readonly unknown[]; readonly [key: string]: unknown };
  readonly [key: string]: unknown;
}

/** A democratic-csi pod spec (controller or node) that trusts the NAS's CA: mounted, named in NODE_EXTRA_CA_CERTS. */
function withNasCa(pod: ChartPod): ChartPod {
  const driver = pod.driver ?? {};
  return {
    ...pod,
    extraVolumes: [{ name: NAS_CA.configMap, configMap: { name: NAS_CA.configMap } }],
    driver: {
      ...driver,
      extraEnv: [...(driver.extraEnv ?? []), { name: "NODE_EXTRA_CA_CERTS", value: `${NAS_CA.dir}/${NAS_CA.file}` }],
      extraVolumeMounts: [{ name: NAS_CA.configMap, mountPath: NAS_CA.dir, readOnly: true }],
    },
  };
}

/** The device plugin's values: only on nodes the k3s role labelled as GPU agents. */
export function devicePluginValues(): Record<string, unknown> {
  return { nodeSelector: { [GPU_LABEL]: "true" } };
}

const IN_CLUSTER = "https://kubernetes.default.svc";

/**
 * Argo CD's projects, so that nothing syncs into the unrestricted `default` project:
 * - `default` locked (no source, no destination: Argo CD recreates it if deleted, so it is emptied);
 * - `root`: the root application alone, which may create only Applications in Argo CD's namespace;
 * - `apps`: what the root application's children sync, from the apps repository only, into any
 *   namespace but the platform's own (`platformNamespaces`) and `kube-system`, with no cluster-wide
 *   resource but a Namespace (no CRDs, cluster roles or webhooks from the apps repository).
 */
export function argocdProjects(repoUrl: string, namespace: string, platformNamespaces: readonly string[]): Array<Record<string, unknown>> {
  const project = (name: string, spec: Record<string, unknown>) => ({
    apiVersion: "argoproj.io/v1alpha1",
    kind: "AppProject",
    metadata: { name, namespace },
    spec,
  });
  const denied = [...new Set(["kube-system", namespace, ...platformNamespaces])].sort();
  return [
    project("default", { sourceRepos: [], destinations: [], clusterResourceWhitelist: [], namespaceResourceWhitelist: [] }),
    project("root", {
      description: "The root application: Applications in Argo CD's namespace, nothing else",
      sourceRepos: [repoUrl],
      destinations: [{ server: IN_CLUSTER, namespace }],
      clusterResourceWhitelist: [],
      namespaceResourceWhitelist: [{ group: "argoproj.io", kind: "Application" }],
    }),
    project("apps", {
      description: "The apps the root application syncs: any namespace but the platform's, no cluster-wide resource but a Namespace",
      sourceRepos: [repoUrl],
      destinations: [...denied.map((ns) => ({ server: IN_CLUSTER, namespace: `!${ns}` })), { server: IN_CLUSTER, namespace: "*" }],
      clusterResourceWhitelist: [{ group: "", kind: "Namespace" }],
    }),
  ];
}
