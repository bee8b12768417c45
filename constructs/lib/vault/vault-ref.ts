import { IConstruct } from "constructs";
import { declarations, declare, DeclarationKind } from "../core";
import { SiteEnvironment, VaultSecretRef, proxmoxSecretOf } from "../site";

// The rules for Vault references live in core's validation vocabulary (checkSecretRef, isSecretLocation);
// these names stay for the domains that import them from vault.
export { checkSecretRef as checkVaultRef, isSecretLocation } from "../core";

/** The reference as Ansible's community.hashi_vault lookup reads it: `<mount>/data/<path>:<field>`. */
export function vaultLookupPath(ref: VaultSecretRef): string {
  return `${ref.mount}/data/${ref.path}:${ref.field}`;
}

/**
 * Where a stack's own Proxmox API token lives (`credentials.perStack`): written by VaultLayout, read by
 * that stack's ProxmoxConnection.
 */
export function proxmoxSecretPath(env: SiteEnvironment, stack: string): string {
  return `${proxmoxSecretOf(env)}/${stack}`;
}

/** A stack that talks to the Proxmox API and so needs a token (`VaultLayout.proxmoxTokens` makes one per stack). */
export interface ProxmoxTokenUser {
  /** Environment name. */
  readonly environment: string;
  /** Stack name. */
  readonly stack: string;
}

/** The registry's kind for Proxmox API clients: every ProxmoxConnection declares its stack. */
export const PROXMOX_TOKEN_USERS = new DeclarationKind<ProxmoxTokenUser>("proxmox-token-users");

/** Declares that `construct`'s stack talks to the Proxmox API of `environment`. */
export function declareProxmoxTokenUser(construct: IConstruct, environment: string, stack: string): void {
  declare(construct, PROXMOX_TOKEN_USERS, { environment, stack });
}

/** Names of the stacks of `environment` that talk to the Proxmox API, once each, in tree order. */
export function proxmoxTokenUsers(scope: IConstruct, environment: string): string[] {
  return [
    ...new Set(
      declarations(scope, PROXMOX_TOKEN_USERS)
        .filter((d) => d.entry.environment === environment)
        .map((d) => d.entry.stack),
    ),
  ];
}
