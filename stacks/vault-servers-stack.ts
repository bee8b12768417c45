import { declareSiteSource, EnvironmentStack, HomelabSite, ImageFactory, ProxmoxConnection, VaultServers } from "@homelab/constructs";
import { Construct } from "constructs";

/**
 * `<env>-vault-servers`: the VMs Vault runs on. A bootstrap stack: deployed before Vault exists, with
 * the environment's bootstrap Proxmox credentials, so that Proxmox credentials can come from Vault
 * for every other stack. The layout that configures Vault through its API is `<env>-vault`, applied
 * once the servers are initialised and unsealed (docs/runbooks.md).
 */
export class VaultServersStack extends EnvironmentStack {
  /** The server VMs. */
  public readonly servers: VaultServers;

  constructor(scope: Construct, site: HomelabSite, images: ImageFactory) {
    super(scope, { environment: site.environment, purpose: "vault-servers", bootstrap: true });
    new ProxmoxConnection(this, "Proxmox", { environment: site.environment });
    const { image, ...rest } = site.vault!.servers!;
    declareSiteSource(this, "Servers", site.environment.name, "vault.servers");
    this.servers = new VaultServers(this, "Servers", { ...rest, environment: site.environment, template: images.family(image) });
  }
}
