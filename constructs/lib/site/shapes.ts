import { posix } from "node:path";
import {
  CONSTRUCT_ID_KEY,
  decimal,
  Fields,
  flag,
  integer,
  isKvMount,
  isSecretKey,
  list,
  object,
  oneOf,
  optional,
  record,
  refine,
  secretPathFault,
  Shape,
  text,
  variants,
} from "../core";
import {
  AddressRange,
  CloudflareCredentials,
  CloudflareSpec,
  ClusterNode,
  GuestPlacement,
  ImageChecksum,
  ImageReleaseSpec,
  NetworkSpec,
  PciDeviceSpec,
  ProxmoxClusterSpec,
  ProxmoxCredentials,
  ProxmoxNodeSpec,
  ReservedRange,
  SiteEnvironment,
  StateBackendSpec,
  StorageSpec,
  VaultSecretRef,
  VaultSpec,
} from "./model";

// The shapes of the site model (see core/shape.ts): the structure checked before any construct reads
// the data. Bounds here are what the format or the hardware allows at all; what one node or network
// allows is checked by the constructs against the model.

/** Proxmox VMIDs: 100 to 999999999. */
export const VMID = integer(100, 999_999_999);
/** vCPUs of one guest (Proxmox allows at most 8192 per VM; the node's cores bound it further). */
export const GUEST_CORES = integer(1, 8192);
/** Memory of one guest in MiB: 512 MiB (what a cloud image boots in) to 16 TiB (the node's memory bounds it further). */
export const GUEST_MEMORY_MIB = integer(512, 16 * 1024 * 1024, "MiB");
/** A disk in GiB: 1 GiB to 64 TiB. */
export const DISK_GIB = integer(1, 64 * 1024, "GiB");
/** A boot order position (Proxmox `startup: order=`). */
export const STARTUP_ORDER = integer(0, 9999);

const NAME_FAULT = "may hold only letters, digits, '_' and '-'";
const KV_MOUNT = refine(text(), (v) => (isKvMount(v) ? undefined : NAME_FAULT), 'name the KV v2 mount, e.g. "secret"');
const SECRET_PATH = refine(text(), secretPathFault, (path) => secretPathFix(path, 'write the path under the mount, e.g. "homelab/prod/k3s"'));
const SECRET_FIELD = refine(text(), (v) => (isSecretKey(v) ? undefined : NAME_FAULT), 'name the key inside the secret, e.g. "token"');

/** A mount and a path, where a secret lives in Vault KV v2. */
export const SECRET_LOCATION: Shape<{ readonly mount: string; readonly path: string }> = object("a Vault secret location { mount, path }", {
  mount: KV_MOUNT,
  path: SECRET_PATH,
});

/** A mount, a path and a field of a Vault KV v2 secret. */
export const SECRET_REF: Shape<VaultSecretRef> = object<VaultSecretRef>("a Vault secret reference { mount, path, field }", {
  mount: KV_MOUNT,
  path: SECRET_PATH,
  field: SECRET_FIELD,
});

const PROXMOX_SECRET = refine(text(), secretPathFault, (path) =>
  secretPathFix(path, 'write the path under kvMount of the secret with endpoint and api_token, e.g. "homelab/prod/proxmox"'),
);

/** For a path with `.` or `..` segments, the path they stand for (when it stays under the mount); else `fix`. */
function secretPathFix(path: string, fix: string): string {
  const resolved = posix.normalize(path.replace(/^\/+|\/+$/g, ""));
  const meant = resolved !== "." && !resolved.startsWith("..") && secretPathFault(resolved) === undefined;
  return meant && resolved !== path ? `write the path itself, "${resolved}", if that is the secret you mean` : fix;
}

/** A secret path on the environment's KV mount (a grant, the state secret). */
export const SECRET_PATH_TEXT: Shape<string> = SECRET_PATH;

/** An inclusive address range. */
export const ADDRESS_RANGE: Shape<AddressRange> = object<AddressRange>("an address range { start, end }", { start: text(), end: text() });

const tags = list(text());

/** Fields every guest a construct places for you has. */
export const GUEST_PLACEMENT_FIELDS: Fields<GuestPlacement> = {
  node: optional(text()),
  storage: optional(text()),
  tags: optional(tags),
  pool: optional(text()),
  startupOrder: optional(STARTUP_ORDER),
};

/** Fields of one cluster member (a VM). */
export const CLUSTER_NODE_FIELDS: Fields<ClusterNode> = {
  ...GUEST_PLACEMENT_FIELDS,
  hostname: text(),
  vmId: VMID,
  ipv4: text(),
  cores: optional(GUEST_CORES),
  memoryMiB: optional(GUEST_MEMORY_MIB),
  stateful: optional(flag()),
};

/** One cluster member. */
export const CLUSTER_NODE: Shape<ClusterNode> = object<ClusterNode>("a cluster member", CLUSTER_NODE_FIELDS);

const storage = object<StorageSpec>("a storage", {
  name: text(),
  type: text(),
  content: list(oneOf("images", "rootdir", "iso", "vztmpl", "backup", "snippets", "import")),
  shared: optional(flag()),
});

const pciDevice = object<PciDeviceSpec>("a PCI device", {
  mapping: text(),
  kind: oneOf("gpu", "nic", "hba", "other"),
  description: optional(text()),
});

const proxmoxNode = object<ProxmoxNodeSpec>("a Proxmox node", {
  name: text(),
  apiAddress: text(),
  cores: integer(1, 4096),
  memoryMiB: integer(1024, 64 * 1024 * 1024, "MiB"),
  storages: list(storage),
  pciDevices: optional(list(pciDevice)),
});

const credentials = variants<ProxmoxCredentials>("Proxmox credentials", "source", {
  vault: object<Extract<ProxmoxCredentials, { source: "vault" }>>("Proxmox credentials from Vault", {
    source: oneOf("vault"),
    perStack: optional(flag()),
  }),
  environment: object<Extract<ProxmoxCredentials, { source: "environment" }>>("Proxmox credentials from the environment", {
    source: oneOf("environment"),
  }),
});

const proxmox = object<ProxmoxClusterSpec>("the Proxmox cluster", {
  nodes: list(proxmoxNode, { min: 1 }),
  credentials,
  overcommit: object<ProxmoxClusterSpec["overcommit"]>("the overcommit ratios { cpu, memory }", {
    cpu: decimal(1, 64),
    memory: decimal(1, 4),
  }),
});

const reserved = object<ReservedRange>("a reserved range", { start: text(), end: text(), purpose: text() });

const network = object<NetworkSpec>("a network", {
  cidr: text(),
  gateway: text(),
  bridge: text(),
  vlan: optional(integer(1, 4094)),
  dnsServers: list(text()),
  searchDomain: text(),
  dhcpPool: ADDRESS_RANGE,
  reserved: optional(list<ReservedRange>(reserved)),
});

const vault = object<VaultSpec>("the Vault settings", { address: text(), kvMount: KV_MOUNT, proxmoxSecret: optional(PROXMOX_SECRET) });

const stateBackend = variants<StateBackendSpec>("a state backend", "kind", {
  local: object<Extract<StateBackendSpec, { kind: "local" }>>("a local state backend", { kind: oneOf("local"), directory: text() }),
  pg: object<Extract<StateBackendSpec, { kind: "pg" }>>("a PostgreSQL state backend", { kind: oneOf("pg"), schemaPrefix: text() }),
  s3: object<Extract<StateBackendSpec, { kind: "s3" }>>("an S3 state backend", {
    kind: oneOf("s3"),
    bucket: text(),
    endpoint: text(),
    region: text(),
    keyPrefix: text({ nonEmpty: false }),
  }),
});

const cloudflareCredentials = variants<CloudflareCredentials>("Cloudflare credentials", "source", {
  vault: object<Extract<CloudflareCredentials, { source: "vault" }>>("Cloudflare credentials from Vault", {
    source: oneOf("vault"),
    secret: SECRET_LOCATION,
  }),
  environment: object<Extract<CloudflareCredentials, { source: "environment" }>>("Cloudflare credentials from the environment", {
    source: oneOf("environment"),
  }),
});

const cloudflare = object<CloudflareSpec>("the Cloudflare settings", {
  accountId: text(),
  zone: object<CloudflareSpec["zone"]>("the zone { name, id }", { name: text(), id: optional(text()) }),
  credentials: cloudflareCredentials,
});

/** The structure of an environment. */
export const SITE_ENVIRONMENT: Shape<SiteEnvironment> = object<SiteEnvironment>("an environment", {
  name: text(),
  domain: text(),
  proxmox: optional(proxmox),
  networks: record(network, CONSTRUCT_ID_KEY),
  sshPublicKeys: list(text()),
  vault,
  stateBackend: optional(stateBackend),
  cloudflare: optional(cloudflare),
});

/** The structure of an image release. */
export const IMAGE_RELEASE: Shape<ImageReleaseSpec> = object<ImageReleaseSpec>("an image release", {
  name: text(),
  version: text(),
  url: text(),
  checksum: object<ImageChecksum>("a checksum { algorithm, value }", { algorithm: oneOf("sha256", "sha512"), value: text() }),
  templateVmIds: record(VMID),
  storage: optional(text()),
});
