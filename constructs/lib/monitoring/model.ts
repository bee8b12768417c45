import type { VaultSecretRef } from "../site";
import type { GrafanaSpec } from "./grafana";

/** How urgent an alert is; receivers are routed by it. */
export type Severity = "critical" | "warning" | "info";

/** Where alerts go. Every secret (a webhook URL, a password) is read from Vault by Ansible into a file Alertmanager reads. */
export type ReceiverSpec =
  /** A Discord channel, through its Slack-compatible webhook (Alertmanager 0.25 reads only that one from a file). */
  | {
      /** Discord. */
      readonly kind: "discord";
      /** The channel's webhook URL in Vault, with `/slack` at its end (Discord's Slack-compatible form). */
      readonly webhook: VaultSecretRef;
    }
  /** A Slack channel. */
  | {
      /** Slack. */
      readonly kind: "slack";
      /** The incoming webhook URL in Vault. */
      readonly webhook: VaultSecretRef;
      /** The channel, e.g. `#homelab`. */
      readonly channel: string;
    }
  /** E-mail through a submission server. */
  | {
      /** E-mail. */
      readonly kind: "email";
      /** Recipient. */
      readonly to: string;
      /** Sender. */
      readonly from: string;
      /** The submission server, `host:port`, e.g. `smtp.example.net:587` (STARTTLS required). */
      readonly smarthost: string;
      /**
       * Login name at the server.
       * @default no login
       */
      readonly username?: string;
      /**
       * The password in Vault.
       * @default no login
       */
      readonly password?: VaultSecretRef;
    };

/** A route: alerts that match go to its receiver, the first match wins. */
export interface RouteSpec {
  /** A key of `receivers`. */
  readonly receiver: string;
  /**
   * The severities it takes.
   * @default every severity
   */
  readonly severities?: readonly Severity[];
}

/**
 * An environment's monitoring: Prometheus, Alertmanager and the blackbox exporter on one host of the
 * model, scraping and probing everything the constructs declare, and where alerts go.
 */
export interface MonitoringSpec {
  /** The host that runs Prometheus, Alertmanager and the blackbox exporter: a key of the site's `vms` or `gpuVms`. */
  readonly server: string;
  /**
   * How long Prometheus keeps samples, in days.
   * @default 30
   */
  readonly retentionDays?: number;
  /** The disk space Prometheus may use on the server, in GiB; checked against what the targets and retention need. */
  readonly storageGiB: number;
  /**
   * How often every target is scraped and every rule evaluated, in seconds.
   * @default 30
   */
  readonly scrapeIntervalSeconds?: number;
  /** Where alerts go, by name. */
  readonly receivers: Readonly<Record<string, ReceiverSpec>>;
  /**
   * The routes, first match wins; what matches none goes to `defaultReceiver`.
   * @default none
   */
  readonly routes?: readonly RouteSpec[];
  /** The receiver of whatever no route takes: a key of `receivers`. */
  readonly defaultReceiver: string;
  /**
   * The dead man's switch: an external heartbeat (a Healthchecks-style ping URL, in Vault) that
   * Alertmanager calls every minute with the always-firing Watchdog alert, and that raises its own
   * alarm when the calls stop: a dead Prometheus or Alertmanager is noticed.
   * @default none: synth warns that a dead monitoring server would go unnoticed
   */
  readonly heartbeat?: {
    /** The ping URL in Vault. */
    readonly url: VaultSecretRef;
  };
  /**
   * Where each alert's runbook link points: the base URL of the repository's docs/alerts.md, e.g.
   * `https://git.home.arpa/homelab/infra/src/branch/main/docs/alerts.md`.
   * @default "docs/alerts.md" (a path in this repository)
   */
  readonly runbookUrl?: string;
  /**
   * Logs of every host and container into the site's Elasticsearch cluster.
   * @default none: synth warns that logs stay on each host
   */
  readonly logs?: {
    /**
     * Days the logs are kept.
     * @default 30
     */
    readonly retentionDays?: number;
    /** The password of the Elasticsearch user that writes them (`log-shipper`), in Vault. */
    readonly password: VaultSecretRef;
  };
  /**
   * The CA the certificates of internal HTTPS services chain to (the environment's Vault PKI), which
   * the blackbox exporter then verifies for the services named here: the chain and the address the
   * probe uses (the certificate needs it as an IP SAN, as Vault's does). The `prometheus_server` role
   * writes it to `/etc/prometheus/internal-ca.crt`. Services not named are probed without
   * verification (reachability and expiry only).
   * @default none: no chain is verified
   */
  readonly internalCa?: {
    /** The CA certificate, PEM (public: not a secret). */
    readonly certificate: string;
    /** The services its certificates are on: `<host>/<service>`, or a service name for that service on every host (e.g. `vault`). */
    readonly services: readonly string[];
  };
  /**
   * Grafana on the monitoring server, as a pinned container (Grafana is not packaged by Debian): a compose project
   * the `grafana` role deploys (after the `docker` role), with the dashboards and datasources of `monitoring/<env>/`
   * provisioned and the admin password read from Vault into a file.
   * @default none: the dashboards are files to provision into a Grafana of your own
   */
  readonly grafana?: GrafanaSpec;
  /**
   * Hosts (`<host>`) or services (`<host>/<service>`) left unmonitored on purpose, with the reason;
   * synth shows each as a warning.
   * @default none
   */
  readonly optOut?: Readonly<Record<string, string>>;
}
