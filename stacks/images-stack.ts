import { EnvironmentStack, HomelabSite, ImageFactory, ProxmoxConnection } from "@homelab/constructs";
import { Construct } from "constructs";

/**
 * `<env>-images`: the image factory, one CloudImage per release and one VmTemplate per node. A
 * bootstrap stack: the Vault servers clone its templates, so it is deployed before Vault exists.
 */
export class ImagesStack extends EnvironmentStack {
  /** The image factory; other stacks ask it for templates (and so depend on this stack). */
  public readonly images: ImageFactory;

  constructor(scope: Construct, site: HomelabSite) {
    super(scope, { environment: site.environment, purpose: "images", bootstrap: true });
    new ProxmoxConnection(this, "Proxmox", { environment: site.environment });
    // "Default" is left out of Terraform addresses, which stay those of the images created before
    // the factory existed (they sat directly in the stack).
    this.images = new ImageFactory(this, "Default", { environment: site.environment, releases: site.images ?? [] });
  }
}
