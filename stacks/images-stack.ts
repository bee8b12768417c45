import { CloudImage, EnvironmentStack, HomelabConfigError, ImageChecksum, problem, ProxmoxConnection, SiteEnvironment, TemplateRef, VmTemplate } from "@homelab/constructs";
import { Construct } from "constructs";

/** One release of a cloud image and the template VMIDs it gets on each node. */
export interface ImageRelease {
  /** Image family, e.g. `debian-12`. */
  readonly name: string;
  /** Upstream release. */
  readonly version: string;
  /** https URL of the qcow2 image. */
  readonly url: string;
  /** Published digest of the image. */
  readonly checksum: ImageChecksum;
  /** Template VMID per node that builds one. */
  readonly templateVmIds: Readonly<Record<string, number>>;
}

/** Props of {@link ImagesStack}. */
export interface ImagesStackProps {
  /** The environment. */
  readonly environment: SiteEnvironment;
  /** Image releases to keep; list the new one next to the old one while VMs still use the old. */
  readonly images: readonly ImageRelease[];
}

/** `<env>-images`: the image factory, one CloudImage per release and one VmTemplate per node. */
export class ImagesStack extends EnvironmentStack {
  /** Templates by `<name>-<version>-<node>`. */
  public readonly templates = new Map<string, VmTemplate>();

  constructor(scope: Construct, props: ImagesStackProps) {
    super(scope, { environment: props.environment, purpose: "images" });
    new ProxmoxConnection(this, "Proxmox", { environment: props.environment });
    for (const release of props.images) {
      const id = `${release.name}-${release.version}`;
      const image = new CloudImage(this, id, {
        environment: props.environment,
        name: release.name,
        version: release.version,
        url: release.url,
        checksum: release.checksum,
        nodes: Object.keys(release.templateVmIds),
      });
      for (const [node, vmId] of Object.entries(release.templateVmIds)) {
        this.templates.set(`${id}-${node}`, new VmTemplate(this, `${id}-${node}`, { environment: props.environment, image, node, vmId }));
      }
    }
  }
}

/**
 * The newest release of `family` that has a template on `node`, as a clone source. Releases are
 * listed oldest first; `path` names the construct that asks, for the error message.
 */
export function newestTemplate(images: readonly ImageRelease[], family: string, node: string, path: string): TemplateRef {
  const release = [...images].reverse().find((r) => r.name === family && r.templateVmIds[node] !== undefined);
  if (!release) {
    const have = images.filter((r) => r.name === family).flatMap((r) => Object.keys(r.templateVmIds));
    throw new HomelabConfigError([problem(path, "images", `has no ${family} template on node "${node}"`, [...new Set(have)], `add "${node}" to a ${family} release's templateVmIds`)]);
  }
  return { vmId: release.templateVmIds[node], node };
}
