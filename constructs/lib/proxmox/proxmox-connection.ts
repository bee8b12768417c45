import { ProxmoxProvider } from "@cdktf/provider-proxmox/lib/provider";
import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { isSecretLocation, Problems } from "../core";
import { SiteEnvironment } from "../site";
import { declareProxmoxTokenUser, proxmoxSecretPath, VaultConnection, VaultKvSecret } from "../vault";

/** Props of {@link ProxmoxConnection}. */
export interface ProxmoxConnectionProps {
  /** The environment, from the site model; its `proxmox.credentials` decides where credentials come from. */
  readonly environment: SiteEnvironment;
}

/**
 * The Proxmox provider of a stack, with credentials that are never literals.
 *
 * - `credentials.source = "vault"`: the stack's {@link VaultConnection} reads the KV v2 secret
 *   `vault.proxmoxSecret` (with `perStack`, `<vault.proxmoxSecret>/<stack>`, the stack's own token)
 *   under `vault.kvMount` as an ephemeral resource; its `endpoint` and
 *   `api_token` keys configure the Proxmox provider. The values are never written to the state or
 *   the plan (OpenTofu 1.11+).
 * - `credentials.source = "environment"`: nothing is configured; the provider reads
 *   PROXMOX_VE_ENDPOINT and PROXMOX_VE_API_TOKEN, which the pipeline takes from Vault.
 *
 * Every stack with Proxmox resources needs one; without it synth stops with a message that says so.
 *
 * @example
 * ```ts
 * new ProxmoxConnection(stack, "Proxmox", { environment: prod });
 * ```
 */
export class ProxmoxConnection extends Construct {
  /** The Proxmox provider. */
  public readonly provider: ProxmoxProvider;
  /** The ephemeral read of the credentials, when they come from Vault. */
  public readonly secret?: VaultKvSecret;

  constructor(scope: Construct, id: string, props: ProxmoxConnectionProps) {
    super(scope, id);
    const env = props.environment;
    const check = new Problems(this.node.path);
    if (env.proxmox.credentials.source === "vault") {
      if (!isSecretLocation({ mount: env.vault.kvMount, path: env.vault.proxmoxSecret })) {
        check.add(
          "environment.vault",
          "needs kvMount and a relative proxmoxSecret path",
          { kvMount: env.vault.kvMount, proxmoxSecret: env.vault.proxmoxSecret },
          'e.g. kvMount "secret", proxmoxSecret "homelab/prod/proxmox"',
        );
      }
    }
    check.throwIfAny();
    declareProxmoxTokenUser(this, env.name, TerraformStack.of(this).node.id);

    if (env.proxmox.credentials.source === "environment") {
      this.provider = new ProxmoxProvider(this, "Provider", {});
      return;
    }
    const path = env.proxmox.credentials.perStack ? proxmoxSecretPath(env, TerraformStack.of(this).node.id) : env.vault.proxmoxSecret;
    this.secret = VaultConnection.of(this, env).readSecret("ProxmoxCredentials", { mount: env.vault.kvMount, path });
    this.provider = new ProxmoxProvider(this, "Provider", {
      endpoint: this.secret.field("endpoint"),
      apiToken: this.secret.field("api_token"),
    });
  }
}
