import { ProxmoxProvider } from "@cdktf/provider-proxmox/lib/provider";
import { DataVaultKvSecretV2 } from "@cdktf/provider-vault/lib/data-vault-kv-secret-v2";
import { VaultProvider } from "@cdktf/provider-vault/lib/provider";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import { Problems } from "./core/errors";
import { SiteEnvironment } from "./site/model";

/** Props of {@link ProxmoxConnection}. */
export interface ProxmoxConnectionProps {
  /** The environment, from the site model; its `proxmox.credentials` decides where credentials come from. */
  readonly environment: SiteEnvironment;
}

/**
 * The Proxmox provider of a stack, with credentials that are never literals.
 *
 * - `credentials.source = "vault"`: a Vault provider (address from the model, token from VAULT_TOKEN)
 *   reads the KV v2 secret `vault.proxmoxSecret` under `vault.kvMount`; its `endpoint` and
 *   `api_token` keys configure the Proxmox provider. Note that data source results are kept in the
 *   stack's state, so that state must be treated as secret.
 * - `credentials.source = "environment"`: nothing is configured; the provider reads
 *   PROXMOX_VE_ENDPOINT and PROXMOX_VE_API_TOKEN, which the pipeline takes from Vault.
 *
 * @example
 * new ProxmoxConnection(stack, "Proxmox", { environment: prod });
 */
export class ProxmoxConnection extends Construct {
  /** The Proxmox provider. */
  public readonly provider: ProxmoxProvider;
  /** The Vault secret holding the credentials, when they come from Vault. */
  public readonly secret?: DataVaultKvSecretV2;

  constructor(scope: Construct, id: string, props: ProxmoxConnectionProps) {
    super(scope, id);
    const env = props.environment;
    const check = new Problems(this.node.path);
    if (env.proxmox.credentials.source === "vault") {
      if (!/^https?:\/\/[^\s/]+/.test(env.vault.address)) {
        check.add("environment.vault.address", "must be an http(s) URL", env.vault.address, "write it like \"https://vault.example.net:8200\"");
      }
      if (!env.vault.kvMount || !env.vault.proxmoxSecret || env.vault.proxmoxSecret.startsWith("/")) {
        check.add("environment.vault", "needs kvMount and a relative proxmoxSecret path", { kvMount: env.vault.kvMount, proxmoxSecret: env.vault.proxmoxSecret }, "e.g. kvMount \"secret\", proxmoxSecret \"homelab/prod/proxmox\"");
      }
    }
    check.throwIfAny();

    if (env.proxmox.credentials.source === "environment") {
      this.provider = new ProxmoxProvider(this, "Provider", {});
      return;
    }
    new VaultProvider(this, "Vault", { address: env.vault.address, skipChildToken: true });
    this.secret = new DataVaultKvSecretV2(this, "Credentials", {
      mount: env.vault.kvMount,
      name: env.vault.proxmoxSecret,
    });
    this.provider = new ProxmoxProvider(this, "Provider", {
      endpoint: Fn.lookup(this.secret.data, "endpoint"),
      apiToken: Fn.lookup(this.secret.data, "api_token"),
    });
  }
}
