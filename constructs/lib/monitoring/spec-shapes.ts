import { allOptional, CONSTRUCT_ID_KEY, integer, KeyRule, list, object, oneOf, optional, record, Shape, text, variants } from "../core";
import { SECRET_REF } from "../site";
import type { MonitoringSpec, ReceiverSpec, RouteSpec } from "./model";

// The structure of a site's monitoring (see core/shape.ts); what it means is checked by MonitoringPlan.

/** Keys that name what monitoring watches: a hostname, or `<host>/<service>`. */
const WATCHED_KEY: KeyRule = {
  test: (key) => /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/.test(key),
  expected: 'a hostname or "<host>/<service>", e.g. "ocean" or "ocean/plex"',
};

const receiver = variants<ReceiverSpec>("a receiver", "kind", {
  discord: object<Extract<ReceiverSpec, { kind: "discord" }>>("a Discord receiver", { kind: oneOf("discord"), webhook: SECRET_REF }),
  slack: object<Extract<ReceiverSpec, { kind: "slack" }>>("a Slack receiver", { kind: oneOf("slack"), webhook: SECRET_REF, channel: text() }),
  email: object<Extract<ReceiverSpec, { kind: "email" }>>("an e-mail receiver", {
    kind: oneOf("email"),
    to: text(),
    from: text(),
    smarthost: text(),
    username: optional(text()),
    password: optional(SECRET_REF),
  }),
});

const route = object<RouteSpec>("a route { receiver, severities }", {
  receiver: text(),
  severities: optional(list(oneOf("critical", "warning", "info"))),
});

/** The structure of a site's `monitoring`. */
export const MONITORING_SPEC: Shape<MonitoringSpec> = object<MonitoringSpec>("the monitoring", {
  server: text(),
  storageGiB: integer(1, 100000, "GiB"),
  receivers: record(receiver, CONSTRUCT_ID_KEY),
  defaultReceiver: text(),
  ...allOptional({
    retentionDays: integer(1, 3650, "days"),
    scrapeIntervalSeconds: integer(5, 300, "seconds"),
    routes: list(route),
    heartbeat: object<NonNullable<MonitoringSpec["heartbeat"]>>("the heartbeat { url }", { url: SECRET_REF }),
    runbookUrl: text(),
    logs: object<NonNullable<MonitoringSpec["logs"]>>("the logs { retentionDays, password }", {
      retentionDays: optional(integer(1, 3650, "days")),
      password: SECRET_REF,
    }),
    internalCa: object<NonNullable<MonitoringSpec["internalCa"]>>("the internal CA { certificate, services }", {
      certificate: text(),
      services: list(text()),
    }),
    grafana: object<NonNullable<MonitoringSpec["grafana"]>>("Grafana { adminPassword, port, tag }", {
      adminPassword: SECRET_REF,
      port: optional(integer(1, 65535)),
      tag: optional(text()),
    }),
    optOut: record(text(), WATCHED_KEY),
  }),
});
