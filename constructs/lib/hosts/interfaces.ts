import { Construct, IConstruct } from "constructs";
import { AddressRange } from "../site";

/** A template to clone, on the node that holds it. */
export interface TemplateRef {
  /** VMID of the template. */
  readonly vmId: number;
  /** Node that holds the template. */
  readonly node: string;
  /**
   * Operating system of the template's image, e.g. `debian-12` (the image family).
   * @default unknown: a VM cloned from it reports `linux`
   */
  readonly os?: string;
}

/**
 * Answers "which template does a VM on node X clone?". An {@link ImageFactory} family answers with
 * the newest release that has a template on that node; a {@link VmTemplate} answers with itself.
 * Asking declares the order: the stack of `requester` then depends on the stack that builds the
 * template, so `cdktf deploy`, the manifest and the pipelines apply images first.
 */
export interface ITemplateSource {
  /**
   * The template for a VM on `node`. Throws a HomelabConfigError naming `requester` when there is
   * none.
   */
  templateFor(node: string, requester: IConstruct): TemplateRef;
}

/** CPU architecture of a host, as Debian and container images name it. */
export type Architecture = "amd64" | "arm64" | "armv7" | "armv6";

/** The Unix user and group ids a host's containers run as (linuxserver's PUID/PGID, compose's `user:`). */
export interface ContainerIds {
  /** User id, 1 to 65533. */
  readonly uid: number;
  /** Group id, 1 to 65533. */
  readonly gid: number;
}

/** How a host joins the Tailscale overlay (the site's `tailscale` block names the tailnet and the auth key). */
export interface TailscaleNodeSpec {
  /** Its tags, each `tag:<name>`, e.g. `["tag:nas"]`: what the tailnet policy grants to and from. */
  readonly tags: readonly string[];
  /**
   * Its name on the tailnet (MagicDNS `<hostname>.<tailnet>`).
   * @default the hostname
   */
  readonly hostname?: string;
}

/** A folder a host exports over NFS. */
export interface NfsExport {
  /** Absolute path on the host, e.g. `/srv/media`. */
  readonly path: string;
  /**
   * Who may mount it: names of the environment's networks (every address of the network) or
   * hostnames of the environment's hosts (that address alone).
   */
  readonly clients: readonly string[];
  /**
   * Export it read-only: every mount of it must then be read-only too.
   * @default false
   */
  readonly readOnly?: boolean;
}

/** A host that exports folders over NFS (a NAS): Docker hosts mount its exports by path. */
export interface INfsServer extends IHost {
  /** Its exports. */
  readonly nfsExports: readonly NfsExport[];
  /** Whether `client` may mount the export `path` (a client names its hostname or its network). */
  allowsNfsClient(path: string, client: IHost): boolean;
}

/**
 * A machine as other constructs and tools see it (inventories, DNS records, monitoring targets,
 * backups): a Proxmox VM, or a machine Proxmox does not manage. Constructs that need a host take
 * this, never a concrete class.
 */
export interface IHost extends IConstruct {
  /** Hostname. */
  readonly hostname: string;
  /** Static IPv4 address. */
  readonly ipv4: string;
  /** Name of the environment the host belongs to. */
  readonly environmentName: string;
  /** CPU architecture. */
  readonly architecture: Architecture;
  /** vCPUs or cores. */
  readonly cores: number;
  /** Memory in MiB. */
  readonly memoryMiB: number;
  /** GPUs the host has (for a VM: the GPU hardware mappings passed through), sorted. */
  readonly gpus: readonly string[];
  /** Operating system, e.g. `debian-12`. */
  readonly os: string;
  /** Ansible groups the host is in, sorted. */
  readonly inventoryGroups: readonly string[];
  /**
   * Fixed MAC address.
   * @default none: assigned by the hypervisor or the hardware
   */
  readonly macAddress?: string;
  /**
   * The Proxmox node the host runs on.
   * @default none: a machine Proxmox does not manage
   */
  readonly proxmoxNode?: string;
  /**
   * The user and group ids its containers run as.
   * @default none: a Docker host on it uses 1000:1000
   */
  readonly containerIds?: ContainerIds;
}

/**
 * A VM as other constructs see it: a host with its Proxmox identity.
 * @deprecated use {@link IHost}; `vmId` and `nodeName` stay on ProxmoxVm.
 */
export interface IGuest extends IHost {
  /** Proxmox VMID. */
  readonly vmId: number;
  /** Proxmox node the VM runs on. */
  readonly nodeName: string;
}

/** One version of a cloud image on the nodes it was downloaded to. */
export interface IImage extends IConstruct {
  /** Image family, e.g. `debian-12`. */
  readonly name: string;
  /** Image version. */
  readonly version: string;
  /** File name on the storage. */
  readonly fileName: string;
  /** Nodes that can import the image (every node that sees the storage it is on). */
  readonly nodes: readonly string[];
  /** The volume ID of the image as seen from `node`, for a disk's `import_from`. */
  fileIdOn(node: string): string;
}

/** A hostname published through the tunnel, and the service behind it. */
export interface PublishedServiceSpec {
  /** Public hostname inside the zone, e.g. `plex.example.net`; no wildcard, no trailing dot. */
  readonly hostname: string;
  /** The service cloudflared forwards to, e.g. `http://192.168.1.143:32400`. */
  readonly origin: string;
  /** The address the internal resolver answers for `hostname` (split-brain DNS), e.g. `192.168.1.143`. */
  readonly internalAddress: string;
  /**
   * Name of the Access policy in front of the hostname; required unless `public` is set.
   * @default none
   */
  readonly access?: string;
  /**
   * Publish without Cloudflare Access: anyone on the internet reaches the origin. Must be explicit.
   * @default false
   */
  readonly public?: boolean;
  /**
   * Accept any certificate of the origin, unverified; only for `https` origins on the internal
   * network, and never for an admin surface: pin the origin's CA with `originCa` instead.
   * @default false
   */
  readonly noTlsVerify?: boolean;
  /**
   * An admin surface (a management UI: Proxmox, Vault, Argo CD, Grafana's admin, the *arr apps, LLM
   * UIs): its Access policy must have a `require` rule (MFA, an identity provider, a client
   * certificate or a device posture), checked at synth; it is never public.
   * @default false
   */
  readonly admin?: boolean;
  /**
   * Verify the `https` origin's certificate against this CA instead of the public ones, e.g. the
   * Proxmox cluster's `/etc/pve/pve-root-ca.pem`. The CA is public data; the `cloudflared` role
   * writes it on the connector, where the tunnel's `ca_pool` points.
   * @default the public CAs
   */
  readonly originCa?: {
    /** The CA certificate, PEM (`-----BEGIN CERTIFICATE-----`). */
    readonly pem: string;
    /**
     * The name the origin's certificate must carry, when it is not the origin's host.
     * @default the origin URL's host
     */
    readonly serverName?: string;
  };
}

/** Publishes services beyond the network: a Cloudflare tunnel, say. */
export interface ITunnel extends IConstruct {
  /**
   * Publishes `service` as `name`, creating what that takes under `scope` (whose stack then depends
   * on the tunnel's); returns the construct that carries the public name (a DNS record).
   */
  publish(scope: Construct, name: string, service: PublishedServiceSpec): IConstruct;
}

/** A Kubernetes cluster as the platform on it sees it. */
export interface IKubernetesCluster extends IConstruct {
  /** Cluster name. */
  readonly clusterName: string;
  /** Name of the environment. */
  readonly environmentName: string;
  /** API server URL, e.g. `https://192.168.1.60:6443`. */
  readonly apiEndpoint: string;
  /** Network of the site model the nodes are on. */
  readonly network: string;
  /** Address ranges LoadBalancer services take addresses from. */
  readonly metallbPools: readonly AddressRange[];
  /** Every node (servers and agents). */
  readonly nodes: readonly IHost[];
  /**
   * The cluster's own networks (pods, services), whose traffic reaches the nodes (a host firewall lets it in).
   * @default none
   */
  readonly clusterCidrs?: readonly string[];
}
