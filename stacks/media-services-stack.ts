import { declareSiteSource, EnvironmentStack, HomelabSite, IHost, INfsServer, MediaStack, TunnelService } from "@homelab/constructs";
import { resolveNfsMounts } from "./docker-hosts-stack";
import { Construct } from "constructs";

/**
 * `<env>-media`: the containerised apps of the GPU host and the DNS records and Access applications
 * of the ones published through the edge stack's tunnel (so this stack depends on `<env>-edge`).
 */
export class MediaServicesStack extends EnvironmentStack {
  /** The apps. */
  public readonly media: MediaStack;

  constructor(scope: Construct, site: HomelabSite, host: IHost, tunnel?: TunnelService, nfsServers: ReadonlyMap<string, INfsServer> = new Map()) {
    super(scope, { environment: site.environment, purpose: "media" });
    const { host: _, nfsMounts, ...media } = site.media!;
    declareSiteSource(this, "Media", site.environment.name, "media");
    const mounts = resolveNfsMounts(site, "media", nfsMounts, nfsServers);
    this.media = new MediaStack(this, "Media", { ...media, nfsMounts: mounts, environment: site.environment, host, tunnel });
  }
}
