import { TerraformStack } from "cdktf";
import { IConstruct } from "constructs";

/** One use of a Vault KV v2 secret that some construct declares. */
export interface SecretAccess {
  /** KV v2 mount. */
  readonly mount: string;
  /** Secret path under the mount. */
  readonly path: string;
  /** Read only, or written (created, updated) too. */
  readonly access: "read" | "write";
  /** Who uses it: the stack's pipeline (Terraform) or Ansible. */
  readonly by: "terraform" | "ansible";
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

const ACCESSES = Symbol.for("@homelab/constructs.SecretAccesses");

/**
 * Records that `construct` reads or writes a Vault secret, so a VaultLayout can grant exactly that
 * (and refuse what no layout defines). Works across copies of this library.
 */
export function declareSecretAccess(construct: IConstruct, access: SecretAccess): void {
  const c = construct as unknown as Record<symbol, SecretAccess[]>;
  if (!c[ACCESSES]) Object.defineProperty(construct, ACCESSES, { value: [] });
  c[ACCESSES].push(access);
}

/** Every declared access under `root`. */
export function declaredAccesses(root: IConstruct): DeclaredAccess[] {
  return root.node.findAll().flatMap((c) => {
    const list = (c as unknown as Record<symbol, SecretAccess[] | undefined>)[ACCESSES];
    if (!list) return [];
    const stack = TerraformStack.of(c);
    const environment = (stack as unknown as { environment?: { name?: string } }).environment?.name;
    return list.map((a) => ({ ...a, declaredBy: c.node.path, stack: stack.node.id, environment }));
  });
}
