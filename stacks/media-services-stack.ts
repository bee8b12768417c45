import { declareSiteSource, EnvironmentStack, HomelabSite, IHost, MediaStack, TunnelService } from "@homelab/constructs";
import { Construct } from "constructs";

/**
 * `<env>-media`: the containerised apps of the GPU host and the DNS records and Access applications
 * of the ones published through the edge stack's tunnel (so this stack depends on `<env>-edge`).
 */
export class MediaServicesStack extends EnvironmentStack {
  /** The apps. */
  public readonly media: MediaStack;

  constructor(scope: Construct, site: HomelabSite, host: IHost, tunnel?: TunnelService) {
    super(scope, { environment: site.environment, purpose: "media" });
    const { host: _, ...media } = site.media!;
    declareSiteSource(this, "Media", site.environment.name, "media");
    this.media = new MediaStack(this, "Media", { ...media, environment: site.environment, host, tunnel });
  }
}
