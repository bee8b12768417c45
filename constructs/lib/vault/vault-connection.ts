import { VaultProvider } from "@cdktf/provider-vault/lib/provider";
import { TerraformStack } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { checkUrl, onePerStack, Problems } from "../core";
import { SiteEnvironment } from "../site";
import { VaultKvSecret, VaultKvSecretProps } from "./vault-kv-secret";

/** Props of {@link VaultConnection}. */
export interface VaultConnectionProps {
  /** The environment, from the site model; `vault.address` is where the provider connects. */
  readonly environment: SiteEnvironment;
}

/**
 * The one Vault provider of a stack, shared by every construct in the stack that reads Vault. Its
 * address comes from the site model; its token from the environment (VAULT_TOKEN, or a token the
 * pipeline got by logging in with the stack's AppRole), never from the code. Use
 * {@link VaultConnection.of} rather than `new`, so constructs that each need Vault share one.
 *
 * @example
 * ```ts
 * const vault = VaultConnection.of(stack, prod);
 * const secret = vault.readSecret("GrafanaAdmin", { mount: "secret", path: "homelab/prod/grafana" });
 * ```
 */
export class VaultConnection extends Construct {
  /** The stack's VaultConnection, created under the stack as `Vault` on first use. */
  public static of(scope: IConstruct, environment: SiteEnvironment): VaultConnection {
    return onePerStack(scope, VAULT_CONNECTION_ID, VaultConnection, (stack) => new VaultConnection(stack, VAULT_CONNECTION_ID, { environment }));
  }

  /** The Vault provider (escape hatch). */
  public readonly provider: VaultProvider;
  /** Vault address. */
  public readonly address: string;

  constructor(scope: Construct, id: string, props: VaultConnectionProps) {
    super(scope, id);
    const vault = props.environment.vault;
    const check = new Problems(this.node.path);
    checkUrl(check, "environment.vault.address", vault.address, 'write it like "https://vault.example.net:8200"');
    const others = TerraformStack.of(this)
      .node.findAll()
      .filter((c) => c !== this && c instanceof VaultConnection);
    if (others.length > 0)
      check.add("stack", "already has a VaultConnection", others[0].node.path, "share it with VaultConnection.of(stack, environment)");
    check.throwIfAny();
    this.address = vault.address;
    // skip_child_token: a pipeline's token is already short-lived and scoped to the stack's policy.
    this.provider = new VaultProvider(this, "Provider", { address: vault.address, skipChildToken: true });
  }

  /** Reads a KV v2 secret ephemerally (never stored in state); see {@link VaultKvSecret}. */
  public readSecret(id: string, secret: VaultKvSecretProps): VaultKvSecret {
    return new VaultKvSecret(this, id, secret);
  }
}

const VAULT_CONNECTION_ID = "Vault";
