import { EnvironmentStack, K3sCluster, K3sClusterProps, ProxmoxConnection, SiteEnvironment } from "@homelab/constructs";
import { Construct } from "constructs";
import { ImageRelease, newestTemplate } from "./images-stack";

/** The cluster as the site model describes it; nodes clone the newest template of `image`. */
export interface K3sSite extends Omit<K3sClusterProps, "environment" | "templateOn"> {
  /** Image family the nodes clone, e.g. `debian-12`. */
  readonly image: string;
}

/** Props of {@link K3sStack}. */
export interface K3sStackProps {
  /** The environment. */
  readonly environment: SiteEnvironment;
  /** The environment's image releases. */
  readonly images: readonly ImageRelease[];
  /** The cluster. */
  readonly cluster: K3sSite;
}

/** `<env>-k3s`: the K3s cluster's VMs (the platform on top of it is its own stack). */
export class K3sStack extends EnvironmentStack {
  /** The cluster. */
  public readonly cluster: K3sCluster;

  constructor(scope: Construct, props: K3sStackProps) {
    super(scope, { environment: props.environment, purpose: "k3s" });
    new ProxmoxConnection(this, "Proxmox", { environment: props.environment });
    const { image, ...cluster } = props.cluster;
    const path = `${this.node.path}/Kube`;
    this.cluster = new K3sCluster(this, "Kube", {
      ...cluster,
      environment: props.environment,
      templateOn: (node) => newestTemplate(props.images, image, node, path),
    });
  }
}
