import { declareSiteSource, EnvironmentStack, HomelabSite, VaultConnection, VaultLayout } from "@homelab/constructs";
import { Construct } from "constructs";
import { VaultServersStack } from "./vault-servers-stack";

/**
 * `<env>-vault`: the Vault layout of the environment (the servers it runs on are `<env>-vault-servers`).
 * The layout's policies and Kubernetes auth mounts are derived at synth from what every stack declares
 * (the secrets they use, the clusters they build), so this stack may be built in any order; the stacks
 * whose Terraform reads or writes Vault depend on it.
 */
export class VaultStack extends EnvironmentStack {
  /** The layout. */
  public readonly layout: VaultLayout;

  constructor(scope: Construct, site: HomelabSite, servers?: VaultServersStack) {
    super(scope, { environment: site.environment, purpose: "vault" });
    // The layout talks to the Vault API: the servers must exist (and be unsealed) first.
    if (servers) this.addDependency(servers);
    const { servers: _servers, kubernetesCaCerts, ...layout } = site.vault!;
    VaultConnection.of(this, site.environment);
    // The cluster's API endpoint comes from the cluster itself, at synth.
    const kubernetes = site.k3s ? { [site.k3s.name]: { caCert: kubernetesCaCerts?.[site.k3s.name] } } : {};
    declareSiteSource(this, "Layout", site.environment.name, "vault");
    this.layout = new VaultLayout(this, "Layout", { ...layout, environment: site.environment, kubernetes });
  }
}
