import { checkDnsLabel, checkPort, checkUnique, declare, integer, object, oneOf, optional, ProblemSink, Shape, text } from "../core";
import { HostService, SERVICES } from "./declarations";
import type { IHost } from "./interfaces";

/** The structure of a service in a host's spec (`services` of a VM or a machine). */
export const HOST_SERVICE: Shape<HostService> = object<HostService>("a service { name, port, protocol, healthPath, metricsPath }", {
  name: text(),
  port: integer(1, 65535),
  protocol: oneOf("http", "https", "tcp", "udp"),
  healthPath: optional(text()),
  metricsPath: optional(text()),
});

/** The problems with the services a host's spec lists, each named `<prop>[i].<field>`. */
export function checkHostServices(check: ProblemSink, prop: string, services: readonly HostService[]): void {
  services.forEach((s, i) => {
    const at = `${prop}[${i}]`;
    checkDnsLabel(check, `${at}.name`, s.name, 'use a lower-case name such as "verdaccio"');
    checkPort(check, `${at}.port`, s.port);
    for (const field of ["healthPath", "metricsPath"] as const) {
      const path = s[field];
      if (path !== undefined && !/^\/\S*$/.test(path)) check.add(`${at}.${field}`, "must be a path starting with /", path, 'use e.g. "/-/ping"');
      if (path !== undefined && (s.protocol === "tcp" || s.protocol === "udp"))
        check.add(`${at}.${field}`, `is set on a ${s.protocol} service, which has no paths`, path, 'remove it, or use protocol "http" or "https"');
    }
  });
  checkUnique(
    check,
    prop,
    services.map((s) => s.name),
    "service name",
    "give every service of a host its own name",
  );
}

/** Declares each of `services` as served by `host` at its address. */
export function declareHostServices(host: IHost, environment: string, services: readonly HostService[]): void {
  for (const s of services) declare(host, SERVICES, { ...s, environment, host: host.hostname, address: host.ipv4 });
}
