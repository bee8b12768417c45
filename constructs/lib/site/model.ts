/**
 * The typed description of a homelab environment. Pure data: constructs read it, `src/` fills it.
 * Addresses in here are data only; nothing in this project sends traffic to them.
 */

/** Content kinds a Proxmox storage can hold (the storage's `content` setting). */
export type StorageContent = "images" | "rootdir" | "iso" | "vztmpl" | "backup" | "snippets" | "import";

/** A storage as configured on a Proxmox node. */
export interface StorageSpec {
  /** Storage ID, e.g. `local-lvm`. */
  readonly name: string;
  /** Storage type, e.g. `lvmthin`, `zfspool`, `dir`, `nfs`. */
  readonly type: string;
  /** What the storage may hold. */
  readonly content: readonly StorageContent[];
}

/** A PCI device exposed through a cluster hardware mapping (never a raw PCI id). */
export interface PciDeviceSpec {
  /** Name of the Proxmox hardware mapping (Datacenter > Resource Mappings), e.g. `rtx3090`. */
  readonly mapping: string;
  /** What the device is, for people and for placement: `gpu` devices can back a GpuVm. */
  readonly kind: "gpu" | "nic" | "hba" | "other";
  /** Human description, e.g. `NVIDIA GeForce RTX 3090`. */
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
  /** PCI devices this node owns, by hardware mapping name. */
  readonly pciDevices?: readonly PciDeviceSpec[];
}

/** An inclusive range of addresses, written as dotted quads. */
export interface AddressRange {
  readonly start: string;
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
  /** VLAN tag; omit for an untagged network. */
  readonly vlan?: number;
  /** DNS servers handed to VMs, in order. */
  readonly dnsServers: readonly string[];
  /** Search domain handed to VMs. */
  readonly searchDomain: string;
  /** The DHCP server's pool; static VM addresses must stay out of it. */
  readonly dhcpPool: AddressRange;
  /** Ranges VMs must not use (API VIPs, MetalLB pools, ...). */
  readonly reserved?: readonly ReservedRange[];
}

/** Where the Proxmox provider gets its endpoint and API token. */
export type ProxmoxCredentials =
  /** Read `endpoint`, `api_token` (and optional `insecure`) from a Vault KV v2 secret at `vault.proxmoxSecret`. */
  | { readonly source: "vault" }
  /** Let the provider read PROXMOX_VE_ENDPOINT and PROXMOX_VE_API_TOKEN from its environment. */
  | { readonly source: "environment" };

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
  readonly overcommit: { readonly cpu: number; readonly memory: number };
}

/** Vault, where every secret of the environment lives. */
export interface VaultSpec {
  /** Vault API address (data only); the token comes from VAULT_TOKEN at deploy time. */
  readonly address: string;
  /** KV v2 mount holding the environment's secrets, e.g. `secret`. */
  readonly kvMount: string;
  /** Secret under `kvMount` with the Proxmox `endpoint` and `api_token`. */
  readonly proxmoxSecret: string;
}

/** The kind of Terraform state backend, chosen per environment. */
export type StateBackendSpec =
  /** One state file per stack under `directory` (relative to the repository root). */
  | { readonly kind: "local"; readonly directory: string }
  /** PostgreSQL: connection string from PG_CONN_STR, one schema per stack (`<schemaPrefix><stack>`). */
  | { readonly kind: "pg"; readonly schemaPrefix: string }
  /** S3-compatible (MinIO): one key per stack (`<keyPrefix><stack>.tfstate`), path-style endpoint. */
  | {
      readonly kind: "s3";
      readonly bucket: string;
      readonly endpoint: string;
      readonly region: string;
      readonly keyPrefix: string;
    };

/** Everything a stack needs to know about one environment. */
export interface SiteEnvironment {
  /** Environment name, the first part of every stack name (`prod`, `lab`). */
  readonly name: string;
  /** DNS domain of the environment's hosts. */
  readonly domain: string;
  /** Proxmox cluster. */
  readonly proxmox: ProxmoxClusterSpec;
  /** Networks by name. */
  readonly networks: Readonly<Record<string, NetworkSpec>>;
  /** SSH public keys installed for the admin user of every VM. */
  readonly sshPublicKeys: readonly string[];
  /** Vault address and secret paths. */
  readonly vault: VaultSpec;
  /**
   * State backend for every stack of the environment.
   * @default { kind: "local", directory: "state" }: a state file per stack, no server needed
   */
  readonly stateBackend?: StateBackendSpec;
}
