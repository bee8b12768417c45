import { EnvironmentStack, HomelabSite, ImageFactory, ProxmoxConnection, VaultConnection, VaultLayout, VaultServers } from "@homelab/constructs";
import { Construct } from "constructs";

/**
 * `<env>-vault`: the Vault server VMs and the Vault layout of the environment. Built after every
 * other stack of the environment, because the layout's policies are derived from the secrets those
 * stacks declare; the stacks whose pipelines read or write Vault depend on it.
 */
export class VaultStack extends EnvironmentStack {
  /** The layout. */
  public readonly layout: VaultLayout;
  /** The server VMs, where the model describes them. */
  public readonly servers?: VaultServers;

  constructor(scope: Construct, site: HomelabSite, images: ImageFactory, clusters: Readonly<Record<string, { readonly apiEndpoint: string }>>) {
    super(scope, { environment: site.environment, purpose: "vault" });
    const { servers, kubernetesCaCerts, ...layout } = site.vault!;
    if (servers) {
      new ProxmoxConnection(this, "Proxmox", { environment: site.environment });
      const { image, ...rest } = servers;
      this.servers = new VaultServers(this, "Servers", { ...rest, environment: site.environment, template: images.family(image) });
    }
    VaultConnection.of(this, site.environment);
    const kubernetes = Object.fromEntries(Object.entries(clusters).map(([name, c]) => [name, { ...c, caCert: kubernetesCaCerts?.[name] }]));
    this.layout = new VaultLayout(this, "Layout", { ...layout, environment: site.environment, kubernetes });
  }
}
