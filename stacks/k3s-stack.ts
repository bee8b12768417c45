import {
  declareSiteSource,
  EnvironmentStack,
  ImageFactory,
  K3sCluster,
  K3sClusterSpec,
  ProxmoxConnection,
  SiteEnvironment,
} from "@homelab/constructs";
import { Construct } from "constructs";

/** `<env>-k3s`: the K3s cluster's VMs (the platform on top of it is its own stack). */
export class K3sStack extends EnvironmentStack {
  /** The cluster. */
  public readonly cluster: K3sCluster;

  constructor(scope: Construct, environment: SiteEnvironment, spec: K3sClusterSpec, images: ImageFactory) {
    super(scope, { environment, purpose: "k3s" });
    new ProxmoxConnection(this, "Proxmox", { environment });
    const { image, ...cluster } = spec;
    declareSiteSource(this, "Kube", environment.name, "k3s");
    this.cluster = new K3sCluster(this, "Kube", { ...cluster, environment, template: images.family(image) });
  }
}
