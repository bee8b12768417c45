import { EnvironmentStack, HomelabSite, VaultConnection, VaultLayout } from "@homelab/constructs";
import { Construct } from "constructs";

/**
 * `<env>-vault`: the Vault layout of the environment. Built after every other stack of the
 * environment, because its policies are derived from the secrets those stacks declare; the stacks
 * whose pipelines read or write Vault depend on it.
 */
export class VaultStack extends EnvironmentStack {
  /** The layout. */
  public readonly layout: VaultLayout;

  constructor(scope: Construct, site: HomelabSite, clusters: Readonly<Record<string, { readonly apiEndpoint: string }>>) {
    super(scope, { environment: site.environment, purpose: "vault" });
    VaultConnection.of(this, site.environment);
    this.layout = new VaultLayout(this, "Layout", { ...site.vault!, environment: site.environment, kubernetes: clusters });
  }
}
