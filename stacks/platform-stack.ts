import { declareSiteSource, EnvironmentStack, K3sCluster, K3sPlatform, K3sPlatformProps, SiteEnvironment } from "@homelab/constructs";
import { Construct } from "constructs";

/** `<env>-platform`: what runs on the K3s cluster, installed with Helm; after `<env>-k3s`. */
export class PlatformStack extends EnvironmentStack {
  /** The platform. */
  public readonly platform: K3sPlatform;

  constructor(scope: Construct, environment: SiteEnvironment, cluster: K3sCluster, spec: Omit<K3sPlatformProps, "environment" | "cluster">) {
    super(scope, { environment, purpose: "platform" });
    declareSiteSource(this, "Platform", environment.name, "platform");
    this.platform = new K3sPlatform(this, "Platform", { ...spec, environment, cluster });
  }
}
