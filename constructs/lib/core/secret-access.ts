import { TerraformStack } from "cdktf";
import { IConstruct } from "constructs";
import { DeclarationKind, declarations, declare } from "./registry";

/** One use of a Vault KV v2 secret that some construct declares. */
export interface SecretAccess {
  /** KV v2 mount. */
  readonly mount: string;
  /** Secret path under the mount. */
  readonly path: string;
  /** Read only, or written (created, updated) too. */
  readonly access: "read" | "write";
  /**
   * Who uses it: Terraform (a read during plan and apply, so the stack is applied after the Vault
   * layout's), the stack's pipeline before it runs Terraform (environment variables such as the
   * provider's credentials; no dependency), or Ansible.
   */
  readonly by: "terraform" | "pipeline" | "ansible";
}

/** A declared access with where it comes from. */
export interface DeclaredAccess extends SecretAccess {
  /** Path of the declaring construct, for messages. */
  readonly declaredBy: string;
  /** The declaring construct's stack name. */
  readonly stack: string;
  /** The declaring construct's environment, when its stack is an environment stack. */
  readonly environment?: string;
}

/** The registry's kind for secret uses: every construct that reads or writes a Vault secret declares one. */
export const SECRETS = new DeclarationKind<SecretAccess>("secrets");

/**
 * Records that `construct` reads or writes a Vault secret, so a VaultLayout can grant exactly that
 * (and refuse what no layout defines).
 */
export function declareSecretAccess(construct: IConstruct, access: SecretAccess): void {
  declare(construct, SECRETS, access);
}

/** Every declared access in the app `scope` belongs to, with the declaring construct's stack and environment. */
export function declaredAccesses(scope: IConstruct): DeclaredAccess[] {
  return declarations(scope, SECRETS).map(({ entry, by }) => {
    const stack = TerraformStack.of(by);
    const environment = (stack as unknown as { environment?: { name?: string } }).environment?.name;
    return { ...entry, declaredBy: by.node.path, stack: stack.node.id, environment };
  });
}
