import { ElasticCluster, ElasticClusterProps, EnvironmentStack, ProxmoxConnection, SiteEnvironment } from "@homelab/constructs";
import { Construct } from "constructs";
import { ImageRelease, newestTemplate } from "./images-stack";

/** The cluster as the site model describes it; nodes clone the newest template of `image`. */
export interface ElasticSite extends Omit<ElasticClusterProps, "environment" | "templateOn"> {
  /** Image family the nodes clone, e.g. `debian-12`. */
  readonly image: string;
}

/** Props of {@link ElasticStack}. */
export interface ElasticStackProps {
  /** The environment. */
  readonly environment: SiteEnvironment;
  /** The environment's image releases. */
  readonly images: readonly ImageRelease[];
  /** The cluster. */
  readonly cluster: ElasticSite;
}

/** `<env>-elastic`: the Elasticsearch cluster's VMs, Kibana and Fleet Server. */
export class ElasticStack extends EnvironmentStack {
  /** The cluster. */
  public readonly cluster: ElasticCluster;

  constructor(scope: Construct, props: ElasticStackProps) {
    super(scope, { environment: props.environment, purpose: "elastic" });
    new ProxmoxConnection(this, "Proxmox", { environment: props.environment });
    const { image, ...cluster } = props.cluster;
    const path = `${this.node.path}/Elastic`;
    this.cluster = new ElasticCluster(this, "Elastic", {
      ...cluster,
      environment: props.environment,
      templateOn: (node) => newestTemplate(props.images, image, node, path),
    });
  }
}
