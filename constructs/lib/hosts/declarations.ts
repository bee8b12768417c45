import { IConstruct } from "constructs";
import { DeclarationKind, declarations, declare, Declared } from "../core";
import type { VaultSecretRef } from "../site";
import { IHost, IKubernetesCluster } from "./interfaces";

/**
 * What constructs declare about the site, beyond the secrets they use (core's `SECRETS`): the hosts,
 * the services they serve, the data that must survive a rebuild, and the groups they form. Readers
 * (inventories, topology, the service table, the site checks; backups, monitoring and DNS next) ask
 * at synth with {@link declarations}.
 */

/** The registry's kind for hosts: every Proxmox VM, and every machine Proxmox does not manage. */
export const HOSTS = new DeclarationKind<IHost>("hosts");

/** The registry's kind for Kubernetes clusters (a K3sCluster declares itself). */
export const KUBERNETES_CLUSTERS = new DeclarationKind<IKubernetesCluster>("kubernetes-clusters");

/** An endpoint a host serves. */
export interface ServiceDeclaration {
  /** Service name, unique on its host, e.g. `plex`. */
  readonly name: string;
  /** Environment name. */
  readonly environment: string;
  /** Hostname of the host that serves it, or the name of the address's owner (a VIP, a cluster). */
  readonly host: string;
  /** The address it listens on. */
  readonly address: string;
  /** The port it listens on. */
  readonly port: number;
  /** Protocol. */
  readonly protocol: "http" | "https" | "tcp" | "udp";
  /**
   * Path that answers 2xx when the service is healthy (http and https).
   * @default none: a TCP connect is the check
   */
  readonly healthPath?: string;
  /**
   * The name the host's proxy (Traefik) serves it under over HTTPS, e.g. `sonarr.ocean.home.arpa`.
   * @default none: reached at its address and port only
   */
  readonly proxyName?: string;
  /**
   * Path of its Prometheus metrics.
   * @default none: it exports no metrics
   */
  readonly metricsPath?: string;
  /**
   * Who may reach it through the host's firewall: `network` (the environment's networks), `monitoring`
   * (only the monitoring server: an endpoint that serves nothing but metrics), `host` (nothing but the host
   * itself: a port only a local proxy or connector uses).
   * @default "network"
   */
  readonly exposure?: "network" | "monitoring" | "host";
  /**
   * Query parameters of the metrics request (`format=prometheus` for Vault, `match[]` for a federation).
   * @default none
   */
  readonly metricsParams?: Readonly<Record<string, readonly string[]>>;
  /**
   * The metrics keep the labels they carry (a federation: each series names its own job and instance).
   * @default false: the scrape's labels win
   */
  readonly honorLabels?: boolean;
  /**
   * Its metrics come from an exporter the monitoring server runs beside Prometheus, which logs in
   * with these credentials (Elasticsearch's: `prometheus-elasticsearch-exporter`).
   * @default none
   */
  readonly exporter?: {
    /** Which exporter. */
    readonly kind: "elasticsearch";
    /** The user it logs in as. */
    readonly username: string;
    /** The user's password in Vault. */
    readonly password: VaultSecretRef;
  };
}

/** A service a host offers, as a host's spec writes it (the host fills in environment, host and address). */
export type HostService = Pick<ServiceDeclaration, "name" | "port" | "protocol" | "healthPath" | "metricsPath">;

/** The registry's kind for services. */
export const SERVICES = new DeclarationKind<ServiceDeclaration>("services");

/** A service published beyond the network (through a tunnel), and to whom. */
export interface PublicationDeclaration {
  /** Environment name. */
  readonly environment: string;
  /** Service name. */
  readonly name: string;
  /** The tunnel (or other publisher) that publishes it. */
  readonly via: string;
  /** Internal URL (split-brain DNS answers the internal address). */
  readonly internalUrl: string;
  /** External URL. */
  readonly externalUrl: string;
  /** Access policy in front of it, or `public`. */
  readonly access: string;
  /**
   * It is an admin surface (a management UI): never on the family dashboard.
   * @default false
   */
  readonly admin?: boolean;
}

/** Something that publishes services beyond the network (a tunnel). */
export interface PublisherDeclaration {
  /** Environment name. */
  readonly environment: string;
  /** Its name, which its publications give as `via`. */
  readonly name: string;
  /** Title lines, e.g. `["Cloudflare tunnel homelab-prod", "cloudflared on ocean"]`. */
  readonly title: readonly string[];
}

/** The registry's kind for publishers. */
export const PUBLISHERS = new DeclarationKind<PublisherDeclaration>("publishers");

/** The registry's kind for published services. */
export const PUBLICATIONS = new DeclarationKind<PublicationDeclaration>("publications");

/** State that must survive a rebuild of its host. */
export interface DataDeclaration {
  /** Name, unique for its owner, e.g. `disk-scsi1` or `config`. */
  readonly name: string;
  /** Environment name. */
  readonly environment: string;
  /** Hostname of the host the data lives on. */
  readonly host: string;
  /** What it is. */
  readonly kind: "vm-disk" | "volume" | "database" | "cluster-state";
  /** Where it is: a Proxmox disk (`scsi1`), a path on the host, a database name. */
  readonly location: string;
  /** One line for people (backup reports, the DR runbook). */
  readonly description: string;
  /**
   * For the disks of a Proxmox guest: which guest, where, and the storages its disks are on (so a
   * whole-VM backup can name it and is never kept on those storages).
   * @default not a Proxmox guest's disks
   */
  readonly guest?: {
    /** Proxmox VMID. */
    readonly vmId: number;
    /** The node it runs on. */
    readonly node: string;
    /** The storages its disks are on, sorted. */
    readonly storages: readonly string[];
  };
  /**
   * How to back it up consistently when a copy of the live files is not: the command that writes a
   * consistent copy (a snapshot, a dump) and the folder it writes to, which is what gets backed up.
   * @default the live files at `location`
   */
  readonly consistentCopy?: {
    /** The command, run as root on the host before each backup. */
    readonly command: string;
    /** The folder holding the copy. */
    readonly path: string;
  };
  /**
   * Backups the data's own software takes on a schedule, into storage its hosts share with another
   * machine (Elasticsearch's snapshot lifecycle policy into a repository on an NFS export): the backup
   * plan counts the data as covered by them and checks their schedule against the recovery point
   * objective, and no job of the policy copies the data (a file copy of a snapshot repository being
   * written to may not be restorable).
   * @default none: a job of the backup policy covers the data, or it is opted out
   */
  readonly ownBackup?: {
    /** What takes them, for people: `the snapshot lifecycle policy of prod: elastic.snapshots`. */
    readonly by: string;
    /** Their schedule as written, e.g. `0 30 0/6 * * ?`. */
    readonly schedule: string;
    /** The longest time between two of them, in minutes: the recovery point they can promise. */
    readonly maxGapMinutes: number;
    /** Where they are kept, for people: `repository homelab-backups at /mnt/es-snapshots`. */
    readonly location: string;
    /** How to bring the data back from them, for people (the disaster-recovery runbook shows it). */
    readonly restore: string;
  };
}

/** The registry's kind for data. */
export const DATA = new DeclarationKind<DataDeclaration>("data");

/** A host in a group, with its role there. */
export interface GroupMember {
  /** Hostname. */
  readonly hostname: string;
  /** Its role in the group, e.g. `server`, `master`, `vault`. */
  readonly role: string;
}

/** Hosts that work together (a K3s or Elasticsearch cluster, the Vault servers, a tunnel's connectors). */
export interface HostGroupDeclaration {
  /** Stable ID, unique in its environment, e.g. `k3s_homelab`. */
  readonly id: string;
  /** Environment name. */
  readonly environment: string;
  /** What kind of group it is, e.g. `k3s`, `elastic`, `vault`, `tunnel`. */
  readonly kind: string;
  /** Title lines, e.g. `["K3s homelab v1.33.5+k3s1"]`. */
  readonly title: readonly string[];
  /** Member hostnames with their role in the group. */
  readonly members: readonly GroupMember[];
  /**
   * Facts about the group worth showing (API VIP, address pools).
   * @default none
   */
  readonly facts?: readonly string[];
}

/** A compose project a host runs: what Ansible deploys there, committed as a file for review. */
export interface ComposeProjectDeclaration {
  /** Environment name. */
  readonly environment: string;
  /** Hostname of the Docker host. */
  readonly host: string;
  /** Project name, e.g. `media`. */
  readonly name: string;
  /** The compose project (`services`, ...), as the host's role writes it. */
  readonly compose: Readonly<Record<string, unknown>>;
}

/** The registry's kind for compose projects. */
export const COMPOSE_PROJECTS = new DeclarationKind<ComposeProjectDeclaration>("compose-projects");

/**
 * A DNS name the model gives an address: a VIP, a cluster's API, an ingress, a server group's
 * service name, an app behind a proxy. Every host's own `<hostname>.<domain>` comes from HOSTS;
 * the network plan writes these into the environment's zones.
 */
export interface NameDeclaration {
  /** Environment name. */
  readonly environment: string;
  /** Fully qualified name without the trailing dot, e.g. `kube-api.home.arpa`; `*.` first for a wildcard. */
  readonly name: string;
  /** The IPv4 address it answers. */
  readonly address: string;
  /** What declared it, for people and for error messages, e.g. `K3s cluster kube (API VIP)`. */
  readonly declaredBy: string;
}

/** The registry's kind for DNS names (beyond every host's own). */
export const NAMES = new DeclarationKind<NameDeclaration>("names");

/** The registry's kind for host groups. */
export const HOST_GROUPS = new DeclarationKind<HostGroupDeclaration>("host-groups");

/** A fact another construct adds to a group (e.g. the platform's ingress address on its cluster). */
export interface GroupFactDeclaration {
  /** Environment name. */
  readonly environment: string;
  /** The group's ID. */
  readonly group: string;
  /** The fact, one line. */
  readonly fact: string;
}

/** A host on the Tailscale overlay: its node name and tags (the policy's tagOwners and grants use them). */
export interface TailnetNodeDeclaration {
  /** Environment name. */
  readonly environment: string;
  /** The host's hostname. */
  readonly hostname: string;
  /** Its name on the tailnet (MagicDNS: `<name>.<tailnet>`). */
  readonly name: string;
  /** Its tags, e.g. `tag:nas`. */
  readonly tags: readonly string[];
}

/** The registry's kind for hosts on the Tailscale overlay. */
export const TAILNET_NODES = new DeclarationKind<TailnetNodeDeclaration>("tailnet-nodes");

/** What a tailnet's files hold. */
export interface TailnetFiles {
  /** The policy: `tagOwners` and `grants`. */
  readonly policy: Record<string, unknown>;
  /** The nodes by hostname: MagicDNS name and tags. */
  readonly nodes: Record<string, unknown>;
}

/** A tailnet's policy file and node list, rendered at synth (see `Tailnet`). */
export interface TailnetPolicyDeclaration {
  /** Environment name. */
  readonly environment: string;
  /** The policy (tagOwners, grants) and the nodes with their MagicDNS names, rendered when asked. */
  readonly render: () => TailnetFiles;
}

/** The registry's kind for tailnet policies. */
export const TAILNET_POLICIES = new DeclarationKind<TailnetPolicyDeclaration>("tailnet-policies");

/** The registry's kind for facts added to groups. */
export const GROUP_FACTS = new DeclarationKind<GroupFactDeclaration>("group-facts");

/** Declares `host` as a host of the site. */
export function declareHost(host: IHost): void {
  declare(host, HOSTS, host);
}

/** The hosts of `environment` in the app `scope` belongs to, in tree order. */
export function hostsOf(scope: IConstruct, environment: string): IHost[] {
  return declarations(scope, HOSTS)
    .map((d) => d.entry)
    .filter((h) => h.environmentName === environment);
}

/** The declarations of `kind` in the app `scope` belongs to whose `environment` is `environment`. */
export function declaredIn<T extends { readonly environment: string }>(
  scope: IConstruct,
  kind: DeclarationKind<T>,
  environment: string,
): Array<Declared<T>> {
  return declarations(scope, kind).filter((d) => d.entry.environment === environment);
}
