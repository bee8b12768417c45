import { list, object, oneOf, optional, Shape, text } from "../core";
import { CLUSTER_NODE } from "../site";
import type { VaultServersProps } from "./vault-servers";

/** What a site says about its Vault servers: the props without the environment and template, and the image family. */
export type VaultServersSpec = Omit<VaultServersProps, "environment" | "template"> & {
  /** Image family of the servers, e.g. `debian-12`. */
  readonly image: string;
};

/** The structure of a site's Vault servers (`vault.servers`; see core/shape.ts). */
export const VAULT_SERVERS_SPEC: Shape<VaultServersSpec> = object<VaultServersSpec>("the Vault servers", {
  image: text(),
  servers: list(CLUSTER_NODE, { min: 1 }),
  flavor: optional(oneOf("vault", "openbao")),
  version: optional(text()),
  network: optional(text()),
});
