import { IConstruct } from "constructs";
import { declarations, declare, DeclarationKind } from "../core";

/**
 * An operation on Vault itself (not a KV secret) that an identity of the environment needs: e.g. the
 * Vault servers' snapshot timer takes Raft snapshots (`sys/storage/raft/snapshot`, `read`) as the
 * AppRole `vault-snapshot`. The layout gives that AppRole exactly these paths.
 */
export interface VaultOperation {
  /** The environment. */
  readonly environment: string;
  /** The AppRole that performs it, e.g. `vault-snapshot`. */
  readonly role: string;
  /** The API path, e.g. `sys/storage/raft/snapshot`. */
  readonly path: string;
  /** The capabilities on it, e.g. `["read"]`. */
  readonly capabilities: readonly string[];
}

/** Declarations of operations on Vault itself. */
export const VAULT_OPERATIONS = new DeclarationKind<VaultOperation>("vault-operations");

/** Declares that `role` of `operation.environment` performs `operation`. */
export function declareVaultOperation(by: IConstruct, operation: VaultOperation): void {
  declare(by, VAULT_OPERATIONS, operation);
}

/** The operations declared for `environment`, by role. */
export function vaultOperationsOf(scope: IConstruct, environment: string): Map<string, VaultOperation[]> {
  const byRole = new Map<string, VaultOperation[]>();
  for (const { entry } of declarations(scope, VAULT_OPERATIONS).filter((d) => d.entry.environment === environment))
    byRole.set(entry.role, [...(byRole.get(entry.role) ?? []), entry]);
  return byRole;
}
