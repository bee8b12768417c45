import type { INfsServer } from "../hosts";
import { VaultSecretRef } from "../site";
import type { ContainerApp } from "./app-catalog";

/** How an app is published through the tunnel. */
export interface AppPublishing {
  /** Public hostname, e.g. `plex.example.net`. */
  readonly hostname: string;
  /**
   * Access policy of the tunnel in front of it; required unless `public`.
   * @default none
   */
  readonly access?: string;
  /**
   * Publish without Cloudflare Access (explicit).
   * @default false
   */
  readonly public?: boolean;
}

/** One app of a MediaStack: a catalog entry by name, or an app of your own. */
export interface AppSelection {
  /**
   * Whether the app runs. A disabled app stays described (its data is kept) but is not deployed.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * The app; required for names that are not in the built-in catalog.
   * @default the catalog entry of the same name (`APP_CATALOG`)
   */
  readonly app?: ContainerApp;
  /**
   * Changes to the app, merged over it (e.g. another tag, or `environment: { DOMAINS: ... }`).
   * @default none
   */
  readonly overrides?: Partial<ContainerApp>;
  /**
   * Publish the app's web UI through the tunnel.
   * @default not published
   */
  readonly publish?: AppPublishing;
}

/**
 * An NFS export mounted on the host: an export of a NAS the model describes (`from`, the export
 * named by its path), or a raw `server` address for a NAS outside the model.
 */
export interface NfsMount {
  /**
   * The host that exports it (a Machine with `nfsExports`): the mount is checked against its export.
   * @default none: give `server`
   */
  readonly from?: INfsServer;
  /**
   * NFS server address of a NAS outside the model, e.g. `192.168.1.10`.
   * @default the address of `from`
   */
  readonly server?: string;
  /** Export path on the server, e.g. `/mnt/tank/media`. */
  readonly export: string;
  /** Mount point on the host, e.g. `/srv/media`. */
  readonly path: string;
  /**
   * Mount it read-only (required when the export is read-only); apps then cannot write under it.
   * @default false
   */
  readonly readOnly?: boolean;
  /**
   * Mount options.
   * @default "rw,hard,noatime,nfsvers=4.2" ("ro,..." when readOnly)
   */
  readonly options?: string;
}

/** Traefik on a Docker host, configured by the labels of the apps. */
export interface DockerProxyProps {
  /**
   * The domain the apps' names are under: app `x` answers as `x.<domain>`.
   * @default `<host>.<environment domain>`, e.g. `ocean.home.arpa`
   */
  readonly domain?: string;
  /** Let's Encrypt's DNS-01 challenge through Cloudflare. */
  readonly acme: {
    /** The account's e-mail address. */
    readonly email: string;
    /** A Cloudflare API token allowed to edit the zone's DNS records, in Vault (Traefik reads it as CF_DNS_API_TOKEN). */
    readonly cloudflareToken: VaultSecretRef;
  };
  /**
   * Port of Traefik's Prometheus metrics: an entry point of its own, published on the host's address only (like
   * every port of the project), declared as the service `traefik-metrics` so the monitoring scrapes it.
   * @default 9180
   */
  readonly metricsPort?: number;
}
