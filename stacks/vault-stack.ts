import { EnvironmentStack, HomelabSite, ImageFactory, ProxmoxConnection, VaultConnection, VaultLayout, VaultServers } from "@homelab/constructs";
import { Construct } from "constructs";

/**
 * `<env>-vault`: the Vault server VMs and the Vault layout of the environment. The layout's policies
 * and Kubernetes auth mounts are derived at synth from what every stack declares (the secrets they
 * use, the clusters they build), so this stack may be built in any order; the stacks whose pipelines
 * read or write Vault depend on it.
 */
export class VaultStack extends EnvironmentStack {
  /** The layout. */
  public readonly layout: VaultLayout;
  /** The server VMs, where the model describes them. */
  public readonly servers?: VaultServers;

  constructor(scope: Construct, site: HomelabSite, images: ImageFactory) {
    super(scope, { environment: site.environment, purpose: "vault" });
    const { servers, kubernetesCaCerts, ...layout } = site.vault!;
    if (servers) {
      new ProxmoxConnection(this, "Proxmox", { environment: site.environment });
      const { image, ...rest } = servers;
      this.servers = new VaultServers(this, "Servers", { ...rest, environment: site.environment, template: images.family(image) });
    }
    VaultConnection.of(this, site.environment);
    // The cluster's API endpoint comes from the cluster itself, at synth.
    const kubernetes = site.k3s ? { [site.k3s.name]: { caCert: kubernetesCaCerts?.[site.k3s.name] } } : {};
    this.layout = new VaultLayout(this, "Layout", { ...layout, environment: site.environment, kubernetes });
  }
}
