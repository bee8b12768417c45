import { IConstruct } from "constructs";
import { declarations, declare, DeclarationKind, Problems } from "../core";
import { SiteEnvironment, VaultSecretRef } from "../site";

/** Whether `secret` names a KV v2 mount and a secret under it: a relative path, no leading or trailing '/'. */
export function isSecretLocation(secret: { readonly mount: string; readonly path: string }): boolean {
  return /^[A-Za-z0-9_-]+$/.test(secret.mount) && /^[A-Za-z0-9_./-]+$/.test(secret.path) && !secret.path.startsWith("/") && !secret.path.endsWith("/");
}

/** Records a problem with `prop` unless `ref` is a usable Vault reference. */
export function checkVaultRef(check: Problems, prop: string, ref: VaultSecretRef): void {
  const ok = isSecretLocation(ref) && /^[A-Za-z0-9_-]+$/.test(ref.field);
  if (!ok) check.add(prop, "must name a KV v2 mount, a relative path and a field", ref, 'e.g. { mount: "secret", path: "homelab/prod/k3s", field: "token" }');
}

/** The reference as Ansible's community.hashi_vault lookup reads it: `<mount>/data/<path>:<field>`. */
export function vaultLookupPath(ref: VaultSecretRef): string {
  return `${ref.mount}/data/${ref.path}:${ref.field}`;
}

/**
 * Where a stack's own Proxmox API token lives (`credentials.perStack`): written by VaultLayout, read by
 * that stack's ProxmoxConnection.
 */
export function proxmoxSecretPath(env: SiteEnvironment, stack: string): string {
  return `${env.vault.proxmoxSecret}/${stack}`;
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
  return [...new Set(declarations(scope, PROXMOX_TOKEN_USERS).filter((d) => d.entry.environment === environment).map((d) => d.entry.stack))];
}
