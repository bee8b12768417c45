import { SiteEnvironment } from "../site/model";

/**
 * What the app-wide site checks need to know about one VM or template. ProxmoxVm and VmTemplate
 * publish one as `guest`; SiteChecks collects them across every stack of an environment.
 */
export interface GuestRecord {
  /** The environment the guest belongs to. */
  readonly environment: SiteEnvironment;
  /** Construct path, for messages. */
  readonly path: string;
  /** Hostname (VM name in Proxmox). */
  readonly hostname: string;
  /** Proxmox VMID. */
  readonly vmId: number;
  /** Proxmox node it is placed on. */
  readonly node: string;
  /** Static IPv4 address, if any. */
  readonly ipv4?: string;
  /** Fixed MAC address, if any. */
  readonly macAddress?: string;
  /** vCPUs it takes from its node (0 for templates, which never run). */
  readonly cores: number;
  /** Memory it takes from its node, in MiB (0 for templates). */
  readonly memoryMiB: number;
  /** PCI hardware mappings passed through. */
  readonly pciMappings: readonly string[];
  /** Whether it starts when its node boots. */
  readonly onBoot: boolean;
  /** Whether it is a template. */
  readonly template: boolean;
}

/** Marker for constructs that carry a {@link GuestRecord}. */
export interface SiteGuest {
  readonly guest: GuestRecord;
}

const GUEST = Symbol.for("@homelab/constructs.SiteGuest");

/** Marks `construct` as a site guest (works across copies of this library). */
export function markGuest(construct: object): void {
  Object.defineProperty(construct, GUEST, { value: true });
}

/** Whether `x` carries a {@link GuestRecord}. */
export function isSiteGuest(x: unknown): x is SiteGuest {
  return typeof x === "object" && x !== null && GUEST in x;
}
