import { IConstruct } from "constructs";
import { DeclarationKind, declarations, declare } from "../../core";
import { SiteEnvironment } from "../../site";

/**
 * What the app-wide site checks need to know about one VM or template. ProxmoxVm and VmTemplate
 * declare one; the Proxmox site rules read them across every stack of an environment.
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

/** The registry's kind for Proxmox guests (VMs and templates), read by the Proxmox site rules and placement. */
export const GUESTS = new DeclarationKind<GuestRecord>("proxmox-guests");

/** Declares `construct` as a Proxmox guest described by `record`. */
export function declareGuest(construct: IConstruct, record: GuestRecord): void {
  declare(construct, GUESTS, record);
}

/** Every Proxmox guest of the app `scope` belongs to, in tree order. */
export function guestsOf(scope: IConstruct): GuestRecord[] {
  return declarations(scope, GUESTS).map((d) => d.entry);
}
