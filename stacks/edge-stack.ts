import { declareSiteSource, CloudflareConnection, EnvironmentStack, HomelabSite, IGuest, TunnelService } from "@homelab/constructs";
import { Construct } from "constructs";

/** `<env>-edge`: the Cloudflare tunnel, its routes and Access policies, DNS-01 and dynamic-DNS records. */
export class EdgeStack extends EnvironmentStack {
  /** The tunnel; other stacks publish their apps through it. */
  public readonly tunnel: TunnelService;

  constructor(scope: Construct, site: HomelabSite, connector: IGuest) {
    super(scope, { environment: site.environment, purpose: "edge" });
    CloudflareConnection.of(this, site.environment);
    const { connector: _, ...edge } = site.edge!;
    declareSiteSource(this, "Tunnel", site.environment.name, "edge");
    this.tunnel = new TunnelService(this, "Tunnel", { ...edge, environment: site.environment, connector });
  }
}
