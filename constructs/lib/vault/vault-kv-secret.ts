import { ref, TerraformElement, TerraformStack, Token } from "cdktf";
import { Construct } from "constructs";
import { checkKvMount, checkSecretKey, checkSecretPath, declareSecretAccess, isToken, Problems } from "../core";

/** Props of {@link VaultKvSecret}. */
export interface VaultKvSecretProps {
  /** KV v2 mount, e.g. `secret`. */
  readonly mount: string;
  /** Secret path under the mount, e.g. `homelab/prod/proxmox`. */
  readonly path: string;
}

/**
 * A read of one Vault KV v2 secret as an OpenTofu ephemeral resource
 * (`ephemeral "vault_kv_secret_v2"`): the values are read during plan and apply and never stored in the state
 * or the plan file. They may only flow into places that do not persist either: provider
 * configuration, write-only attributes, other ephemeral resources. Needs OpenTofu 1.11+ (or
 * Terraform 1.10+) and a Vault provider in the stack, which {@link VaultConnection} owns; create one
 * with {@link VaultConnection.readSecret}.
 *
 * cdktf 0.21 has no class for ephemeral resources; this element writes the block itself (JSON output
 * only, which is what cdktf synthesizes by default).
 *
 * @example
 * ```ts
 * const proxmox = VaultConnection.of(stack, prod).readSecret("ProxmoxCredentials", { mount: "secret", path: "homelab/prod/proxmox" });
 * new ProxmoxProvider(stack, "Provider", { endpoint: proxmox.field("endpoint"), apiToken: proxmox.field("api_token") });
 * ```
 */
export class VaultKvSecret extends TerraformElement {
  /** KV v2 mount. */
  public readonly mount: string;
  /** Secret path under the mount. */
  public readonly path: string;

  constructor(scope: Construct, id: string, props: VaultKvSecretProps) {
    super(scope, id, "ephemeral.vault_kv_secret_v2");
    const check = new Problems(this.node.path);
    if (!isToken(props.mount)) checkKvMount(check, "mount", props.mount, 'e.g. "secret"');
    if (!isToken(props.path)) checkSecretPath(check, "path", props.path, 'e.g. "homelab/prod/proxmox"');
    check.throwIfAny();
    this.mount = props.mount;
    this.path = props.path;
    declareSecretAccess(this, { mount: props.mount, path: props.path, access: "read", by: "terraform" });
  }

  /** A reference to one key of the secret, e.g. `field("api_token")`; never the value itself. */
  public field(key: string): string {
    const check = new Problems(this.node.path);
    checkSecretKey(check, "field", key, 'e.g. "api_token"');
    check.throwIfAny();
    // A token, not a "${...}" string: cdktf escapes literal strings inside functions (Fn.jsonencode).
    return Token.asString(ref(`ephemeral.vault_kv_secret_v2.${this.friendlyUniqueId}.data.${key}`, TerraformStack.of(this)));
  }

  /** The ephemeral block, merged into the stack's JSON like any resource. */
  public toTerraform(): Record<string, unknown> {
    return { ephemeral: { vault_kv_secret_v2: { [this.friendlyUniqueId]: { mount: this.mount, name: this.path } } } };
  }
}
