import type { DockerHostSpec, MediaSpec } from "../apps";
import type { BackupPolicySpec } from "../backups";
import type { TailnetSpec, TunnelServiceProps } from "../edge";
import type { ElasticClusterSpec } from "../elastic";
import type { MachineProps } from "../hosts";
import type { MonitoringSpec } from "../monitoring";
import type { NetworkServicesSpec } from "../network";
import type { K3sClusterSpec, K3sPlatformProps } from "../k3s";
import type { GpuVmSpec, VmSpec } from "../proxmox";
import { ImageReleaseSpec, SiteEnvironment } from "../site";
import type { VaultLayoutProps } from "../vault";
import type { VaultServersProps } from "../vault-servers";

/**
 * Everything that describes one environment of a homelab, as plain data: the environment (nodes,
 * networks, Vault, state), the image releases, and the VMs and clusters to build from them. A
 * homelab's own repository fills one per environment and composes stacks from it.
 *
 * @example
 * ```ts
 * const lab: HomelabSite = {
 *   environment: labEnvironment,
 *   images: [debian12],
 *   gpuVms: { Ocean: { hostname: "ocean-lab", vmId: 1143, gpu: "lab-gpu", image: "debian-12", ipv4: "10.20.0.43" } },
 * };
 * ```
 */
export interface HomelabSite {
  /** The environment. */
  readonly environment: SiteEnvironment;
  /**
   * Image releases, oldest first.
   * @default none (an environment without Proxmox has no images)
   */
  readonly images?: readonly ImageReleaseSpec[];
  /**
   * Plain VMs, keyed by a stable name that becomes the construct ID (a Terraform address: renaming
   * it replaces the VM).
   * @default none
   */
  readonly vms?: Readonly<Record<string, VmSpec>>;
  /**
   * VMs with a GPU passed through, keyed like `vms`.
   * @default none
   */
  readonly gpuVms?: Readonly<Record<string, GpuVmSpec>>;
  /**
   * Machines Proxmox does not manage (Raspberry Pis, a NAS, a mini PC), keyed like `vms`: hosts of the
   * site like VMs (inventory, IPAM, monitoring, backups), and hosts `media.host` or
   * `monitoring.server` may name.
   * @default none
   */
  readonly machines?: Readonly<Record<string, Omit<MachineProps, "environment">>>;
  /**
   * The K3s cluster.
   * @default none
   */
  readonly k3s?: K3sClusterSpec;
  /**
   * The Elasticsearch cluster.
   * @default none
   */
  readonly elastic?: ElasticClusterSpec;
  /**
   * The platform on the K3s cluster (Helm releases).
   * @default none
   */
  readonly platform?: Omit<K3sPlatformProps, "environment" | "cluster">;
  /**
   * The edge: the Cloudflare tunnel, its Access policies and the services it publishes itself;
   * `connector` names the VM (a key of `vms` or `gpuVms`) that runs cloudflared.
   * @default none
   */
  readonly edge?: Omit<TunnelServiceProps, "environment" | "connector"> & {
    /** The VM that runs cloudflared: a key of `vms` or `gpuVms`. */
    readonly connector: string;
  };
  /**
   * The Tailscale overlay: the tailnet, the auth key in Vault, tag owners and grants; machines join it
   * with `tailscale`, and its policy is written to `tailscale/<env>/policy.hujson`.
   * @default none: no host joins a tailnet
   */
  readonly tailscale?: TailnetSpec;
  /**
   * The media apps (project `media`, stack `<env>-media`); `host` names the host (a key of `vms`,
   * `gpuVms` or `machines`) that runs them.
   * @default none
   */
  readonly media?: MediaSpec;
  /**
   * Docker hosts besides the media host, keyed by a stable name (the construct ID in
   * `<env>-docker`): each a compose project of catalog apps on the host `host` names (a key of `vms`,
   * `gpuVms` or `machines`), with NFS mounts from the site's NAS machines (`from`).
   * @default none
   */
  readonly dockerHosts?: Readonly<Record<string, DockerHostSpec>>;
  /**
   * The backups: targets, jobs, retention and recovery point objectives; every piece of data the
   * site's constructs declare must be covered or opted out (`<env>-backups`).
   * @default none: synth warns that nothing is backed up
   */
  readonly backup?: BackupPolicySpec;
  /**
   * The monitoring: Prometheus, Alertmanager and the blackbox exporter on the host `server` names (a
   * key of `vms` or `gpuVms`), scraping and probing every host and service the site's constructs
   * declare; alert rules with their tests, receivers, dashboards (`monitoring/<env>/`).
   * @default none: synth warns that nothing is monitored
   */
  readonly monitoring?: MonitoringSpec;
  /**
   * The network services: the authoritative DNS (BIND primary and secondaries), the blocking
   * resolvers (Unbound), DHCP (Kea) and the host firewalls (nftables), generated from what the
   * constructs declare (`network/<env>/`).
   * @default none
   */
  readonly network?: NetworkServicesSpec;
  /**
   * The Vault layout (mounts, PKI, AppRoles, policies derived from the app); Kubernetes auth mounts
   * are added for the K3s cluster.
   * @default none: Vault is managed elsewhere
   */
  readonly vault?: Omit<VaultLayoutProps, "environment" | "kubernetes"> & {
    /**
     * CA certificates (PEM) of the K3s clusters by cluster name, once they exist, for Kubernetes auth.
     * @default none: the Kubernetes auth mounts stay unconfigured (synth warns)
     */
    readonly kubernetesCaCerts?: Readonly<Record<string, string>>;
    /**
     * The Vault server VMs (1, 3 or 5), built from the image family `image`.
     * @default none: the Vault servers are not managed here
     */
    readonly servers?: Omit<VaultServersProps, "environment" | "template"> & {
      /** Image family of the servers, e.g. `debian-12`. */
      readonly image: string;
    };
  };
}
