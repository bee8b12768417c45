import {
  declareSiteSource,
  ElasticCluster,
  ElasticClusterSpec,
  EnvironmentStack,
  ImageFactory,
  ProxmoxConnection,
  SiteEnvironment,
} from "@homelab/constructs";
import { Construct } from "constructs";

/** `<env>-elastic`: the Elasticsearch cluster's VMs, Kibana and Fleet Server. */
export class ElasticStack extends EnvironmentStack {
  /** The cluster. */
  public readonly cluster: ElasticCluster;

  constructor(scope: Construct, environment: SiteEnvironment, spec: ElasticClusterSpec, images: ImageFactory) {
    super(scope, { environment, purpose: "elastic" });
    new ProxmoxConnection(this, "Proxmox", { environment });
    const { image, ...cluster } = spec;
    declareSiteSource(this, "Elastic", environment.name, "elastic");
    this.cluster = new ElasticCluster(this, "Elastic", { ...cluster, environment, template: images.family(image) });
  }
}
