import { IConstruct } from "constructs";

/** A template to clone, on the node that holds it. */
export interface TemplateRef {
  /** VMID of the template. */
  readonly vmId: number;
  /** Node that holds the template. */
  readonly node: string;
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

/** A VM as other constructs and tools see it (inventories, DNS records, monitoring targets). */
export interface IGuest extends IConstruct {
  /** Hostname (the VM name in Proxmox). */
  readonly hostname: string;
  /** Static IPv4 address. */
  readonly ipv4: string;
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
