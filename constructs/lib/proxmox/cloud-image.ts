import { DownloadFile } from "@cdktf/provider-proxmox/lib/download-file";
import { Annotations } from "cdktf";
import { Construct } from "constructs";
import { checkHex, checkUrl, HomelabConfigError, problem, Problems, quoted } from "../core";
import { IImage } from "../hosts";
import { ImageChecksum, SiteEnvironment, proxmoxOf } from "../site";
import { firstStorageWith, storageHolds } from "./placement";

/** Props of {@link CloudImage}. */
export interface CloudImageProps {
  /** The environment, from the site model. */
  readonly environment: SiteEnvironment;
  /** Image family, e.g. `debian-12`. */
  readonly name: string;
  /** Upstream release of the image, e.g. `20251117-2299`; part of the file name and construct IDs. */
  readonly version: string;
  /** https URL of the qcow2 cloud image. */
  readonly url: string;
  /** Checksum the download must match; images are never taken unverified. */
  readonly checksum: ImageChecksum;
  /** Nodes to download the image to (templates are node-local). */
  readonly nodes: readonly string[];
  /**
   * Storage for the downloaded file; it must hold `import` content.
   * @default each node's first storage with `import` content
   */
  readonly storage?: string;
}

/**
 * One version of a cloud image, downloaded by Proxmox itself to each node that builds templates from
 * it (proxmox_download_file, content type `import`, checksum-verified). On a shared storage one
 * download serves every node that lists that storage. A new version is a new CloudImage next to the
 * old one, so running VMs keep their disks and new templates use the new file.
 *
 * @example
 * ```ts
 * const debian = new CloudImage(stack, "debian-12-20251117-2299", {
 *   environment: prod, name: "debian-12", version: "20251117-2299", nodes: ["node005", "node006"],
 *   url: "https://cloud.debian.org/images/cloud/bookworm/20251117-2299/debian-12-genericcloud-amd64-20251117-2299.qcow2",
 *   checksum: { algorithm: "sha512", value: "..." },
 * });
 * ```
 */
export class CloudImage extends Construct implements IImage {
  /** Image family. */
  public readonly name: string;
  /** Image version. */
  public readonly version: string;
  /** File name on the storage, `<name>-<version>.qcow2`. */
  public readonly fileName: string;
  /** The download that serves each node (one per node, or one per shared storage). */
  private readonly downloads = new Map<string, DownloadFile>();

  constructor(scope: Construct, id: string, props: CloudImageProps) {
    super(scope, id);
    const env = props.environment;
    const expectedLength = props.checksum.algorithm === "sha256" ? 64 : 128;
    const storageFor = (nodeName: string) =>
      props.storage ??
      firstStorageWith(
        proxmoxOf(env).nodes.find((n) => n.name === nodeName),
        "import",
      );

    const check = new Problems(this.node.path);
    if (!/^[a-z0-9][a-z0-9.-]*$/.test(props.name))
      check.add("name", "must be lower-case letters, digits, '.' or '-'", props.name, 'use e.g. "debian-12"');
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(props.version))
      check.add("version", "must be letters, digits, '.', '_' or '-'", props.version, 'use the upstream release, e.g. "20251117-2299"');
    checkUrl(check, "url", props.url, "download images over https", "must be an https URL", { schemes: ["https"] });
    const hexWhat = `must be ${expectedLength} lower-case hex digits for ${props.checksum.algorithm}`;
    checkHex(check, "checksum.value", props.checksum.value, expectedLength, "copy the digest from the image's SHA*SUMS file", hexWhat);
    if (props.nodes.length === 0) check.add("nodes", "is empty", [], "list the nodes that build templates from this image");
    for (const nodeName of props.nodes) {
      const node = proxmoxOf(env).nodes.find((n) => n.name === nodeName);
      if (!node) {
        check.add(
          "nodes",
          `names a node that is not in environment "${env.name}"`,
          nodeName,
          `use ${quoted(proxmoxOf(env).nodes.map((n) => n.name))}`,
        );
        continue;
      }
      const storage = storageFor(nodeName);
      if (!storageHolds(node, storage, "import")) {
        check.add(
          "storage",
          `is not a storage with import content on node "${nodeName}"`,
          storage,
          "enable import content on a storage of that node in the site model, or set storage",
        );
      }
    }
    check.throwIfAny();

    if (/^0+$/.test(props.checksum.value)) {
      Annotations.of(this).addWarning(
        `checksum.value is a placeholder (all zeros), so Proxmox will refuse the download of ${props.url}; ` +
          `copy the digest from the release's ${props.checksum.algorithm.toUpperCase()}SUMS file`,
      );
    }

    this.name = props.name;
    this.version = props.version;
    this.fileName = `${props.name}-${props.version}.qcow2`;
    const sharedDownloads = new Map<string, DownloadFile>();
    for (const nodeName of props.nodes) {
      const storage = storageFor(nodeName)!;
      const shared =
        proxmoxOf(env)
          .nodes.find((n) => n.name === nodeName)!
          .storages.find((s) => s.name === storage)?.shared === true;
      const existing = shared ? sharedDownloads.get(storage) : undefined;
      if (existing) {
        this.downloads.set(nodeName, existing);
        continue;
      }
      const download = new DownloadFile(this, `Download-${nodeName}`, {
        nodeName,
        datastoreId: storage,
        contentType: "import",
        url: props.url,
        fileName: this.fileName,
        checksum: props.checksum.value,
        checksumAlgorithm: props.checksum.algorithm,
        overwrite: false,
        overwriteUnmanaged: false,
        uploadTimeout: 1800,
      });
      this.downloads.set(nodeName, download);
      if (shared) sharedDownloads.set(storage, download);
    }
  }

  /** The volume ID of the image on `node`, for a disk's `import_from`. */
  public fileIdOn(node: string): string {
    const download = this.downloads.get(node);
    if (!download) {
      throw new HomelabConfigError([problem(this.node.path, "nodes", `does not include node "${node}"`, this.nodes, `add "${node}" to nodes`)]);
    }
    return download.id;
  }

  /** Nodes that can import the image. */
  public get nodes(): string[] {
    return [...this.downloads.keys()];
  }
}
