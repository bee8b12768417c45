/**
 * The typed description of a homelab environment. Pure data: constructs read it, `src/` fills it.
 * Addresses in here are data only; nothing in this project sends traffic to them.
 */

/** Content kinds a Proxmox storage can hold (the storage's `content` setting). */
export type StorageContent = "images" | "rootdir" | "iso" | "vztmpl" | "backup" | "snippets" | "import";

/**
 * A storage as configured on a Proxmox node. A shared storage (NFS, CephFS, RBD, iSCSI) is listed
 * under every node that mounts it, with the same name, type and content: one file on it serves every
 * node, so a cloud image on a shared `import` storage is downloaded once, and a VM on shared storage
 * can migrate without copying its disks.
 */
export interface StorageSpec {
  /** Storage ID, e.g. `local-lvm`. */
  readonly name: string;
  /** Storage type, e.g. `lvmthin`, `zfspool`, `dir`, `nfs`. */
  readonly type: string;
  /** What the storage may hold. */
  readonly content: readonly StorageContent[];
  /**
   * Whether every node that lists this storage sees the same files (Proxmox's `shared` flag).
   * @default false: local to its node
   */
  readonly shared?: boolean;
}

/** A PCI device exposed through a cluster hardware mapping (never a raw PCI id). */
export interface PciDeviceSpec {
  /** Name of the Proxmox hardware mapping (Datacenter, Resource Mappings), e.g. `rtx3090`. */
  readonly mapping: string;
  /** What the device is, for people and for placement: `gpu` devices can back a GpuVm. */
  readonly kind: "gpu" | "nic" | "hba" | "other";
  /**
   * Human description, e.g. `NVIDIA GeForce RTX 3090`.
   * @default none
   */
  readonly description?: string;
}

/** One Proxmox VE node of the cluster. */
export interface ProxmoxNodeSpec {
  /** Node name as Proxmox knows it, e.g. `node005`. */
  readonly name: string;
  /** Address of the node's API (data only). */
  readonly apiAddress: string;
  /** Physical cores available to guests. */
  readonly cores: number;
  /** Memory available to guests, in MiB. */
  readonly memoryMiB: number;
  /** Storages on this node. */
  readonly storages: readonly StorageSpec[];
  /**
   * PCI devices this node owns, by hardware mapping name.
   * @default none
   */
  readonly pciDevices?: readonly PciDeviceSpec[];
}

/** An inclusive range of addresses, written as dotted quads. */
export interface AddressRange {
  /** First address of the range. */
  readonly start: string;
  /** Last address of the range (included). */
  readonly end: string;
}

/** A range set aside in a network for something other than VM addresses. */
export interface ReservedRange extends AddressRange {
  /** What the range is for, e.g. `k3s-api-vip` or `metallb`. */
  readonly purpose: string;
}

/** A routed network (usually one VLAN on one bridge). */
export interface NetworkSpec {
  /** Network in canonical CIDR form, e.g. `192.168.1.0/24`. */
  readonly cidr: string;
  /** Default gateway. */
  readonly gateway: string;
  /** Proxmox bridge the VMs attach to, e.g. `vmbr0`. */
  readonly bridge: string;
  /**
   * VLAN tag.
   * @default untagged
   */
  readonly vlan?: number;
  /** DNS servers handed to VMs, in order. */
  readonly dnsServers: readonly string[];
  /** Search domain handed to VMs. */
  readonly searchDomain: string;
  /** The DHCP server's pool; static VM addresses must stay out of it. */
  readonly dhcpPool: AddressRange;
  /**
   * Ranges VMs must not use (API VIPs, MetalLB pools, ...).
   * @default none
   */
  readonly reserved?: readonly ReservedRange[];
}

/** Where the Proxmox provider gets its endpoint and API token. */
export type ProxmoxCredentials =
  /**
   * Read `endpoint` and `api_token` from a Vault KV v2 secret at `vault.proxmoxSecret`, or, with
   * `perStack`, at `<vault.proxmoxSecret>/<stack>`: a token of the stack's own, which the Vault layout
   * creates and rotates (`VaultLayoutProps.proxmoxTokens`).
   */
  | {
      /** Credentials from Vault. */
      readonly source: "vault";
      /**
       * Whether each stack reads a token of its own, at `<vault.proxmoxSecret>/<stack>`.
       * @default false: every stack reads `vault.proxmoxSecret`
       */
      readonly perStack?: boolean;
    }
  /** Let the provider read PROXMOX_VE_ENDPOINT and PROXMOX_VE_API_TOKEN from its environment. */
  | {
      /** Credentials from the provider's environment variables. */
      readonly source: "environment";
    };

/** The environment's Proxmox cluster. */
export interface ProxmoxClusterSpec {
  /** Cluster nodes; names must be unique. */
  readonly nodes: readonly ProxmoxNodeSpec[];
  /** Where provider credentials come from. */
  readonly credentials: ProxmoxCredentials;
  /**
   * How far guests may overcommit a node: total vCPUs up to `cpu` x cores, total memory up to
   * `memory` x memoryMiB.
   */
  readonly overcommit: {
    /** vCPUs allowed per physical core, e.g. `4`. */
    readonly cpu: number;
    /** Memory allowed per MiB of the node's memory, e.g. `1` (no overcommit). */
    readonly memory: number;
  };
}

/** Vault, where every secret of the environment lives. */
export interface VaultSpec {
  /** Vault API address (data only); the token comes from VAULT_TOKEN at deploy time. */
  readonly address: string;
  /** KV v2 mount holding the environment's secrets, e.g. `secret`. */
  readonly kvMount: string;
  /**
   * Secret under `kvMount` with the Proxmox `endpoint` and `api_token`.
   * @default `homelab/<environment>/proxmox`
   */
  readonly proxmoxSecret?: string;
}

/** The kind of Terraform state backend, chosen per environment. */
export type StateBackendSpec =
  /** One state file per stack under `directory` (relative to the repository root). */
  | {
      /** A local state file per stack. */
      readonly kind: "local";
      /** Folder of the state files, relative to the repository root, e.g. `state`. */
      readonly directory: string;
    }
  /** PostgreSQL: connection string from PG_CONN_STR, one schema per stack (`<schemaPrefix><stack>`). */
  | {
      /** PostgreSQL, through OpenTofu's `pg` backend. */
      readonly kind: "pg";
      /** Prefix of each stack's schema name, e.g. `tf_`. */
      readonly schemaPrefix: string;
    }
  /** S3-compatible (MinIO): one key per stack (`<keyPrefix><stack>.tfstate`), path-style endpoint. */
  | {
      /** An S3-compatible object store, through OpenTofu's `s3` backend. */
      readonly kind: "s3";
      /** Bucket holding the state files. */
      readonly bucket: string;
      /** URL of the S3 API, e.g. `https://minio.home.arpa:9000`. */
      readonly endpoint: string;
      /** Region name the store expects, e.g. `us-east-1` for MinIO. */
      readonly region: string;
      /** Prefix of each stack's key, e.g. `homelab/`. */
      readonly keyPrefix: string;
    };

/** Everything a stack needs to know about one environment. */
export interface SiteEnvironment {
  /** Environment name, the first part of every stack name (`prod`, `lab`). */
  readonly name: string;
  /** DNS domain of the environment's hosts. */
  readonly domain: string;
  /**
   * Proxmox cluster.
   * @default none: an environment of machines only (Raspberry Pis, a NAS); it has no images or VM stacks
   */
  readonly proxmox?: ProxmoxClusterSpec;
  /** Networks by name. */
  readonly networks: Readonly<Record<string, NetworkSpec>>;
  /** SSH public keys installed for the admin user of every VM. */
  readonly sshPublicKeys: readonly string[];
  /** Vault address and secret paths. */
  readonly vault: VaultSpec;
  /**
   * State backend for every stack of the environment.
   * @default `{ kind: "local", directory: "state" }`: a state file per stack, no server needed
   */
  readonly stateBackend?: StateBackendSpec;
  /**
   * The Cloudflare account and zone that publish the environment's services.
   * @default none: the environment publishes nothing through Cloudflare
   */
  readonly cloudflare?: CloudflareSpec;
}

/** Where the Cloudflare provider gets its API token. */
export type CloudflareCredentials =
  /** Read the `api_token` key of a Vault KV v2 secret (ephemeral: never in state). */
  | {
      /** The token from Vault. */
      readonly source: "vault";
      /** The KV v2 secret holding `api_token`. */
      readonly secret: {
        /** KV v2 mount, e.g. `secret`. */
        readonly mount: string;
        /** Secret path under the mount, e.g. `homelab/prod/cloudflare`. */
        readonly path: string;
      };
    }
  /** Let the provider read CLOUDFLARE_API_TOKEN from its environment. */
  | {
      /** The token from the provider's environment variable. */
      readonly source: "environment";
    };

/** A Cloudflare account and the zone an environment publishes under. */
export interface CloudflareSpec {
  /** Account ID (32 hex digits). Not a secret; it appears in every dashboard URL. */
  readonly accountId: string;
  /**
   * The zone: its domain name, and its ID if known. Without an ID the zone is looked up by name
   * (one API call at plan time).
   */
  readonly zone: {
    /** The zone's domain name, e.g. `example.net`. */
    readonly name: string;
    /**
     * The zone ID (32 hex digits).
     * @default looked up by name at plan time
     */
    readonly id?: string;
  };
  /** Where the provider's API token comes from. */
  readonly credentials: CloudflareCredentials;
}

/** Where a secret lives in Vault (KV v2): never the secret itself. */
export interface VaultSecretRef {
  /** KV v2 mount, e.g. `secret`. */
  readonly mount: string;
  /** Secret path under the mount, e.g. `homelab/prod/k3s`. */
  readonly path: string;
  /** Key inside the secret, e.g. `token`. */
  readonly field: string;
}

/** A pinned checksum of an image file. */
export interface ImageChecksum {
  /** Hash algorithm. */
  readonly algorithm: "sha256" | "sha512";
  /** Hex digest, as published next to the image. */
  readonly value: string;
}

/**
 * One release of a cloud image and the template VMIDs it gets on each node. List releases oldest
 * first: VMs clone the newest release that has a template on their node.
 */
export interface ImageReleaseSpec {
  /** Image family, e.g. `debian-12`; VMs ask for a family, never a release. */
  readonly name: string;
  /** Upstream release, e.g. `20251117-2299`; part of the file name and construct IDs. */
  readonly version: string;
  /** https URL of the qcow2 image. */
  readonly url: string;
  /** Published digest of the image; images are never taken unverified. */
  readonly checksum: ImageChecksum;
  /** Template VMID per node that builds a template of this release. */
  readonly templateVmIds: Readonly<Record<string, number>>;
  /**
   * Storage for the downloaded image; it must hold `import` content.
   * @default each node's first storage with `import` content
   */
  readonly storage?: string;
}

/**
 * Placement and VM options shared by every VM a construct creates for you (cluster members and
 * plain VMs alike).
 */
export interface GuestPlacement {
  /**
   * Proxmox node to run on.
   * @default chosen by the construct: the least-loaded node, counting every VM of the environment
   */
  readonly node?: string;
  /**
   * Storage for the boot disk and the cloud-init drive; must hold `images` on the node.
   * @default the node's first storage with `images` content
   */
  readonly storage?: string;
  /**
   * Proxmox tags, added to the ones the construct sets.
   * @default none
   */
  readonly tags?: readonly string[];
  /**
   * Resource pool.
   * @default none
   */
  readonly pool?: string;
  /**
   * Start order on node boot (lower first).
   * @default the construct's order for the role
   */
  readonly startupOrder?: number;
}

/** What every cluster member (one VM) needs; K3sNode and ElasticNode add their own fields. */
export interface ClusterNode extends GuestPlacement {
  /** Hostname; also the construct ID, so it must never change for a running node. */
  readonly hostname: string;
  /** Proxmox VMID. */
  readonly vmId: number;
  /** Static IPv4 address on the cluster network. */
  readonly ipv4: string;
  /**
   * vCPUs.
   * @default the cluster's default for the node's role
   */
  readonly cores?: number;
  /**
   * Memory in MiB.
   * @default the cluster's default for the node's role
   */
  readonly memoryMiB?: number;
  /**
   * Protect the VM against deletion and replacement (see ProxmoxVmProps.stateful).
   * @default true for members that hold cluster state (K3s servers, Elasticsearch masters and data nodes)
   */
  readonly stateful?: boolean;
}

const NO_CLUSTER: ProxmoxClusterSpec = { nodes: [], credentials: { source: "environment" }, overcommit: { cpu: 1, memory: 1 } };

/**
 * The environment's Proxmox cluster, or an empty one (no nodes) for an environment without Proxmox, so
 * that readers of nodes and storages need no case of their own.
 */
export function proxmoxOf(env: SiteEnvironment): ProxmoxClusterSpec {
  return env.proxmox ?? NO_CLUSTER;
}

/** The Vault secret with the Proxmox endpoint and token: `vault.proxmoxSecret`, or `homelab/<env>/proxmox`. */
export function proxmoxSecretOf(env: SiteEnvironment): string {
  return env.vault.proxmoxSecret ?? `homelab/${env.name}/proxmox`;
}
