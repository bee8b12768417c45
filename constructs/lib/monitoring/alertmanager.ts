import type { MonitoringSpec, ReceiverSpec } from "./model";

/** Where Ansible writes the secrets Alertmanager reads (each receiver's webhook or password). */
export const SECRETS_DIR = "/etc/prometheus/secrets";

/** The file of one secret of a receiver. */
export function secretFile(receiver: string, what: "webhook" | "password"): string {
  return `${SECRETS_DIR}/${receiver}-${what}`;
}

/** The heartbeat's secret file. */
export const HEARTBEAT_FILE = `${SECRETS_DIR}/heartbeat-url`;

/** A message that names every label, so a receiver shows what the model gave the alert. */
const TITLE = "[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }} ({{ .CommonLabels.environment }})";
const TEXT =
  "{{ range .Alerts }}{{ .Annotations.summary }}\n" +
  "{{ range .Labels.SortedPairs }}{{ .Name }}={{ .Value }} {{ end }}\n" +
  "runbook: {{ .Annotations.runbook_url }}\n{{ end }}";

/**
 * The Alertmanager configuration of an environment: alerts grouped by alert, environment and host;
 * the Watchdog to the heartbeat every minute; the routes of the spec (first match) under an
 * environment matcher, the rest to the default receiver; a down Proxmox node holds back its guests'
 * alerts, a down host its services'. Secrets are files
 * that Ansible writes from Vault: nothing secret is in this configuration.
 */
export function alertmanagerConfig(environment: string, spec: MonitoringSpec): Record<string, unknown> {
  const env = `environment="${environment}"`;
  const routes: unknown[] = [];
  if (spec.heartbeat) {
    routes.push({ receiver: "heartbeat", matchers: ['alertname="Watchdog"'], group_wait: "0s", group_interval: "1m", repeat_interval: "1m" });
  } else {
    // Without a heartbeat the Watchdog goes nowhere (it fires forever).
    routes.push({ receiver: "blackhole", matchers: ['alertname="Watchdog"'] });
  }
  for (const r of spec.routes ?? []) {
    routes.push({
      receiver: r.receiver,
      matchers: [env, ...(r.severities ? [`severity=~"${[...r.severities].join("|")}"`] : [])],
    });
  }
  return {
    route: {
      receiver: spec.defaultReceiver,
      group_by: ["alertname", "environment", "host"],
      group_wait: "30s",
      group_interval: "5m",
      repeat_interval: "4h",
      routes,
    },
    inhibit_rules: [
      {
        source_matchers: ['alertname="ProxmoxNodeDown"'],
        target_matchers: ['alertname=~"HostDown|ServiceProbeFailed|ServiceMetricsDown|ContainerDown|ContainerUnhealthy|ContainerRestarting"'],
        equal: ["environment", "node"],
      },
      {
        source_matchers: ['alertname="HostDown"'],
        target_matchers: ['alertname=~"ServiceProbeFailed|ServiceMetricsDown|ContainerDown|ContainerUnhealthy|ContainerRestarting"'],
        equal: ["environment", "host"],
      },
    ],
    receivers: [
      ...Object.entries(spec.receivers).map(([name, r]) => receiver(name, r)),
      ...(spec.heartbeat
        ? [{ name: "heartbeat", slack_configs: [{ api_url_file: HEARTBEAT_FILE, send_resolved: false, title: "Watchdog", text: "alive" }] }]
        : [{ name: "blackhole" }]),
    ],
  };
}

function receiver(name: string, r: ReceiverSpec): Record<string, unknown> {
  switch (r.kind) {
    case "discord":
      return { name, slack_configs: [{ api_url_file: secretFile(name, "webhook"), send_resolved: true, title: TITLE, text: TEXT }] };
    case "slack":
      return {
        name,
        slack_configs: [{ api_url_file: secretFile(name, "webhook"), channel: r.channel, send_resolved: true, title: TITLE, text: TEXT }],
      };
    case "email":
      return {
        name,
        email_configs: [
          {
            to: r.to,
            from: r.from,
            smarthost: r.smarthost,
            require_tls: true,
            send_resolved: true,
            ...(r.username ? { auth_username: r.username } : {}),
            ...(r.password ? { auth_password_file: secretFile(name, "password") } : {}),
            headers: { Subject: TITLE },
            text: TEXT,
          },
        ],
      };
  }
}
