import type { VaultSecretRef } from "../site";

/** Grafana on the monitoring server, as a pinned container image. */
export interface GrafanaSpec {
  /** The password of Grafana's `admin` user, in Vault: Ansible writes it to a file the container reads, never into its environment. */
  readonly adminPassword: VaultSecretRef;
  /**
   * The port Grafana answers on, on the server's address only.
   * @default 3000
   */
  readonly port?: number;
  /**
   * The image's tag (`grafana/grafana`), pinned.
   * @default "11.4.0"
   */
  readonly tag?: string;
}

/** Grafana's image, its default tag and port. */
export const GRAFANA_IMAGE = "grafana/grafana";
/** The tag of {@link GRAFANA_IMAGE} when the spec gives none. */
export const GRAFANA_DEFAULT_TAG = "11.4.0";
/** Grafana's port when the spec gives none. */
export const GRAFANA_DEFAULT_PORT = 3000;

/**
 * Where the `grafana` role puts everything on the server, and where the container sees it. The compose file mounts
 * these host paths, so the role and the file agree by construction (a test compares them with the role's defaults).
 */
export const GRAFANA_PATHS = {
  /** The compose project's folder: compose.yaml, provisioning/, dashboards/ and secrets/. */
  project: "/opt/grafana",
  /** Grafana's database and plugins (owned by the image's user, 472). */
  data: "/var/lib/grafana-homelab",
  /** Inside the container: provisioning (datasources/, dashboards/). */
  provisioning: "/etc/grafana/provisioning",
  /** Inside the container: the dashboards' JSON, which the dashboard provider reads. */
  dashboards: "/etc/grafana/dashboards",
  /** Inside the container: the admin password's file. */
  adminPassword: "/run/secrets/grafana_admin_password",
} as const;

/**
 * The compose project of Grafana on the monitoring server: the pinned image, its port on `address` only, the
 * provisioning and the dashboards read-only, the admin password from a file (`GF_SECURITY_ADMIN_PASSWORD__FILE`),
 * sign-up, anonymous access and phoning home off, a health check on `/api/health`.
 */
export function grafanaCompose(address: string, spec: GrafanaSpec): Record<string, unknown> {
  const p = GRAFANA_PATHS;
  const port = spec.port ?? GRAFANA_DEFAULT_PORT;
  return {
    services: {
      grafana: {
        image: `${GRAFANA_IMAGE}:${spec.tag ?? GRAFANA_DEFAULT_TAG}`,
        container_name: "grafana",
        restart: "unless-stopped",
        ports: [`${address}:${port}:3000/tcp`],
        volumes: [
          `${p.data}:/var/lib/grafana`,
          `${p.project}/provisioning:${p.provisioning}:ro`,
          `${p.project}/dashboards:${p.dashboards}:ro`,
          `${p.project}/secrets/admin_password:${p.adminPassword}:ro`,
        ],
        environment: {
          GF_SECURITY_ADMIN_USER: "admin",
          GF_SECURITY_ADMIN_PASSWORD__FILE: p.adminPassword,
          GF_SERVER_ROOT_URL: `http://${address}:${port}/`,
          GF_USERS_ALLOW_SIGN_UP: "false",
          GF_AUTH_ANONYMOUS_ENABLED: "false",
          GF_ANALYTICS_REPORTING_ENABLED: "false",
          GF_ANALYTICS_CHECK_FOR_UPDATES: "false",
          GF_PATHS_PROVISIONING: p.provisioning,
        },
        healthcheck: {
          test: ["CMD-SHELL", "wget -q -O /dev/null http://localhost:3000/api/health || exit 1"],
          interval: "30s",
          timeout: "10s",
          retries: 3,
        },
      },
    },
  };
}

/** Grafana's dashboard provider: the environment's dashboards from the folder the role fills, read-only in the UI. */
export function grafanaDashboardProviders(environment: string): Record<string, unknown> {
  return {
    apiVersion: 1,
    providers: [
      {
        name: `homelab-${environment}`,
        orgId: 1,
        folder: `Homelab ${environment}`,
        type: "file",
        disableDeletion: true,
        allowUiUpdates: false,
        updateIntervalSeconds: 60,
        options: { path: GRAFANA_PATHS.dashboards, foldersFromFilesStructure: false },
      },
    ],
  };
}
