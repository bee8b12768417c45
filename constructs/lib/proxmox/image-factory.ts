import { Construct, IConstruct } from "constructs";
import { checkUnique, dependOn, HomelabConfigError, problem, Problems, quoted } from "../core";
import { ITemplateSource, TemplateRef } from "../hosts";
import { ImageReleaseSpec, SiteEnvironment } from "../site";
import { CloudImage } from "./cloud-image";
import { VmTemplate } from "./vm-template";

/** Props of {@link ImageFactory}. */
export interface ImageFactoryProps {
  /** The environment, from the site model. */
  readonly environment: SiteEnvironment;
  /**
   * Image releases to keep, oldest first. To roll forward, add the new release after the old one;
   * remove the old one once no VM clones it.
   */
  readonly releases: readonly ImageReleaseSpec[];
}

/**
 * The image factory of an environment: one {@link CloudImage} per release (`<name>-<version>`) and
 * one {@link VmTemplate} per release and node (`<name>-<version>-<node>`). {@link ImageFactory.family}
 * answers which template a VM on a given node clones: the newest release of that family with a
 * template there. A VM in another stack that asks makes its stack depend on the factory's.
 *
 * @example
 * ```ts
 * const images = new ImageFactory(stack, "Images", {
 *   environment: prod,
 *   releases: [{
 *     name: "debian-12", version: "20251117-2299", templateVmIds: { node005: 9005, node006: 9006 },
 *     url: "https://cloud.debian.org/images/cloud/bookworm/20251117-2299/debian-12-genericcloud-amd64-20251117-2299.qcow2",
 *     checksum: { algorithm: "sha512", value: "0123456789abcdef".repeat(8) },
 *   }],
 * });
 * new ProxmoxVm(vmStack, "Ocean", {
 *   environment: prod, hostname: "ocean", vmId: 143, node: "node006", ipv4: "192.168.1.143",
 *   template: images.family("debian-12"),
 * });
 * ```
 */
export class ImageFactory extends Construct {
  /** Every release's image, by `<name>-<version>`. */
  public readonly images: ReadonlyMap<string, CloudImage>;
  /** Every template, by `<name>-<version>-<node>`. */
  public readonly templates: ReadonlyMap<string, VmTemplate>;
  private readonly releases: readonly ImageReleaseSpec[];

  constructor(scope: Construct, id: string, props: ImageFactoryProps) {
    super(scope, id);
    const check = new Problems(this.node.path);
    checkUnique(
      check,
      "releases",
      props.releases.map((r) => `${r.name}-${r.version}`),
      "release",
      "list each release once",
    );
    check.throwIfAny();

    this.releases = props.releases;
    const images = new Map<string, CloudImage>();
    const templates = new Map<string, VmTemplate>();
    for (const release of props.releases) {
      const releaseId = `${release.name}-${release.version}`;
      const built = check.absorb(() => {
        const image = new CloudImage(this, releaseId, {
          environment: props.environment,
          name: release.name,
          version: release.version,
          url: release.url,
          checksum: release.checksum,
          nodes: Object.keys(release.templateVmIds),
          storage: release.storage,
        });
        images.set(releaseId, image);
        return image;
      });
      if (!built) continue;
      for (const [node, vmId] of Object.entries(release.templateVmIds)) {
        check.absorb(() =>
          templates.set(
            `${releaseId}-${node}`,
            new VmTemplate(this, `${releaseId}-${node}`, { environment: props.environment, image: built, node, vmId }),
          ),
        );
      }
    }
    check.throwIfAny();
    this.images = images;
    this.templates = templates;
  }

  /** Answers, for a VM on a node, the newest release of `family` with a template on that node. */
  public family(family: string): ITemplateSource {
    return { templateFor: (node, requester) => this.newest(family, node, requester) };
  }

  private newest(family: string, node: string, requester: IConstruct): TemplateRef {
    const releases = this.releases.filter((r) => r.name === family);
    const path = requester.node.path;
    if (releases.length === 0) {
      const families = quoted([...new Set(this.releases.map((r) => r.name))]) || "(none: add a release)";
      throw new HomelabConfigError([
        problem(path, "template", "asks for an image family the image factory does not build", family, `use one of ${families}`),
      ]);
    }
    const release = [...releases].reverse().find((r) => r.templateVmIds[node] !== undefined);
    if (!release) {
      const have = [...new Set(releases.flatMap((r) => Object.keys(r.templateVmIds)))];
      throw new HomelabConfigError([
        problem(path, "template", `has no ${family} template on node "${node}"`, have, `add "${node}" to a ${family} release's templateVmIds`),
      ]);
    }
    const template = this.templates.get(`${release.name}-${release.version}-${node}`)!;
    dependOn(requester, this);
    return template.ref;
  }
}
