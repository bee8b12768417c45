import { Problems } from "../core/errors";
import { SiteEnvironment, VaultSecretRef } from "../site/model";

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
