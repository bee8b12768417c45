import { integer, list, object, oneOf, optional, record, Shape, text } from "../core";
import { SECRET_PATH_TEXT } from "../site";
import type { AppRoleSettings, PkiSpec, VaultGrant, VaultLayoutProps } from "./vault-layout";

// The structure of the Vault layout a site describes (see core/shape.ts).

/** TTLs in hours: at most 30 years. */
const TTL_HOURS = integer(1, 30 * 365 * 24, "hours");

const pki = object<PkiSpec>("the PKI settings", {
  rootCommonName: text(),
  domains: list(text(), { min: 1 }),
  ingressDomains: optional(list(text(), { min: 1 })),
  serviceNames: optional(list(text())),
  rootTtlHours: optional(TTL_HOURS),
  intermediateTtlHours: optional(TTL_HOURS),
  leafMaxTtlHours: optional(TTL_HOURS),
  issuers: optional(list(text())),
});

const grant = object<VaultGrant>("a grant { path, access }", { path: SECRET_PATH_TEXT, access: oneOf("read", "write") });

/** The layout as a site describes it: without the environment and the Kubernetes mounts (derived from the clusters). */
export type VaultLayoutSpec = Omit<VaultLayoutProps, "environment" | "kubernetes">;

/** The fields of a site's Vault layout (`vault`), for the site's own shape to extend. */
export const VAULT_LAYOUT_FIELDS = {
  pathPrefix: optional(text()),
  pki,
  proxmoxTokens: optional(
    object<NonNullable<VaultLayoutProps["proxmoxTokens"]>>("the Proxmox token settings { userId, endpoint }", { userId: text(), endpoint: text() }),
  ),
  stateSecrets: optional(SECRET_PATH_TEXT),
  grants: optional(record(list(grant))),
  appRoles: optional(
    object<AppRoleSettings>("the AppRole settings { secretIdTtlHours, boundCidrs }", {
      secretIdTtlHours: optional(integer(1, 8760, "hours")),
      boundCidrs: optional(list(text())),
    }),
  ),
} as const;

/** The structure of a Vault layout's settings (see {@link VAULT_LAYOUT_FIELDS}). */
export const VAULT_LAYOUT_SPEC: Shape<VaultLayoutSpec> = object<VaultLayoutSpec>("the Vault layout", VAULT_LAYOUT_FIELDS);
