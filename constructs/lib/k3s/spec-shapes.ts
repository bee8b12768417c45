import { flag, list, object, optional, Shape, text } from "../core";
import { ADDRESS_RANGE, CLUSTER_NODE_FIELDS, DISK_GIB, SECRET_LOCATION, SECRET_REF } from "../site";
import type { K3sClusterSpec, K3sNode } from "./k3s-cluster";
import type { ChartRef, K3sPlatformProps, PlatformComponent } from "./k3s-platform";

// The structure of the K3s cluster and platform a site describes (see core/shape.ts).

const k3sNode = object<K3sNode>("a K3s node", { ...CLUSTER_NODE_FIELDS, bootDiskGiB: optional(DISK_GIB), gpu: optional(text()) });

/** The structure of a site's K3s cluster (`k3s`). */
export const K3S_CLUSTER_SPEC: Shape<K3sClusterSpec> = object<K3sClusterSpec>("a K3s cluster", {
  name: text(),
  image: text(),
  k3sVersion: text(),
  servers: list(k3sNode, { min: 1 }),
  agents: optional(list(k3sNode)),
  token: SECRET_REF,
  network: optional(text()),
  apiVip: optional(text()),
  metallbPools: optional(list(ADDRESS_RANGE)),
  podCidr: optional(text()),
  serviceCidr: optional(text()),
  allowSingleServer: optional(flag()),
  allowSharedServerHosts: optional(flag()),
});

const chart = optional(object<ChartRef>("a chart { repository, chart, version }", { repository: text(), chart: text(), version: text() }));
const toggle = { enabled: optional(flag()), chart };
type Platform = Omit<K3sPlatformProps, "environment" | "cluster">;
type Part<K extends keyof Platform> = NonNullable<Platform[K]>;

/** The structure of a site's platform (`platform`). */
export const K3S_PLATFORM_SPEC: Shape<Platform> = object<Platform>("the platform", {
  kubeconfig: SECRET_LOCATION,
  metallb: optional(object<Part<"metallb">>("the MetalLB settings", toggle)),
  traefik: optional(object<Part<"traefik">>("the Traefik settings", { ...toggle, loadBalancerIp: optional(text()) })),
  nvidiaDevicePlugin: optional(object<Part<"nvidiaDevicePlugin">>("the NVIDIA device plugin settings", toggle)),
  certManager: optional(
    object<Part<"certManager">>("the cert-manager settings", {
      ...toggle,
      acme: optional(
        object<NonNullable<Part<"certManager">["acme"]>>("the ACME settings", {
          email: text(),
          cloudflareToken: SECRET_LOCATION,
          server: optional(text()),
        }),
      ),
    }),
  ),
  argocd: optional(
    object<Part<"argocd">>("the ArgoCD settings", {
      ...toggle,
      rootApp: object<Part<"argocd">["rootApp"]>("the root app", { repoUrl: text(), path: text(), revision: optional(text()) }),
    }),
  ),
  prometheus: optional(object<Part<"prometheus">>("the Prometheus settings", { ...toggle, grafanaAdmin: SECRET_LOCATION })),
  storage: optional(
    object<Part<"storage">>("the storage settings", {
      chart,
      nas: object<Part<"storage">["nas"]>("the NAS { host, apiKey, pool }", {
        host: text(),
        apiKey: SECRET_LOCATION,
        pool: text(),
        caCert: optional(text()),
      }),
      nfs: optional(flag()),
      iscsi: optional(flag()),
    }),
  ),
  namespaces: optional(
    object<Partial<Record<PlatformComponent, string>>>("the namespaces", {
      metallb: optional(text()),
      traefik: optional(text()),
      nvidiaDevicePlugin: optional(text()),
      certManager: optional(text()),
      argocd: optional(text()),
      prometheus: optional(text()),
      nfs: optional(text()),
      iscsi: optional(text()),
    }),
  ),
});
